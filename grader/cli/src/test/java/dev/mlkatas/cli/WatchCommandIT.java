package dev.mlkatas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.RepositoryCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kata watch} as a candidate uses it: a JVM of its own on a copy of the built two-sum kata, a file saved
 * with a compile error and then solved, and a stop as Ctrl-C stops it (a signal, and the JVM's shutdown).
 */
class WatchCommandIT {

    private static final Path ROOT = Path.of(System.getProperty("kata.root", "../..")).toAbsolutePath().normalize();
    private static final String FILE = "src/main/java/dev/mlkatas/twosum/TwoSum.java";
    /** Generous: the waits end as soon as the line shows, and only a broken watch ever reaches this. */
    private static final long PATIENCE_SECONDS = 180;

    @TempDir
    Path copy;

    @Test
    @DisplayName("reruns the tests on each save: the compiler's error, then a pass; stops cleanly on a signal")
    void rerunsOnSave() throws Exception {
        RepositoryCopy.of(ROOT, "algorithms", copy);
        Path log = Files.createFile(copy.resolve("watch.log"));
        Path candidate = copy.resolve("algorithms").resolve(FILE);
        Process watch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KataCli.class.getName(),
                "--root", copy.toString(), "watch", "two-sum", "--task", "1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Output output = new Output(log);
        try {
            output.await(line -> line.contains("You are on task 1 of 3: the pairs that sum to zero"));

            Files.writeString(candidate, "package dev.mlkatas.twosum;\n\npublic final class TwoSum { oops }\n");
            long saved = System.nanoTime();
            output.await(line -> line.endsWith("two-sum: does not compile, no test ran"));
            long summary = System.nanoTime();
            output.await(line -> line.contains("algorithms/" + FILE + ":3: error:"));
            long error = System.nanoTime();

            Files.copy(ROOT.resolve("solutions/algorithms").resolve(FILE), candidate,
                    StandardCopyOption.REPLACE_EXISTING);
            long solved = System.nanoTime();
            output.await(line -> line.contains("passed, 0 failed") && line.endsWith("all tests pass"));
            long passed = System.nanoTime();
            output.await(line -> line.equals("Task 1 of 3 passes; next: ./kata test two-sum --task 2"));
            // Measured, never asserted: a busy machine may take longer, and that is no failure.
            System.out.printf("kata watch: save to compile-error summary %d ms, to the compiler's error line %d ms,"
                    + " save to passing summary %d ms%n", (summary - saved) / 1_000_000, (error - saved) / 1_000_000,
                    (passed - solved) / 1_000_000);
        } finally {
            watch.destroy();
            assertThat(watch.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the watch stops on a signal").isTrue();
        }
        output.await(line -> line.equals("Stopped watching two-sum."));
        assertThat(output.lines()).as("nothing after the goodbye, and no stack trace")
                .endsWith("Stopped watching two-sum.").noneMatch(line -> line.startsWith("Exception in thread"));
    }

    /**
     * What the watch prints, line by line, from the file its output goes to: read from a pipe instead, the last
     * lines can be lost when the process ends while they are read.
     */
    private static final class Output {
        private final Path file;
        private int next;

        Output(Path file) {
            this.file = file;
        }

        List<String> lines() throws IOException {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }

        /** Waits for a line that {@code wanted} accepts, after the ones already awaited. */
        void await(Predicate<String> wanted) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (true) {
                List<String> lines = lines();
                for (int i = next; i < lines.size(); i++) {
                    if (wanted.test(lines.get(i))) {
                        next = i + 1;
                        return;
                    }
                }
                assertThat(System.nanoTime() - deadline).as("waited for a line; the watch printed:%n%s",
                        String.join("\n", lines)).isNegative();
                Thread.sleep(20);
            }
        }
    }
}
