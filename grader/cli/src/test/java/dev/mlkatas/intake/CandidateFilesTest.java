package dev.mlkatas.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which of a submission's files the grader takes: regular files inside it, of at most 1 MiB. */
class CandidateFilesTest {

    private static final String FILE = "src/main/java/demo/Solution.java";

    @TempDir
    Path submission;

    @TempDir
    Path outside;

    @TempDir
    Path into;

    private Path module;

    @BeforeEach
    void module() throws IOException {
        module = Files.createDirectories(submission.resolve("algorithms"));
    }

    @Test
    @DisplayName("copies a regular file, byte for byte")
    void copiesRegularFile() throws IOException {
        write(module.resolve(FILE), "class Solution {}");

        List<Path> copies = CandidateFiles.take(submission, module, List.of(FILE), into);

        assertThat(copies).containsExactly(into.resolve(FILE));
        assertThat(into.resolve(FILE)).hasContent("class Solution {}");
    }

    @Test
    @DisplayName("refuses a file that is a symbolic link, absolute or relative")
    void refusesLinkedFile() throws IOException {
        Path secret = write(outside.resolve("Reference.java"), "the reference");
        Files.createDirectories(module.resolve(FILE).getParent());
        Files.createSymbolicLink(module.resolve(FILE), secret);

        assertThatThrownBy(() -> CandidateFiles.take(submission, module, List.of(FILE), into))
                .isInstanceOf(CandidateFiles.Refused.class).hasMessageContaining("is a symbolic link");
        Files.delete(module.resolve(FILE));
        Files.createSymbolicLink(module.resolve(FILE), module.resolve(FILE).getParent().relativize(secret));
        assertThatThrownBy(() -> CandidateFiles.take(submission, module, List.of(FILE), into))
                .isInstanceOf(CandidateFiles.Refused.class).hasMessageContaining("is a symbolic link");
        assertThat(into.resolve(FILE)).doesNotExist();
    }

    @Test
    @DisplayName("refuses a file below a folder that is a symbolic link")
    void refusesLinkedFolder() throws IOException {
        write(outside.resolve("java/demo/Solution.java"), "the reference");
        Files.createDirectories(module.resolve("src/main"));
        Files.createSymbolicLink(module.resolve("src/main/java"), outside.resolve("java"));

        assertThatThrownBy(() -> CandidateFiles.take(submission, module, List.of(FILE), into))
                .hasMessage("algorithms/src/main/java is a symbolic link; only regular files are graded");
    }

    @Test
    @DisplayName("refuses a file larger than 1 MiB, a missing file and a folder")
    void refusesLargeMissingAndFolder() throws IOException {
        write(module.resolve(FILE), "x".repeat(CandidateFiles.MAX_BYTES + 1));
        assertThatThrownBy(() -> CandidateFiles.take(submission, module, List.of(FILE), into))
                .hasMessage("algorithms/" + FILE + " is larger than 1 MiB");

        assertThatThrownBy(() -> CandidateFiles.take(submission, module, List.of("src/main/java/demo/Other.java"),
                into)).hasMessageContaining("is missing from the submission");

        Files.createDirectories(module.resolve("src/main/java/demo/Folder.java"));
        assertThatThrownBy(() -> CandidateFiles.take(submission, module, List.of("src/main/java/demo/Folder.java"),
                into)).hasMessageContaining("is not a regular file");
    }

    @Test
    @DisplayName("refuses a named pipe without blocking on it")
    void refusesNamedPipe() throws Exception {
        Files.createDirectories(module.resolve(FILE).getParent());
        assumeTrue(mkfifo(module.resolve(FILE)), "mkfifo is available");

        assertThatThrownBy(() -> CandidateFiles.take(submission, module, List.of(FILE), into))
                .hasMessageContaining("is not a regular file");
    }

    @Test
    @DisplayName("refuses a path that climbs out of the module")
    void refusesClimbingOut() {
        assertThatThrownBy(() -> CandidateFiles.take(submission, module, List.of("../../etc/passwd"), into))
                .hasMessageContaining("is not inside the submission");
    }

    static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
