package dev.mlkatas.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedClasspathTest {

    private static final Path BUILT_IN = Path.of("/home/ana/katas");
    private static final Path COPY = Path.of("/tmp/k");
    private static final Path LOCAL_REPOSITORY = Path.of("/root/.m2/repository");

    private final RecordedClasspath copied = new RecordedClasspath(COPY, BUILT_IN, LOCAL_REPOSITORY);

    @TempDir
    Path root;

    @Test
    @DisplayName("reads the local repository placeholder as the local repository on this machine")
    void localRepository() {
        assertThat(copied.entry("${M2_REPO}/org/junit/junit-bom/5.10.2/junit-bom-5.10.2.jar"))
                .isEqualTo(Path.of("/root/.m2/repository/org/junit/junit-bom/5.10.2/junit-bom-5.10.2.jar"));
    }

    @Test
    @DisplayName("moves the repository's own jars and classes from where it was built to where it is now")
    void ownEntries() {
        assertThat(copied.entry("/home/ana/katas/grader/runner/target/grader-runner-0.1.0-SNAPSHOT.jar"))
                .isEqualTo(Path.of("/tmp/k/grader/runner/target/grader-runner-0.1.0-SNAPSHOT.jar"));
        assertThat(copied.entry("/home/ana/katas/job-output/target/classes"))
                .isEqualTo(Path.of("/tmp/k/job-output/target/classes"));
    }

    @Test
    @DisplayName("leaves paths outside both roots where they are, and a sibling folder is not inside the root")
    void otherPaths() {
        assertThat(copied.entry("/opt/jars/extra.jar")).isEqualTo(Path.of("/opt/jars/extra.jar"));
        assertThat(copied.entry("/home/ana/katas-old/target/classes"))
                .isEqualTo(Path.of("/home/ana/katas-old/target/classes"));
    }

    @Test
    @DisplayName("when one root lies inside the other, an entry under both belongs to the longer one")
    void nestedRoots() {
        RecordedClasspath movedUp = new RecordedClasspath(Path.of("/a"), Path.of("/a/b"), LOCAL_REPOSITORY);
        assertThat(movedUp.entry("/a/b/grader/runner/target/classes"))
                .isEqualTo(Path.of("/a/grader/runner/target/classes"));

        RecordedClasspath rebuiltDeeper = new RecordedClasspath(Path.of("/a/b"), Path.of("/a"), LOCAL_REPOSITORY);
        assertThat(rebuiltDeeper.entry("/a/b/grader/runner/target/classes"))
                .isEqualTo(Path.of("/a/b/grader/runner/target/classes"));
        assertThat(rebuiltDeeper.entry("/a/grader/runner/target/classes"))
                .isEqualTo(Path.of("/a/b/grader/runner/target/classes"));
    }

    @Test
    @DisplayName("reads every entry of a recorded file, and an empty file as no entries")
    void readsFile() throws IOException {
        Path file = root.resolve("test-classpath.txt");
        Files.writeString(file, String.join(File.pathSeparator,
                "/home/ana/katas/job-output/target/classes", "${M2_REPO}/org/x/x/1/x-1.jar") + "\n");
        assertThat(copied.read(file)).containsExactly(
                Path.of("/tmp/k/job-output/target/classes"), Path.of("/root/.m2/repository/org/x/x/1/x-1.jar"));

        Files.writeString(file, "");
        assertThat(copied.read(file)).isEmpty();
    }

    @Test
    @DisplayName("takes the root the build ran in from the build stamp, and the current root without one")
    void builtInFromStamp() throws IOException {
        assertThat(RecordedClasspath.of(root).builtIn()).isEqualTo(root);

        Path stamp = root.resolve(RecordedClasspath.BUILT_IN_FILE);
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, "/home/ana/katas\n");
        assertThat(RecordedClasspath.of(root).builtIn()).isEqualTo(BUILT_IN);
    }

    @Test
    @DisplayName("a copied repository runs its own compiled classes, not those of the one it was copied from")
    void workspaceOfCopy() throws Exception {
        Path localRepository = RecordedClasspath.of(root).localRepository();
        Path assertj = Path.of(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assumeTrue(assertj.startsWith(localRepository), "the tests run with the local repository the kata reads");
        copiedRunnerRecording("/home/ana/katas/job-output/target/job-output-0.1.0-SNAPSHOT.jar",
                "${M2_REPO}/" + localRepository.relativize(assertj));

        List<Path> classpath = new Workspace(root).runnerClasspath();

        assertThat(classpath).containsExactly(root.resolve("grader/runner/target/classes"),
                root.resolve("job-output/target/job-output-0.1.0-SNAPSHOT.jar"), assertj);
    }

    @Test
    @DisplayName("a dependency missing from the local repository is named, with the repository looked in")
    void missingDependency() throws IOException {
        copiedRunnerRecording("${M2_REPO}/org/example/gone/1.0/gone-1.0.jar");

        assertThatThrownBy(() -> new Workspace(root).runnerClasspath())
                .isInstanceOf(NotBuiltException.class)
                .hasMessageStartingWith("grader/runner needs ")
                .hasMessageContaining("gone-1.0.jar, which is missing")
                .hasMessageContaining("set M2_REPO if it is elsewhere");
    }

    /** A built runner module, copied from {@code /home/ana/katas} into {@code root}. */
    private void copiedRunnerRecording(String... entries) throws IOException {
        Path stamp = root.resolve(RecordedClasspath.BUILT_IN_FILE);
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, "/home/ana/katas\n");
        Files.createDirectories(root.resolve("grader/runner/target/classes"));
        Path recorded = root.resolve("grader/runner/target/kata/test-classpath.txt");
        Files.createDirectories(recorded.getParent());
        Files.writeString(recorded, String.join(File.pathSeparator, entries));
    }
}
