package dev.mlkatas.wordcount;

import dev.mlkatas.drivers.LocalRunner;
import dev.mlkatas.wordcount.WordCountJobs.Combining;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.examples.WordCount.IntSumReducer;
import org.apache.hadoop.examples.WordCount.TokenizerMapper;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IntWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;

/**
 * Times word counting of one file of seeded Zipf text ({@link ZipfText}), every contender on the same input
 * in one JVM, and prints a table of MiB/s and ratios:
 * <ul>
 *   <li>this kata's job with task 1's mapper and the combiner, with task 3's in-mapper combining, and with
 *       task 3 written for speed ({@link ByteCombiningWordsMapper}), on LocalJobRunner with
 *       {@code --map-slots} map and reduce slots and as many reducers;</li>
 *   <li>Hadoop's own example WordCount (hadoop-mapreduce-examples 3.4.2, on the 3.5.0 runtime) on the same
 *       runner with the same slots and reducers;</li>
 *   <li>one thread of plain Java, no Hadoop: the same UTF-8 check as the job's input format, then
 *       {@link ByteTokenizer} and {@link WordTable}, over the file's lines; and the same with the reference's
 *       {@link WordCount#words} and a {@code HashMap}.</li>
 * </ul>
 * A small warm-up run of every contender comes first, so that class loading and the first compilations are
 * not timed. The counts of every job and of the second plain count are checked against the first.
 *
 * <p>Example: {@code WordCountBench --size-mib 200 --seed 42 --map-slots 2}; {@code bench/word-count.sh}
 * builds and runs it.
 */
public final class WordCountBench {

    private static final String USAGE = "usage: WordCountBench [--size-mib N] [--seed S] [--map-slots N]";

    private final java.nio.file.Path work;
    private final int slots;
    private final PrintStream out;
    private int runs;

    private WordCountBench(java.nio.file.Path work, int slots, PrintStream out) {
        this.work = work;
        this.slots = slots;
        this.out = out;
    }

    /**
     * Words and distinct words a contender found, how long it took, and how much CPU time this JVM spent
     * meanwhile (every thread: tasks, sorting, garbage collection, compilation). On a machine shared with
     * other work the CPU time says how much work a contender did, the seconds how long it had to wait too.
     */
    private record Timing(String name, double seconds, double cpuSeconds, long words, long distinct) {}

    public static void main(String[] args) throws Exception {
        int sizeMib = 200;
        long seed = 42;
        int slots = 2;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                fail(args[i] + " needs a value (" + USAGE + ")");
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--size-mib" -> sizeMib = positive(args[i - 1], value);
                case "--seed" -> seed = parseSeed(value);
                case "--map-slots" -> slots = positive(args[i - 1], value);
                default -> fail("unknown option '" + args[i - 1] + "' (" + USAGE + ")");
            }
        }
        java.nio.file.Path work = Files.createTempDirectory("word-count-bench-");
        try {
            new WordCountBench(work, slots, System.out).run(sizeMib, seed);
        } finally {
            try (Stream<java.nio.file.Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void run(int sizeMib, long seed) throws Exception {
        out.printf(Locale.ROOT,
                "word-count benchmark: %d MiB of Zipf text, seed %d, %d map slots and reducers, %s %s, %d cores%n",
                sizeMib, seed, slots, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        java.nio.file.Path warmUp = work.resolve("warm-up.txt");
        ZipfText.write(warmUp, 8L << 20, seed + 1);
        long start = System.nanoTime();
        java.nio.file.Path input = work.resolve("zipf.txt");
        double mib = ZipfText.write(input, (long) sizeMib << 20, seed) / (double) (1 << 20);
        out.printf(Locale.ROOT, "generated %.1f MiB in %.1f s; warming up on 8 MiB...%n",
                mib, (System.nanoTime() - start) / 1e9);
        timeAll(warmUp);

        List<Timing> timings = timeAll(input);
        Timing plain = timings.get(0);
        for (Timing timing : timings.subList(1, timings.size() - 1)) {
            if (timing.words() != plain.words() || timing.distinct() != plain.distinct()) {
                throw new IllegalStateException(timing.name() + " counted " + timing.words() + " words, "
                        + timing.distinct() + " distinct, but the plain count " + plain.words() + " and "
                        + plain.distinct());
            }
        }
        Timing example = timings.get(timings.size() - 1);
        out.printf(Locale.ROOT, "%nchecked: every count found the plain count's %,d words, %,d distinct%n%n",
                plain.words(), plain.distinct());
        out.println("| run                                      | seconds |  MiB/s | × example | × plain | CPU s |");
        out.println("|------------------------------------------|--------:|-------:|----------:|--------:|------:|");
        for (Timing timing : timings) {
            out.printf(Locale.ROOT, "| %-40s | %7.1f | %6.1f | %9.2f | %7.2f | %5.1f |%n", timing.name(),
                    timing.seconds(), mib / timing.seconds(), example.seconds() / timing.seconds(),
                    plain.seconds() / timing.seconds(), timing.cpuSeconds());
        }
    }

    /** The two plain counts, the kata's job with task 3 twice and task 1, and Hadoop's example, in that order. */
    private List<Timing> timeAll(java.nio.file.Path input) throws Exception {
        List<Timing> timings = new ArrayList<>();
        settle();
        timings.add(plain(input));
        settle();
        timings.add(plainWithReference(input));
        settle();
        timings.add(kataJob(input, ByteCombiningWordsMapper.class, "this job, task 3 on bytes"));
        settle();
        timings.add(kataJob(input, CombiningWordsMapper.class, "this job, task 3 (in-mapper combining)"));
        settle();
        timings.add(kataJob(input, null, "this job, task 1 (mapper + combiner)"));
        settle();
        timings.add(exampleJob(input));
        return timings;
    }

    /**
     * A full collection before each timed run, so that no run pays for the garbage of the one before. It also
     * lets Hadoop drop the file system statistics of the finished jobs' threads, which every map task walks
     * once per record it reads.
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
    }

    private Timing plain(java.nio.file.Path input) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        ByteTokenizer tokenizer = new ByteTokenizer();
        WordTable table = new WordTable(1 << 16);
        forEachLine(input, line -> tokenizer.tokenize(line, (utf8, length) -> {
            if (!table.incrementIfPresent(utf8, length)) {
                table.addNew(utf8, length);
            }
        }));
        long[] words = new long[1];
        table.forEach((bytes, offset, length, count) -> words[0] += count);
        return new Timing("one thread of plain Java, bytes", (System.nanoTime() - start) / 1e9,
                (cpuNanos() - cpu) / 1e9, words[0], table.size());
    }

    /** The reference's tokenizer and a {@code HashMap}, on the same lines. */
    private Timing plainWithReference(java.nio.file.Path input) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        Map<String, Long> counts = new HashMap<>();
        long[] words = new long[1];
        forEachLine(input, line -> {
            for (String word : WordCount.words(line.toString())) {
                counts.merge(word, 1L, Long::sum);
                words[0]++;
            }
        });
        return new Timing("one thread of plain Java, reference", (System.nanoTime() - start) / 1e9,
                (cpuNanos() - cpu) / 1e9, words[0], counts.size());
    }

    /** Receives the lines of a file, one reused {@link Text} each. */
    private interface LineSink {
        void line(Text line) throws IOException, InterruptedException;
    }

    /** The file's lines, without their line breaks and through the same UTF-8 check as the job's input format. */
    private static void forEachLine(java.nio.file.Path input, LineSink sink) throws IOException, InterruptedException {
        Utf8Repair repair = new Utf8Repair();
        Text line = new Text();
        byte[] buffer = new byte[1 << 20];
        int filled = 0;
        try (InputStream in = Files.newInputStream(input)) {
            for (int read = in.read(buffer, filled, buffer.length - filled); read >= 0;
                    read = in.read(buffer, filled, buffer.length - filled)) {
                filled += read;
                int lineStart = 0;
                for (int i = 0; i < filled; i++) {
                    if (buffer[i] == '\n') {
                        emitLine(buffer, lineStart, i, line, repair, sink);
                        lineStart = i + 1;
                    }
                }
                // Keep the unfinished line for the next read; a buffer too small for it grows.
                System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
                filled -= lineStart;
                if (filled == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, 2 * buffer.length);
                }
            }
        }
        if (filled > 0) {
            emitLine(buffer, 0, filled, line, repair, sink);
        }
    }

    private static void emitLine(byte[] buffer, int from, int to, Text line, Utf8Repair repair, LineSink sink)
            throws IOException, InterruptedException {
        int end = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        line.set(buffer, from, end - from);
        repair.repair(line);
        sink.line(line);
    }

    /** The kata's count job with an in-mapper combining mapper, or with task 1's mapper and combiner for null. */
    private Timing kataJob(java.nio.file.Path input, Class<? extends Mapper<LongWritable, Text, Text, LongWritable>>
            combiningMapper, String name) throws Exception {
        Configuration conf = localConf();
        Path output = new Path(work.resolve("out-" + ++runs).toUri());
        long start = System.nanoTime();
        long cpu = cpuNanos();
        Combining combining = combiningMapper == null ? Combining.COMBINER : Combining.IN_MAPPER;
        Job job = WordCountJobs.countJob(conf, List.of(new Path(input.toUri())), output, combining, slots);
        if (combiningMapper != null) {
            job.setMapperClass(combiningMapper);
        }
        await(job, name);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Timing(name, seconds, (cpuNanos() - cpu) / 1e9,
                job.getCounters().findCounter(WordCountCounter.WORDS).getValue(),
                job.getCounters().findCounter(WordCountCounter.DISTINCT_WORDS).getValue());
    }

    /** Wired as the example's own main wires it, on the same runner and with the same reducers as ours. */
    private Timing exampleJob(java.nio.file.Path input) throws Exception {
        Configuration conf = localConf();
        Path output = new Path(work.resolve("out-" + ++runs).toUri());
        long start = System.nanoTime();
        long cpu = cpuNanos();
        Job job = Job.getInstance(conf, "example word count");
        job.setJarByClass(org.apache.hadoop.examples.WordCount.class);
        job.setMapperClass(TokenizerMapper.class);
        job.setCombinerClass(IntSumReducer.class);
        job.setReducerClass(IntSumReducer.class);
        job.setOutputKeyClass(Text.class);
        job.setOutputValueClass(IntWritable.class);
        job.setNumReduceTasks(slots);
        FileInputFormat.addInputPath(job, new Path(input.toUri()));
        FileOutputFormat.setOutputPath(job, output);
        await(job, "Hadoop's example");
        return new Timing("Hadoop's example WordCount (3.4.2)", (System.nanoTime() - start) / 1e9,
                (cpuNanos() - cpu) / 1e9, -1, -1);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private Configuration localConf() {
        Configuration conf = new Configuration();
        LocalRunner.configure(conf, work.resolve("hadoop"), slots);
        return conf;
    }

    private static void await(Job job, String name) throws Exception {
        if (!job.waitForCompletion(false)) {
            throw new IllegalStateException(name + " failed; its error is logged above");
        }
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        return fail(option + " '" + value + "' is not a whole number from 1 up");
    }

    private static long parseSeed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fail("--seed '" + value + "' is not a 64-bit integer");
        }
    }

    private static int fail(String message) {
        System.err.println("word-count bench: " + message);
        System.exit(2);
        return 0;
    }
}
