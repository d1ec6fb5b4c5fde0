package dev.mlkatas.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@DisplayName("OutputFolder: the --out of a job")
class OutputFolderTest {

    @TempDir
    Path dir;

    @Command(name = "generate")
    static final class Generate {
        @Mixin
        OutputFolder output;
    }

    private OutputFolder outAt(Path folder) {
        Generate command = new Generate();
        new CommandLine(command).parseArgs("--out", folder.toString());
        return command.output;
    }

    @Test
    @DisplayName("writeOne publishes the one file and says where it is")
    void writesOneFile() throws IOException {
        Path target = dir.resolve("data");

        Path written = outAt(target).writeOne("kata-data", "city.txt", file -> Files.writeString(file, "depot"));

        assertThat(written).isEqualTo(target.resolve("city.txt"));
        assertThat(written).hasContent("depot");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    @DisplayName("a writer that fails leaves nothing behind, and its failure goes on to the caller")
    void leavesNothingOnFailure() throws IOException {
        Path target = dir.resolve("data");

        assertThatThrownBy(() -> outAt(target).writeOne("kata-data", "city.txt", file -> {
            Files.writeString(file, "half");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    @DisplayName("a folder that holds files is refused before the writer runs")
    void refusesAFolderInUse() throws IOException {
        Path target = Files.createDirectories(dir.resolve("data"));
        Files.writeString(target.resolve("kept.txt"), "kept");
        boolean[] ran = {false};

        assertThatThrownBy(() -> outAt(target).writeOne("kata-data", "city.txt", file -> ran[0] = true))
                .hasMessageContaining("not empty");

        assertThat(ran[0]).isFalse();
        assertThat(target.resolve("kept.txt")).hasContent("kept");
    }
}
