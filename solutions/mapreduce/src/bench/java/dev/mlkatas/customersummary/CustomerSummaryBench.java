package dev.mlkatas.customersummary;

import dev.mlkatas.drivers.LocalRunner;
import dev.mlkatas.ltv.TimeUnit;
import dev.mlkatas.ltv.data.LtvData;
import dev.mlkatas.orders.OrderLog;
import dev.mlkatas.orders.OrdersCsv;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.mapreduce.Job;

/**
 * One step of the customer-summary benchmark (bench/customer-summary.sh runs each in a JVM of its own, under
 * {@code /usr/bin/time -v}, for the peak memory): {@code generate} writes a seeded transaction log;
 * {@code mapreduce} summarises it with the job on LocalJobRunner (2 slots, 2 reducers); {@code in-memory}
 * summarises it the way {@code kata run ltv --transactions} does (OrdersCsv, then LtvData with the reference
 * Rfm). Each prints one line {@code key=value ...}.
 *
 * <p>Example: {@code CustomerSummaryBench generate 1000000 42 /tmp/orders.csv}, then
 * {@code CustomerSummaryBench in-memory /tmp/orders.csv}.
 */
public final class CustomerSummaryBench {

    /** The log runs two years from here; the calibration end leaves the last half year as the holdout. */
    static final LocalDate START = LocalDate.parse("2023-01-01");
    static final int DAYS = 730;
    static final LocalDate CALIBRATION_END = START.plusDays(DAYS - 183);
    /** Transactions per customer on average. */
    static final int PER_CUSTOMER = 20;

    private CustomerSummaryBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Long.parseLong(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
            case "mapreduce" -> mapreduce(Path.of(args[1]), Path.of(args[2]));
            case "in-memory" -> inMemory(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown step '" + args[0] + "'");
        }
    }

    /**
     * {@code transactions} orders of {@code transactions / 20} customers, in random order: each customer starts
     * on a random day and orders on random days after it; some customers order far more than others (the
     * customer of an order is the square of a uniform draw, scaled); amounts are log-normal, in cents.
     */
    static void generate(long transactions, long seed, Path file) throws Exception {
        Random random = new Random(seed);
        int customers = (int) Math.max(1, transactions / PER_CUSTOMER);
        int[] start = new int[customers];
        for (int c = 0; c < customers; c++) {
            start[c] = random.nextInt(DAYS);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("customer_id,date,amount\n");
            for (long i = 0; i < transactions; i++) {
                double u = random.nextDouble();
                int c = (int) (u * u * customers);
                int day = start[c] + random.nextInt(DAYS - start[c]);
                double amount = Math.exp(3 + 0.6 * random.nextGaussian());
                out.write(String.format(Locale.ROOT, "C%07d,%s,%.2f%n", c, START.plusDays(day), amount));
            }
        }
        System.out.printf(Locale.ROOT, "transactions=%d customers=%d bytes=%d seed=%d%n", transactions, customers,
                Files.size(file), seed);
    }

    static void mapreduce(Path file, Path scratch) throws Exception {
        long begin = System.nanoTime();
        Configuration conf = new Configuration();
        LocalRunner.configure(conf, scratch.resolve("hadoop"), 2);
        org.apache.hadoop.fs.Path output = new org.apache.hadoop.fs.Path(scratch.resolve("summary").toUri());
        List<org.apache.hadoop.fs.Path> files = CustomerSummaryJobs.checkHeaders(conf,
                List.of(new org.apache.hadoop.fs.Path(file.toUri())));
        Job job = CustomerSummaryJobs.summaryJob(conf, files, output, CALIBRATION_END, 2);
        if (!job.waitForCompletion(false)) {
            throw new IllegalStateException("the job failed: " + job.getStatus().getFailureInfo());
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf(Locale.ROOT, "path=mapreduce seconds=%.1f orders=%d customers=%d%n", seconds,
                CustomerSummaryJobs.counter(job, CustomerSummary.Counter.ORDERS),
                CustomerSummaryJobs.counter(job, CustomerSummary.Counter.CUSTOMERS));
        FileSystem.getLocal(conf).delete(output, true);
    }

    static void inMemory(Path file) {
        long begin = System.nanoTime();
        OrderLog log = OrdersCsv.read(file);
        LtvData data = LtvData.of(log, CALIBRATION_END, TimeUnit.WEEKS);
        double seconds = (System.nanoTime() - begin) / 1e9;
        // What the summary keeps alive: the heap after a full collection, with the log and the summaries held.
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long live = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(Locale.ROOT, "path=in-memory seconds=%.1f orders=%d customers=%d live-mib=%d%n", seconds,
                log.orders(), data.customers(), live >> 20);
    }
}
