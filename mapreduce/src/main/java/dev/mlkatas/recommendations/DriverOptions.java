package dev.mlkatas.recommendations;

import dev.mlkatas.drivers.DriverCommandLine;
import dev.mlkatas.drivers.DriverCommandLine.UsageException;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The co-occurrence driver's own arguments, parsed by picocli after Hadoop's generic options ({@code -D},
 * {@code -conf}, ...) have been taken out by {@code ToolRunner} ({@link DriverCommandLine}); {@code --help}
 * explains each of them.
 *
 * <p>Example: {@code --reducers 4 /baskets /stripes} has inputs {@code [/baskets]}, output {@code /stripes},
 * 4 reducers and the combiner.
 */
@Command(name = "co-occurrence", showDefaultValues = true, sortOptions = false, usageHelpWidth = 110,
        customSynopsis = "co-occurrence [-D key=value ...] [OPTIONS] <input>... <output-dir>",
        description = {"Counts how often each item shares a basket with each other item (task 1's stripes): basket "
                + "lines in (items separated by commas), (item, stripe) sequence files out in <output-dir>, one per "
                + "reducer, which hadoop fs -text shows. On the cluster of the Hadoop configuration with "
                + "-D mapreduce.framework.name=yarn, else on Hadoop's LocalJobRunner in this JVM.",
            "Hadoop's generic options come first: -D mapreduce.job.reduces=N sets the reducers, "
                + "-D mapreduce.framework.name=yarn runs on the cluster."},
        footerHeading = "%nExample:%n",
        footer = {"  hadoop jar word-count-job.jar dev.mlkatas.recommendations.CoOccurrenceDriver \\",
            "      -D mapreduce.framework.name=yarn --reducers 8 /data/baskets /data/stripes",
            "  hadoop fs -text /data/stripes/part-r-00000 | head"})
final class DriverOptions {

    static final String USAGE = "usage: co-occurrence [-D key=value ...] [OPTIONS] <input>... <output-dir>;"
            + " co-occurrence --help explains each";

    @Mixin
    private DriverCommandLine.Help help;

    @Option(names = "--no-combiner",
            description = "Runs the stripe-sum reducer in the reduce tasks only, not also as the combiner.")
    private boolean noCombiner;

    @Mixin
    private DriverCommandLine.Reducers reducers;

    @Mixin
    private DriverCommandLine.Paths paths;

    /**
     * The driver's arguments, or null after printing the help to {@code out}; a {@link UsageException} with
     * a one-line message for arguments it cannot use.
     */
    static DriverOptions parse(PrintStream out, String... args) throws UsageException {
        DriverOptions options = DriverCommandLine.parse(new DriverOptions(), USAGE, out, args);
        if (options == null) {
            return null;
        }
        options.reducers.check();
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

    /** Whether the stripe-sum reducer also runs as the combiner. */
    boolean combiner() {
        return !noCombiner;
    }

    /** How many reduce tasks, 0 for the configuration's number. */
    int reducers() {
        return reducers.count();
    }
}
