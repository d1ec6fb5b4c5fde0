package dev.mlkatas.customersummary;

import dev.mlkatas.drivers.DriverCommandLine;
import dev.mlkatas.drivers.DriverCommandLine.UsageException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The summary driver's own arguments, parsed by picocli after Hadoop's generic options ({@code -D},
 * {@code -conf}, ...) have been taken out by {@code ToolRunner} ({@link DriverCommandLine}); {@code --help}
 * explains each of them.
 *
 * <p>Example: {@code --calibration-end 2024-06-30 /orders /summary} has inputs {@code [/orders]}, output
 * {@code /summary} and the configuration's number of reducers.
 */
@Command(name = "customer-summary", showDefaultValues = true, sortOptions = false, usageHelpWidth = 110,
        customSynopsis = "customer-summary [-D key=value ...] --calibration-end yyyy-mm-dd [OPTIONS] "
                + "<input>... <output-dir>",
        description = {"Summarises a transaction log per customer: CSV with a header naming customer_id, date "
                + "(yyyy-mm-dd) and amount in, CSV part files out in <output-dir>, one row per customer with its "
                + "frequency, recency, age and monetary value at the calibration end and what it spent in the "
                + "holdout after it, which kata run ltv --summary reads. On the cluster of the Hadoop "
                + "configuration with -D mapreduce.framework.name=yarn, else on Hadoop's LocalJobRunner in this JVM.",
            "Hadoop's generic options come first: -D mapreduce.job.reduces=N sets the reducers, "
                + "-D mapreduce.framework.name=yarn runs on the cluster."},
        footerHeading = "%nExample:%n",
        footer = {"  hadoop jar word-count-job.jar dev.mlkatas.customersummary.CustomerSummaryDriver \\",
            "      -D mapreduce.framework.name=yarn --calibration-end 2024-06-30 --reducers 8 /data/orders "
                + "/data/summary"})
final class SummaryOptions {

    static final String USAGE = "usage: customer-summary [-D key=value ...] --calibration-end yyyy-mm-dd [OPTIONS]"
            + " <input>... <output-dir>; customer-summary --help explains each";

    @Mixin
    private DriverCommandLine.Help help;

    @Option(names = "--calibration-end", paramLabel = "DATE",
            description = "Required: the last day (yyyy-mm-dd) whose orders the summary counts; later orders are "
                    + "the holdout.")
    private LocalDate calibrationEnd;

    @Mixin
    private DriverCommandLine.Reducers reducers;

    @Mixin
    private DriverCommandLine.Paths paths;

    /**
     * The driver's arguments, or null after printing the help to {@code out}; a {@link UsageException} with
     * a one-line message for arguments it cannot use.
     */
    static SummaryOptions parse(PrintStream out, String... args) throws UsageException {
        SummaryOptions options = DriverCommandLine.parse(new SummaryOptions(), USAGE, out, args);
        if (options == null) {
            return null;
        }
        options.reducers.check();
        if (options.calibrationEnd == null) {
            throw new UsageException("give --calibration-end: the summary is of the orders up to that day ("
                    + USAGE + ")");
        }
        options.paths.check(USAGE);
        return options;
    }

    /** The input files or folders. */
    List<String> inputs() {
        return paths.inputs();
    }

    /** The output folder, which does not exist yet. */
    String output() {
        return paths.output();
    }

    /** The last day whose orders the summary counts; later orders are the holdout. */
    LocalDate calibrationEnd() {
        return calibrationEnd;
    }

    /** How many reduce tasks, 0 for the configuration's number. */
    int reducers() {
        return reducers.count();
    }
}
