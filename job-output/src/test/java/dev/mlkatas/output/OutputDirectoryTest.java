package dev.mlkatas.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("results appear at the target only when published")
    void publishesAtOnce() throws Exception {
        Path target = dir.resolve("results");
        OutputDirectory out = OutputDirectory.choose(target, "kata");
        Files.writeString(out.file("table.txt"), "ndcg 0.7");

        assertThat(target).doesNotExist();
        assertThat(out.publish()).isEqualTo(target);
        assertThat(target.resolve("table.txt")).hasContent("ndcg 0.7");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    @DisplayName("an existing empty folder is used; one holding files is refused with its name, untouched")
    void neverOverwrites() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        OutputDirectory out = OutputDirectory.choose(empty, "kata");
        Files.writeString(out.file("a.txt"), "a");
        out.publish();

        assertThatThrownBy(() -> OutputDirectory.choose(empty, "kata"))
                .isInstanceOf(UnusableOutputException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("not empty");
        assertThat(empty.resolve("a.txt")).hasContent("a");
    }

    @Test
    @DisplayName("a discarded run leaves nothing behind")
    void discardRemovesTheStagingFolder() throws Exception {
        OutputDirectory out = OutputDirectory.choose(dir.resolve("results"), "kata");
        Files.writeString(out.file("half.txt"), "half");

        out.discard();

        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
