package dev.mlkatas.recommendations;

import dev.mlkatas.drivers.LocalRunner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.MapWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.TaskCounter;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.SequenceFileOutputFormat;
import org.apache.hadoop.mapreduce.lib.reduce.LongSumReducer;

/**
 * The co-occurrence benchmark: one seeded file of basket lines, counted on LocalJobRunner with 2 map slots by
 * the stripes job with in-mapper combining, the stripes job of task 1 with its combiner, and the naive pairs
 * job (a record per ordered pair, no combiner). Prints a Markdown table.
 *
 * <p>Example: {@code CoOccurrenceBench --size-mib 64 --seed 42} (see bench/recommendations.sh).
 */
public final class CoOccurrenceBench {

    private CoOccurrenceBench() {
    }

    /** Stripes added up in the mapper, written in cleanup or when the map holds too many entries. */
    public static class CombiningStripesMapper extends Mapper<LongWritable, Text, Text, MapWritable> {

        private static final int MAX_ENTRIES = 2_000_000;
        private final Map<String, Map<String, long[]>> stripes = new HashMap<>();
        private int entries;

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            List<String> basket = CoOccurrence.items(line.toString());
            if (basket.isEmpty()) {
                return;
            }
            context.getCounter(BasketCounter.BASKETS).increment(1);
            for (String item : basket) {
                Map<String, long[]> stripe = stripes.computeIfAbsent(item, i -> new HashMap<>());
                for (String other : basket) {
                    long[] count = stripe.get(other);
                    if (count == null) {
                        stripe.put(other, new long[] {1});
                        entries++;
                    } else {
                        count[0]++;
                    }
                }
            }
            if (entries > MAX_ENTRIES) {
                flush(context);
            }
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            flush(context);
        }

        private void flush(Context context) throws IOException, InterruptedException {
            Text key = new Text();
            MapWritable value = new MapWritable();
            for (Map.Entry<String, Map<String, long[]>> stripe : stripes.entrySet()) {
                key.set(stripe.getKey());
                value.clear();
                stripe.getValue().forEach((other, count) -> value.put(new Text(other), new LongWritable(count[0])));
                context.write(key, value);
            }
            stripes.clear();
            entries = 0;
        }
    }

    /** The naive pairs mapper: ((a, b), 1) for every ordered pair of a basket's items, (a, a) the marginal. */
    public static class PairsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

        private static final LongWritable ONE = new LongWritable(1);
        private final Text pair = new Text();

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            List<String> basket = CoOccurrence.items(line.toString());
            for (String a : basket) {
                for (String b : basket) {
                    pair.set(a + "\t" + b);
                    context.write(pair, ONE);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int sizeMib = 64;
        long seed = 42;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--size-mib" -> sizeMib = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("recommendations-bench-");
        try {
            Path input = dir.resolve("input").resolve("baskets.txt");
            long baskets = generate(input, sizeMib * 1024L * 1024L, seed);
            System.out.printf(Locale.ROOT, "%d MiB of basket lines, %,d baskets, seed %d; LocalJobRunner, 2 slots%n%n",
                    sizeMib, baskets, seed);
            System.out.println("| job | seconds | map output records | map output MiB | ratio to pairs |");
            System.out.println("|---|---:|---:|---:|---:|");
            double pairs = run(dir, "pairs", "naive pairs, no combiner", input);
            run(dir, "stripes-combiner", "stripes, combiner (task 1)", input, pairs);
            run(dir, "stripes-in-mapper", "stripes, in-mapper combining", input, pairs);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double run(Path dir, String name, String label, Path input, double... pairsSeconds)
            throws Exception {
        Configuration conf = new Configuration();
        LocalRunner.configure(conf, dir.resolve("hadoop-" + name), 2);
        org.apache.hadoop.fs.Path in = new org.apache.hadoop.fs.Path(input.getParent().toUri());
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(dir.resolve("out-" + name).toUri());
        Job job;
        if (name.equals("pairs")) {
            job = Job.getInstance(conf, "pairs");
            FileInputFormat.addInputPath(job, in);
            job.setMapperClass(PairsMapper.class);
            job.setReducerClass(LongSumReducer.class);
            job.setNumReduceTasks(2);
            job.setOutputKeyClass(Text.class);
            job.setOutputValueClass(LongWritable.class);
            job.setOutputFormatClass(SequenceFileOutputFormat.class);
            FileOutputFormat.setOutputPath(job, out);
        } else {
            job = CoOccurrenceJobs.stripesJob(conf, List.of(in), out, name.equals("stripes-combiner"), 2);
            if (name.equals("stripes-in-mapper")) {
                job.setMapperClass(CombiningStripesMapper.class);
            }
        }
        long start = System.nanoTime();
        if (!job.waitForCompletion(false)) {
            throw new IllegalStateException(name + " failed");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long records = job.getCounters().findCounter(TaskCounter.MAP_OUTPUT_RECORDS).getValue();
        long bytes = job.getCounters().findCounter(TaskCounter.MAP_OUTPUT_BYTES).getValue();
        String ratio = pairsSeconds.length == 0 ? "1.0"
                : String.format(Locale.ROOT, "%.1f×", pairsSeconds[0] / seconds);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %,d | %.0f | %s |%n", label, seconds, records,
                bytes / 1048576.0, ratio);
        return seconds;
    }

    /** Baskets of 2 to 16 items from 3,000 products with Zipf popularity, until the file holds {@code bytes}. */
    static long generate(Path file, long bytes, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(seed);
        int products = 3000;
        double[] cumulative = new double[products];
        double total = 0;
        for (int i = 0; i < products; i++) {
            total += 1 / Math.pow(i + 1, 0.9);
            cumulative[i] = total;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            names.add("product-" + i);
        }
        long written = 0;
        long baskets = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                int size = 2 + random.nextInt(15);
                Set<String> basket = new LinkedHashSet<>();
                for (int i = 0; i < size; i++) {
                    int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
                    basket.add(names.get(Math.min(products - 1, at >= 0 ? at : -at - 1)));
                }
                String line = String.join(",", basket);
                out.write(line);
                out.write('\n');
                written += line.length() + 1;
                baskets++;
            }
        }
        return baskets;
    }
}
