package dev.mlkatas.customersummary;

import dev.mlkatas.drivers.DriverCommandLine;
import dev.mlkatas.drivers.DriverCommandLine.UsageException;
import dev.mlkatas.drivers.LocalRunner;
import dev.mlkatas.jobs.BadInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.conf.Configured;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.util.Tool;
import org.apache.hadoop.util.ToolRunner;

/**
 * The per-customer summary job as {@code hadoop jar} runs it: a transaction log in (the CSV {@code kata run ltv
 * --transactions} reads), one row per customer out (frequency, recency, age, monetary value at a calibration
 * end, and the holdout after it), as CSV files {@code kata run ltv --summary} reads. It runs on the cluster of
 * the Hadoop configuration, or on LocalJobRunner when the framework is {@code local}.
 *
 * <p>Example: {@code hadoop jar word-count-job.jar dev.mlkatas.customersummary.CustomerSummaryDriver
 * -D mapreduce.framework.name=yarn --calibration-end 2024-06-30 --reducers 4 /orders /summary}; {@code --help}
 * explains the options. Bad arguments, a missing input or an existing output, a header without one of the
 * columns, a line that cannot be read are one line on standard error, exit status 2, and nothing is written: the
 * job writes into a hidden folder beside the output and renames it only when every line was read. A failed job
 * exits with 1.
 */
public final class CustomerSummaryDriver extends Configured implements Tool {

    private static final String NAME = "customer-summary";

    private final PrintStream out;
    private final PrintStream err;

    /** A driver that prints to this process's terminal. */
    public CustomerSummaryDriver() {
        this(System.out, System.err);
    }

    public CustomerSummaryDriver(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(new Configuration(), new CustomerSummaryDriver(), args));
    }

    /**
     * {@link ToolRunner#run(Configuration, Tool, String[])}, after refusing a {@code -D} that is not
     * {@code key=value} ({@link DriverCommandLine#run}). Returns the exit status.
     */
    static int run(Configuration conf, CustomerSummaryDriver driver, String... args) throws Exception {
        return DriverCommandLine.run(conf, driver, NAME, SummaryOptions.USAGE, driver.err, args);
    }

    @Override
    public int run(String[] args) throws IOException, InterruptedException, ClassNotFoundException {
        SummaryOptions options;
        try {
            options = SummaryOptions.parse(out, args);
        } catch (UsageException e) {
            return DriverCommandLine.refuse(err, NAME, e.getMessage());
        }
        if (options == null) {
            return 0;
        }
        Configuration conf = getConf() == null ? new Configuration() : getConf();
        Path output = new Path(options.output());
        FileSystem outputFs = output.getFileSystem(conf);
        List<Path> files;
        try {
            if (outputFs.exists(output)) {
                throw new BadInputException("output '" + options.output() + "' already exists: nothing was written"
                        + " (choose a path that does not exist yet)");
            }
            List<Path> inputs = new ArrayList<>();
            for (String name : options.inputs()) {
                inputs.add(new Path(name));
            }
            files = CustomerSummaryJobs.checkHeaders(conf, inputs);
        } catch (BadInputException e) {
            return DriverCommandLine.refuse(err, NAME, e.getMessage());
        }
        int reducers = options.reducers() > 0 ? options.reducers() : conf.getInt("mapreduce.job.reduces", 1);
        boolean local = "local".equals(conf.get("mapreduce.framework.name", "local"));
        // Hidden from readers (the leading dot) until every line was read; then renamed to the output.
        Path qualified = outputFs.makeQualified(output);
        Path incomplete = new Path(qualified.getParent(), "." + qualified.getName() + ".incomplete-"
                + System.nanoTime());
        java.nio.file.Path scratch = null;
        try {
            if (local) {
                // LocalJobRunner's files in a temporary folder of this run, not in a shared hadoop-<user> folder.
                scratch = java.nio.file.Files.createTempDirectory(NAME + "-");
                LocalRunner.configure(conf, scratch, Runtime.getRuntime().availableProcessors());
            }
            int exit = runJob(conf, files, incomplete, options, reducers, local);
            if (exit == 0 && !outputFs.rename(incomplete, output)) {
                err.println(NAME + ": could not rename " + incomplete + " to " + output);
                return 1;
            }
            return exit;
        } finally {
            outputFs.delete(incomplete, true);
            if (scratch != null) {
                FileSystem.getLocal(conf).delete(new Path(scratch.toUri()), true);
            }
        }
    }

    private int runJob(Configuration conf, List<Path> files, Path incomplete, SummaryOptions options, int reducers,
            boolean local) throws IOException, InterruptedException, ClassNotFoundException {
        Job job = CustomerSummaryJobs.summaryJob(conf, files, incomplete, options.calibrationEnd(), reducers);
        out.printf("%s: summarising %s at %s into %s on %s, %d reducers%n", NAME, options.inputs(),
                options.calibrationEnd(), options.output(), local ? "LocalJobRunner" : "the cluster", reducers);
        if (!job.waitForCompletion(false)) {
            err.println(NAME + ": the job failed: " + job.getStatus().getFailureInfo());
            return 1;
        }
        if (CustomerSummaryJobs.counter(job, CustomerSummary.Counter.BAD_LINES) > 0) {
            CustomerSummaryJobs.Problem problem = CustomerSummaryJobs.firstProblem(conf, incomplete);
            err.println(NAME + ": " + CustomerSummaryJobs.describe(conf, problem) + " (nothing was written)");
            return 2;
        }
        long orders = CustomerSummaryJobs.counter(job, CustomerSummary.Counter.ORDERS);
        if (orders == 0) {
            err.println(NAME + ": " + String.join(", ", options.inputs()) + ": has a header but no orders"
                    + " (nothing was written)");
            return 2;
        }
        out.printf("%s: %,d orders of %,d customers%n", NAME, orders,
                CustomerSummaryJobs.counter(job, CustomerSummary.Counter.CUSTOMERS));
        return 0;
    }
}
