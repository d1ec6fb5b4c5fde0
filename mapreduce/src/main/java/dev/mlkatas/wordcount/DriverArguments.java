package dev.mlkatas.wordcount;

import dev.mlkatas.drivers.DriverCommandLine;
import dev.mlkatas.drivers.DriverCommandLine.UsageException;
import dev.mlkatas.wordcount.WordCountJobs.Combining;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The word-count driver's own arguments, parsed by picocli after Hadoop's generic options ({@code -D},
 * {@code -conf}, ...) have been taken out by {@code ToolRunner} ({@link DriverCommandLine}); {@code --help}
 * explains each of them and the settings that go with {@code -D}.
 *
 * <p>Example: {@code --top 10 books out} has inputs {@code [books]}, output {@code out} and top 10.
 */
@Command(name = "word-count", showDefaultValues = true, sortOptions = false, usageHelpWidth = 110,
        customSynopsis = "word-count [-D key=value ...] [OPTIONS] [<input>... <output-dir>]",
        description = {"Counts the words of the inputs (files or folders, plain, .gz or .bz2) into <output-dir>, "
                + "as part files of word<TAB>count lines, on Hadoop's LocalJobRunner in this JVM, or on a cluster "
                + "with -D mapreduce.framework.name=yarn.",
            "With no paths: the sample text, into a new folder under kata-output/. With one path: that input, "
                + "into a new folder under kata-output/.",
            "Hadoop's generic options come first: -D " + WordCountJobs.MAX_WORDS + "=N bounds the in-mapper map "
                + "(default " + WordCountJobs.DEFAULT_MAX_WORDS + "), -D mapreduce.job.reduces=N sets the "
                + "reducers, -D mapreduce.framework.name=yarn runs on the cluster of the Hadoop configuration."},
        footerHeading = "%nExample:%n",
        footer = {"  ./kata run word-count --top 10 mapreduce/katas/word-count/sample /tmp/devil-counts",
            "  hadoop jar word-count-job.jar dev.mlkatas.wordcount.WordCountDriver \\",
            "      -D mapreduce.framework.name=yarn /books /counts"})
final class DriverArguments {

    static final String USAGE = "usage: word-count [-D key=value ...] [OPTIONS] [<input>... <output-dir>];"
            + " word-count --help explains each";

    @Mixin
    private DriverCommandLine.Help help;

    @Option(names = "--top", paramLabel = "K",
            description = "Also finds the K most frequent words: <output-dir>/counts and <output-dir>/top. "
                    + "Default: none.")
    private Integer top;

    @Option(names = "--in-mapper-combining",
            description = "Task 3's mapper, which adds up counts before the shuffle, instead of the combiner.")
    private boolean inMapperCombining;

    @Option(names = "--no-combiner", description = "Task 1's mapper without the combiner.")
    private boolean noCombiner;

    @Mixin
    private DriverCommandLine.Reducers reducers;

    @Parameters(paramLabel = "PATH", arity = "0..*", showDefaultValue = Visibility.NEVER,
            description = "The inputs, then the output directory, which must not exist. One path is an input "
                    + "counted into a new folder under kata-output/.")
    private List<String> paths = new ArrayList<>();

    /**
     * The driver's arguments, or null after printing the help to {@code out}; a {@link UsageException} with
     * a one-line message for arguments it cannot use.
     */
    static DriverArguments parse(PrintStream out, String... args) throws UsageException {
        DriverArguments arguments = DriverCommandLine.parse(new DriverArguments(), USAGE, out, args);
        if (arguments == null) {
            return null;
        }
        if (arguments.inMapperCombining && arguments.noCombiner) {
            throw new UsageException("choose one of --in-mapper-combining and --no-combiner (" + USAGE + ")");
        }
        DriverCommandLine.atLeastOne("--top", arguments.top);
        arguments.reducers.check();
        return arguments;
    }

    /** The input paths; empty for the sample text. One path is an input whose counts go to a new folder. */
    List<String> inputs() {
        return paths.size() < 2 ? List.copyOf(paths) : List.copyOf(paths.subList(0, paths.size() - 1));
    }

    /** The output directory, or null for a new one under {@code kata-output/}. */
    String output() {
        return paths.size() < 2 ? null : paths.get(paths.size() - 1);
    }

    /** How many of the most frequent words to find, 0 for none. */
    int top() {
        return top == null ? 0 : top;
    }

    /** How many reduce tasks, 0 for the configuration's number. */
    int reducers() {
        return reducers.count();
    }

    Combining combining() {
        return noCombiner ? Combining.NONE : inMapperCombining ? Combining.IN_MAPPER : Combining.COMBINER;
    }
}
