package dev.mlkatas.wordcount;

import dev.mlkatas.drivers.LocalRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * One run of the driver on LocalJobRunner, the way {@code ./kata run word-count} starts it, inside a test's
 * temporary folder: Hadoop's working folders and the default {@code kata-output/} land there, not in the
 * system's temp dir or the repository. Its exit code and what it printed.
 *
 * <p>Example: {@code DriverRun run = DriverRun.in(dir, "--top", "3", input.toString(), output.toString());}
 */
record DriverRun(int exit, String out, String err) {

    /** Three lines with what the tokenizer must get right: contractions, curly apostrophes, capitals. */
    static final List<String> POEM = List.of(
            "It's a truth universally acknowledged,",
            "that a single man in possession of a good fortune,",
            "must be in want of a wife. Don’t argue: it’s TRUE.");

    static DriverRun in(Path dir, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Configuration conf = new Configuration();
        LocalRunner.configure(conf, dir.resolve("hadoop"), 2);
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = WordCountDriver.run(conf, new WordCountDriver(o, e, dir), args);
        }
        return new DriverRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Writes {@code lines} as a text file {@code name} under {@code dir}, for a run to read. */
    static Path write(Path dir, String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
