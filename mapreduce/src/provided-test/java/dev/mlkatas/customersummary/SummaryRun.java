package dev.mlkatas.customersummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;

/**
 * One run of the summary driver as its main method, which {@code hadoop jar} starts, runs it: its exit code
 * and what it printed. Without a framework in {@code conf} it runs on LocalJobRunner.
 *
 * <p>Example: {@code SummaryRun run = SummaryRun.of(new Configuration(), "--calibration-end", "2024-06-30",
 * "orders.csv", "summary");}
 */
record SummaryRun(int exit, String out, String err) {

    static SummaryRun of(Configuration conf, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = CustomerSummaryDriver.run(conf, new CustomerSummaryDriver(o, e), args);
        }
        return new SummaryRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Deletes a folder a test made, and everything in it. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (NoSuchFileException gone) {
                    // Already gone.
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
