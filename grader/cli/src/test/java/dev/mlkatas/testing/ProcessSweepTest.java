package dev.mlkatas.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProcessSweepTest {

    @Test
    @DisplayName("leaves the output of an ended process readable: a reader still draining it loses nothing")
    void leavesThePipesOpen() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/echo")));
        ProcessBuilder builder = new ProcessBuilder("/bin/echo", "written just before the end");
        ProcessSweep sweep = ProcessSweep.fresh();
        sweep.mark(builder.environment());
        Process process = builder.start();
        process.waitFor();

        sweep.endAll(process);

        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("written just before the end\n");
    }
}
