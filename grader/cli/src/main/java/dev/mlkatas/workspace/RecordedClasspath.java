package dev.mlkatas.workspace;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the class paths the build records, as they are in this copy of the repository on this machine.
 *
 * <p>A recorded class path names two kinds of paths that hold only where the build ran: the local Maven
 * repository, which the build records as the placeholder {@value #LOCAL_REPOSITORY}, and the repository's
 * own jars and classes, under the root the build ran in. A repository copied or moved after its build (the
 * sandbox of GRADING.md copies it into a container) must use its own compiled classes, never the
 * original's, and the container's local repository. So the placeholder becomes {@code localRepository}, and
 * what lies under {@code builtIn} moves under {@code root}; the {@code kata} script does the same for its
 * own class path.
 *
 * <p>Example: built in {@code /home/ana/katas} and copied to {@code /tmp/k},
 * {@code /home/ana/katas/grader/runner/target/classes} reads as {@code /tmp/k/grader/runner/target/classes},
 * and {@code ${M2_REPO}/org/junit/...} as {@code /root/.m2/repository/org/junit/...}.
 *
 * @param root the repository as it is now
 * @param builtIn the root the recorded class paths were built in; {@code root} when nobody wrote it down
 * @param localRepository the local Maven repository on this machine
 */
public record RecordedClasspath(Path root, Path builtIn, Path localRepository) {

    /** What the build records instead of the local Maven repository (root pom, record-test-classpath). */
    public static final String LOCAL_REPOSITORY = "${M2_REPO}";

    /**
     * The {@code kata} script writes the root it built in here after each successful build; a build run
     * with ./mvnw alone leaves it as it was, and the paths it records need no moving as long as the
     * repository stays where it was built.
     */
    public static final String BUILT_IN_FILE = "grader/cli/target/kata/build.stamp";

    /** Like Maven's {@code -Dmaven.repo.local}: where the local repository is, when not in ~/.m2/repository. */
    public static final String LOCAL_REPOSITORY_VARIABLE = "M2_REPO";

    public RecordedClasspath {
        root = root.toAbsolutePath().normalize();
        builtIn = builtIn.toAbsolutePath().normalize();
        localRepository = localRepository.toAbsolutePath().normalize();
    }

    /** For the repository at {@code root}, on this machine: its build stamp and the environment decide. */
    public static RecordedClasspath of(Path root) {
        String variable = System.getenv(LOCAL_REPOSITORY_VARIABLE);
        Path localRepository = variable != null && !variable.isBlank()
                ? Path.of(variable)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return new RecordedClasspath(root, builtIn(root), localRepository);
    }

    /** The class path recorded in {@code file}, every entry where it is now. */
    public List<Path> read(Path file) throws IOException {
        String text = Files.readString(file).strip();
        return text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split(File.pathSeparator)).map(this::entry).toList();
    }

    /** One recorded entry, where it is now. */
    public Path entry(String recorded) {
        if (recorded.startsWith(LOCAL_REPOSITORY)) {
            String rest = recorded.substring(LOCAL_REPOSITORY.length()).replaceFirst("^[/\\\\]+", "");
            return localRepository.resolve(rest);
        }
        Path path = Path.of(recorded).normalize();
        // When one root lies inside the other, an entry under both belongs to the longer one.
        boolean underLongerRoot = path.startsWith(root) && root.getNameCount() > builtIn.getNameCount();
        if (path.startsWith(builtIn) && !underLongerRoot) {
            return root.resolve(builtIn.relativize(path));
        }
        return path;
    }

    private static Path builtIn(Path root) {
        Path stamp = root.resolve(BUILT_IN_FILE);
        try {
            String first = Files.isRegularFile(stamp) ? Files.readString(stamp).strip().split("\\R", 2)[0] : "";
            return !first.isEmpty() && Path.of(first).isAbsolute() ? Path.of(first) : root;
        } catch (IOException | InvalidPathException e) {
            // An unreadable stamp says nothing about where the build ran: read the paths as they are.
            return root;
        }
    }
}
