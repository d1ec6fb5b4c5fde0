package dev.mlkatas.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Processes the grader starts: bounded output, an environment of its choosing, nothing left behind. */
class ForkedJvmTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("reads a flood of output to its end but keeps only the last 64 KiB")
    void boundsOutput() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        ForkedJvm.Captured exit = ForkedJvm.capture(List.of("/bin/sh", "-c",
                "head -c 50000000 /dev/zero | tr '\\0' x >&2; echo done >&2"), Map.of("PATH", "/usr/bin:/bin"), "",
                dir, Duration.ofMinutes(1));

        assertThat(exit.timedOut()).isFalse();
        assertThat(exit.stderr().length()).isLessThan(OutputTail.DEFAULT_BYTES + 100);
        assertThat(exit.stderr()).endsWith("xdone\n");
    }

    @Test
    @DisplayName("starts the process with only the environment given, and its marker")
    void givesOnlyTheEnvironmentGiven() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/env")));
        ForkedJvm.Captured exit = ForkedJvm.capture(List.of("/usr/bin/env"), Map.of("ONLY", "this"), "", dir,
                Duration.ofMinutes(1));

        assertThat(exit.stdout().lines()).hasSize(2).contains("ONLY=this")
                .anyMatch(line -> line.startsWith(ProcessSweep.MARKER + "="));
    }

    @Test
    @DisplayName("ends a child that left the process tree with setsid once the process has ended")
    void endsEscapedChild() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid")));
        Path late = dir.resolve("late.txt");
        ForkedJvm.capture(List.of("/bin/sh", "-c", "setsid sh -c 'sleep 2; echo late > " + late + "' &"),
                Map.of("PATH", "/usr/bin:/bin"), "", dir, Duration.ofMinutes(1));

        Thread.sleep(3_000);

        assertThat(late).doesNotExist();
    }

    @Test
    @DisplayName("kills a process that outlives its time limit")
    void killsAtTheTimeLimit() {
        long start = System.nanoTime();
        ForkedJvm.Captured exit = ForkedJvm.capture(List.of("/bin/sh", "-c", "sleep 60"),
                Map.of("PATH", "/usr/bin:/bin"), "", dir, Duration.ofSeconds(1));

        assertThat(exit.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
}
