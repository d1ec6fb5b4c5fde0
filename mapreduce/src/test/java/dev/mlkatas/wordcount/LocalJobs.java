package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.drivers.LocalRunner;
import dev.mlkatas.wordcount.WordCountJobs.Combining;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Counters;
import org.apache.hadoop.mapreduce.Job;

/**
 * Runs the kata's jobs on Hadoop's LocalJobRunner inside one temporary folder, which {@link #close()}
 * deletes, and reads back what they wrote.
 *
 * <p>Example:
 * {@code try (LocalJobs jobs = new LocalJobs()) { jobs.count(List.of(jobs.write("a.txt", lines)), COMBINER, 2); }}
 */
final class LocalJobs implements AutoCloseable {

    private final java.nio.file.Path dir;
    private final Configuration conf = new Configuration();
    private int outputs;

    LocalJobs() {
        try {
            dir = Files.createTempDirectory("word-count-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalRunner.configure(conf, dir.resolve("hadoop"), 2);
    }

    /** The configuration every job of this instance runs with; set keys on it before running a job. */
    Configuration conf() {
        return conf;
    }

    /** Writes the lines, each followed by a line feed, to a new input file. */
    Path write(String name, List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return write(name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) {
        try {
            java.nio.file.Path file = dir.resolve("input").resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return new Path(file.toUri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the count job and returns what it wrote; asserts that it succeeded. */
    Output count(List<Path> inputs, Combining combining, int reducers) {
        return run(WordCountJobs::countJob, inputs, combining, reducers);
    }

    /** Runs the top-words job on a count job's output and returns what it wrote; asserts that it succeeded. */
    Output top(Output counts, int k) {
        try {
            Path output = newOutput();
            Job job = WordCountJobs.topWordsJob(conf, counts.dir(), output, k);
            return await(job, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface CountJob {
        Job create(Configuration conf, List<Path> inputs, Path output, Combining combining, int reducers)
                throws IOException;
    }

    private Output run(CountJob factory, List<Path> inputs, Combining combining, int reducers) {
        try {
            Path output = newOutput();
            return await(factory.create(conf, inputs, output, combining, reducers), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Output await(Job job, Path output) {
        try {
            boolean succeeded = job.waitForCompletion(false);
            assertThat(succeeded).as("the job '%s' succeeded (if not, ./kata test word-count --output shows its error)",
                    job.getJobName()).isTrue();
            return Output.read(output, job.getCounters());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path newOutput() {
        return new Path(dir.resolve("output-" + ++outputs).toUri());
    }

    @Override
    public void close() {
        // LocalJobRunner removes a job's staging files on a thread of its own, which may still be at it: a file
        // can vanish while the folder is walked, and then the walk starts again.
        for (int attempt = 1; ; attempt++) {
            try (Stream<java.nio.file.Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                return;
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException) || attempt == 5) {
                    throw e;
                }
            } catch (NoSuchFileException e) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * What a job wrote: the {@code word<TAB>count} lines of each part file, in file order, and its counters.
     */
    record Output(Path dir, List<List<Map.Entry<String, Long>>> parts, Counters counters) {

        static Output read(Path dir, Counters counters) throws IOException {
            java.nio.file.Path folder = java.nio.file.Path.of(dir.toUri());
            List<java.nio.file.Path> files;
            try (Stream<java.nio.file.Path> listing = Files.list(folder)) {
                files = listing.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
            }
            List<List<Map.Entry<String, Long>>> parts = new ArrayList<>();
            for (java.nio.file.Path file : files) {
                List<Map.Entry<String, Long>> lines = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.lastIndexOf('\t');
                    lines.add(Map.entry(line.substring(0, tab), Long.parseLong(line.substring(tab + 1))));
                }
                parts.add(lines);
            }
            return new Output(dir, parts, counters);
        }

        /** Every (word, count) of every part file, in file order. */
        List<Map.Entry<String, Long>> all() {
            return parts.stream().flatMap(List::stream).toList();
        }

        /** The counts as a map; a word written twice fails the test. */
        Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map.Entry<String, Long> entry : all()) {
                Long previous = counts.put(entry.getKey(), entry.getValue());
                assertThat(previous).as("count of '%s' written once, not twice", entry.getKey()).isNull();
            }
            return counts;
        }

        long counter(Enum<?> counter) {
            return counters.findCounter(counter).getValue();
        }
    }
}
