package dev.mlkatas.recommendations;

import dev.mlkatas.drivers.DriverCommandLine;
import dev.mlkatas.drivers.DriverCommandLine.UsageException;
import dev.mlkatas.drivers.LocalRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.conf.Configured;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.TaskCounter;
import org.apache.hadoop.util.Tool;
import org.apache.hadoop.util.ToolRunner;

/**
 * The stripes job (task 1) as {@code hadoop jar} runs it: basket lines in, (item, stripe) sequence files out,
 * on the cluster of the Hadoop configuration, or on LocalJobRunner when the framework is {@code local}.
 *
 * <p>Example: {@code hadoop jar word-count-job.jar dev.mlkatas.recommendations.CoOccurrenceDriver
 * -D mapreduce.framework.name=yarn --reducers 4 /baskets /stripes}, then {@code hadoop fs -text
 * /stripes/part-r-00000}; {@code --help} explains the options. Bad arguments, a missing input or an existing
 * output are one line on standard error, exit status 2, and nothing is written; a failed job exits with 1.
 */
public final class CoOccurrenceDriver extends Configured implements Tool {

    private static final String NAME = "co-occurrence";

    private final PrintStream out;
    private final PrintStream err;

    /** A driver that prints to this process's terminal. */
    public CoOccurrenceDriver() {
        this(System.out, System.err);
    }

    public CoOccurrenceDriver(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(new Configuration(), new CoOccurrenceDriver(), args));
    }

    /**
     * {@link ToolRunner#run(Configuration, Tool, String[])}, after refusing a {@code -D} that is not
     * {@code key=value} ({@link DriverCommandLine#run}). Returns the exit status.
     */
    static int run(Configuration conf, CoOccurrenceDriver driver, String... args) throws Exception {
        return DriverCommandLine.run(conf, driver, NAME, DriverOptions.USAGE, driver.err, args);
    }

    @Override
    public int run(String[] args) throws IOException, InterruptedException, ClassNotFoundException {
        DriverOptions options;
        try {
            options = DriverOptions.parse(out, args);
        } catch (UsageException e) {
            return DriverCommandLine.refuse(err, NAME, e.getMessage());
        }
        if (options == null) {
            return 0;
        }
        Configuration conf = getConf() == null ? new Configuration() : getConf();
        List<Path> inputs = new ArrayList<>();
        for (String name : options.inputs()) {
            Path path = new Path(name);
            FileStatus[] matches = path.getFileSystem(conf).globStatus(path);
            if (matches == null || matches.length == 0) {
                return DriverCommandLine.refuse(err, NAME, "input '" + name + "' does not exist");
            }
            inputs.add(path);
        }
        Path output = new Path(options.output());
        if (output.getFileSystem(conf).exists(output)) {
            return DriverCommandLine.refuse(err, NAME, "output '" + options.output() + "' already exists: nothing was"
                    + " written (choose a path that does not exist yet)");
        }
        int reducers = options.reducers() > 0 ? options.reducers() : conf.getInt("mapreduce.job.reduces", 1);
        boolean local = "local".equals(conf.get("mapreduce.framework.name", "local"));
        java.nio.file.Path scratch = null;
        try {
            if (local) {
                // LocalJobRunner's files in a temporary folder of this run, not in a shared hadoop-<user> folder.
                scratch = java.nio.file.Files.createTempDirectory(NAME + "-");
                LocalRunner.configure(conf, scratch, Runtime.getRuntime().availableProcessors());
            }
            return runJob(conf, inputs, output, options, reducers, local);
        } finally {
            if (scratch != null) {
                org.apache.hadoop.fs.FileSystem.getLocal(conf).delete(new Path(scratch.toUri()), true);
            }
        }
    }

    private int runJob(Configuration conf, List<Path> inputs, Path output, DriverOptions options, int reducers,
            boolean local) throws IOException, InterruptedException, ClassNotFoundException {
        Job job = CoOccurrenceJobs.stripesJob(conf, inputs, output, options.combiner(), reducers);
        out.printf("%s: counting %s into %s on %s, %d reducers%s%n", NAME, options.inputs(), options.output(),
                local ? "LocalJobRunner" : "the cluster",
                reducers, options.combiner() ? ", with the combiner" : "");
        if (!job.waitForCompletion(false)) {
            err.println(NAME + ": the job failed: " + job.getStatus().getFailureInfo());
            return 1;
        }
        out.printf("%s: %,d baskets, %,d items, %,d map output records%n", NAME, CoOccurrenceJobs.baskets(job),
                job.getCounters().findCounter(TaskCounter.REDUCE_OUTPUT_RECORDS).getValue(),
                job.getCounters().findCounter(TaskCounter.MAP_OUTPUT_RECORDS).getValue());
        return 0;
    }
}
