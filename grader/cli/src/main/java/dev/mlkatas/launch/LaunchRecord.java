package dev.mlkatas.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * How a short-lived command was last started, kept so that the {@code kata} script can start it again with
 * the job's JVM alone: the {@code kata} command's own JVM costs about half a second of a one-second search.
 * Two files in the cache, named by the kata and the command:
 * <ul>
 *   <li>{@code <kata>.<command>.args}: the JVM's arguments up to and including the main class, as a
 *       {@code java} argument file, each argument quoted;
 *   <li>{@code <kata>.<command>.launch}: what they were made from, one {@code key value} per line: the real
 *       path of the {@code java} binary ({@code java}), the repository ({@code root}), the local Maven
 *       repository ({@code m2}), and every file or folder whose change could start the command otherwise
 *       ({@code watch}).
 * </ul>
 * The script uses a record only while it names the same {@code java}, root and local repository, and while
 * no watched file or anything in a watched folder is newer than the {@code .launch} file, which is written
 * last. Anything else goes through the {@code kata} command, which records the launch again.
 *
 * <p>Example: {@code LaunchRecord.of(cache, "ranking", "search").write(java, root, m2, arguments, watched)}
 */
final class LaunchRecord {

    private final Path arguments;
    private final Path launch;

    private LaunchRecord(Path dir, String kata, String command) {
        this.arguments = dir.resolve(kata + "." + command + ".args");
        this.launch = dir.resolve(kata + "." + command + ".launch");
    }

    /**
     * The record of {@code kata}'s {@code command}, kept in {@code dir}; none for a command whose name the
     * script would not look up (it takes lower-case letters, digits and hyphens only).
     */
    static Optional<LaunchRecord> of(Path dir, String kata, String command) {
        boolean plain = kata.matches("[a-z0-9][a-z0-9-]*") && command.matches("[a-z0-9][a-z0-9-]*");
        return plain ? Optional.of(new LaunchRecord(dir, kata, command)) : Optional.empty();
    }

    /**
     * Records a launch: {@code jvmArguments} are the JVM's, from its first option to the main class. A cache
     * that cannot be written costs the next run its head start, never this one its result.
     */
    void write(Path java, Path root, Path localRepository, List<String> jvmArguments, List<Path> watched) {
        StringBuilder argFile = new StringBuilder();
        jvmArguments.forEach(argument -> argFile.append(quoted(argument)).append('\n'));
        StringBuilder made = new StringBuilder();
        made.append("java ").append(java).append('\n');
        made.append("root ").append(root).append('\n');
        made.append("m2 ").append(localRepository).append('\n');
        watched.forEach(path -> made.append("watch ").append(path.toAbsolutePath()).append('\n'));
        try {
            Files.createDirectories(launch.getParent());
            // The .launch file goes first and comes back last: the script never pairs it with other arguments.
            Files.deleteIfExists(launch);
            replace(arguments, argFile.toString());
            replace(launch, made.toString());
        } catch (IOException e) {
            delete();
        }
    }

    /** Forgets the launch: the command's next run goes through the {@code kata} command. */
    void delete() {
        try {
            Files.deleteIfExists(launch);
            Files.deleteIfExists(arguments);
        } catch (IOException e) {
            // A record that cannot be deleted is still checked against what it was made from.
        }
    }

    /** An argument as the {@code java} launcher reads it from an argument file, whatever it holds. */
    static String quoted(String argument) {
        return '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void replace(Path file, String text) throws IOException {
        Path pending = file.resolveSibling("." + file.getFileName() + "-" + ProcessHandle.current().pid());
        Files.writeString(pending, text, StandardCharsets.UTF_8);
        Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
