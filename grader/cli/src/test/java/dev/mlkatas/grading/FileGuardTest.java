package dev.mlkatas.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grader's own files after a submission ran: as they were, whatever it did. */
class FileGuardTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("restores a changed, a deleted and a linked file, removes a new one, and names them all")
    void restoresEverything() throws IOException {
        Path tests = Files.createDirectories(root.resolve("tests"));
        Files.writeString(tests.resolve("A.java"), "a");
        Files.writeString(tests.resolve("B.java"), "b");
        Files.writeString(tests.resolve("C.java"), "c");
        FileGuard guard = FileGuard.watch(root, List.of(tests));

        Files.writeString(tests.resolve("A.java"), "changed");
        Files.delete(tests.resolve("B.java"));
        Files.delete(tests.resolve("C.java"));
        Files.createSymbolicLink(tests.resolve("C.java"), tests.resolve("A.java"));
        Files.writeString(tests.resolve("Planted.class"), "planted");

        assertThat(guard.restoreChanges()).containsExactlyInAnyOrder("tests/A.java", "tests/B.java", "tests/C.java",
                "tests/Planted.class (new)");
        assertThat(tests.resolve("A.java")).hasContent("a");
        assertThat(tests.resolve("B.java")).hasContent("b");
        assertThat(Files.isSymbolicLink(tests.resolve("C.java"))).isFalse();
        assertThat(tests.resolve("C.java")).hasContent("c");
        assertThat(tests.resolve("Planted.class")).doesNotExist();
        assertThat(guard.restoreChanges()).isEmpty();
    }
}
