package dev.mlkatas.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A class-data-sharing archive (AppCDS) of the classes one job loads, so that its next JVM maps them in
 * instead of reading, parsing and verifying them from the jars: about a fifth of a one-second command's CPU.
 * The first run writes the archive as its JVM exits ({@code -XX:ArchiveClassesAtExit}); later runs map it
 * ({@code -XX:SharedArchiveFile}). An archive is named by a hash of the JVM and of every class path entry's
 * path, size and modification time, so a rebuilt jar or another JDK finds none and writes its own; the
 * archives of the job's earlier class paths are deleted then.
 *
 * <p>JDK 17 archives only class paths of jars, and the JVM's notes about the classes it cannot archive
 * (picocli's are compiled for Java 5) or an archive it cannot map are silenced: a JVM without its archive
 * runs as it would have anyway.
 *
 * <p>Example: {@code ClassDataArchive.of(cache, "ranking", classpath).map(ClassDataArchive::jvmOptions)}
 */
final class ClassDataArchive {

    /** Silences what the JVM says about archiving and mapping: none of it changes what the job does. */
    private static final String QUIET = "-Xlog:cds*=off";
    private static final String SUFFIX = ".jsa";

    private final Path dir;
    private final String job;
    private final Path file;
    private final Path pending;

    private ClassDataArchive(Path dir, String job, String key) {
        this.dir = dir;
        this.job = job;
        this.file = dir.resolve(job + "-" + key + SUFFIX);
        this.pending = dir.resolve("." + job + "-" + key + "-" + ProcessHandle.current().pid() + SUFFIX);
    }

    /**
     * The archive of {@code job}'s JVM on {@code classpath}, kept in {@code dir}; none when an entry of the
     * class path is not a jar, which JDK 17 cannot archive.
     */
    static Optional<ClassDataArchive> of(Path dir, String job, List<Path> classpath) {
        boolean jarsOnly = classpath.stream().allMatch(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p));
        if (classpath.isEmpty() || !jarsOnly) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version"));
            for (Path entry : classpath) {
                update(digest, entry.toAbsolutePath() + "\n" + Files.size(entry) + "\n"
                        + Files.getLastModifiedTime(entry).toMillis());
            }
            return Optional.of(new ClassDataArchive(dir, job, HexFormat.of().formatHex(digest.digest(), 0, 12)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** Whether a run has written the archive, so that the next maps it. */
    boolean written() {
        return Files.isRegularFile(file);
    }

    /** Where the archive is, or will be once a run writes it. */
    Path file() {
        return file;
    }

    /** The JVM options that map the archive, or that write it when there is none yet. */
    List<String> jvmOptions() {
        if (written()) {
            return List.of("-XX:SharedArchiveFile=" + file, QUIET);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return List.of();
        }
        return List.of("-XX:ArchiveClassesAtExit=" + pending, QUIET);
    }

    /**
     * After the JVM has exited: the archive a successful run wrote takes its place, and the job's archives of
     * other class paths go; a failed run's is dropped. A cache that cannot be written costs the next run its
     * time, never this one its result.
     */
    void settle(int exitCode) {
        try {
            if (!Files.isRegularFile(pending)) {
                return;
            }
            if (exitCode != 0) {
                Files.deleteIfExists(pending);
                return;
            }
            Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Pattern ofThisJob = Pattern.compile(Pattern.quote(job) + "-[0-9a-f]{24}" + Pattern.quote(SUFFIX));
            try (DirectoryStream<Path> archives = Files.newDirectoryStream(dir)) {
                for (Path archive : archives) {
                    if (!archive.equals(file) && ofThisJob.matcher(archive.getFileName().toString()).matches()) {
                        Files.deleteIfExists(archive);
                    }
                }
            }
        } catch (IOException e) {
            // Left as it is: the next run writes the archive again.
        }
    }

    private static void update(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
