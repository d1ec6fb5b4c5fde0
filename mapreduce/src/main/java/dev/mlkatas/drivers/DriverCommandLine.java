package dev.mlkatas.drivers;

import dev.mlkatas.jobs.JobErrors;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.util.Tool;
import org.apache.hadoop.util.ToolRunner;
import picocli.CommandLine;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line of the Hadoop drivers ({@code hadoop jar ... <Driver> [-D key=value ...] [OPTIONS] <paths>}):
 * Hadoop's {@code ToolRunner} takes out its generic options ({@code -D}, {@code -conf}, ...), then picocli parses
 * the driver's own, a {@code @Command} object with this class's {@link Help} as a mixin (and {@link Reducers},
 * {@link Paths} where they fit). {@code --help} prints picocli's help; arguments a driver cannot use are one line
 * in the words of every job ({@link JobErrors}), and exit status {@value JobErrors#BAD_INPUT}.
 *
 * <p>Example: {@code DriverOptions options = DriverCommandLine.parse(new DriverOptions(), DriverOptions.USAGE,
 * out, args)} is null after printing the help; for {@code --reducers 0}, {@code options.reducers.check()} then
 * throws a {@link UsageException}, whose message {@link #refuse} prints.
 */
public final class DriverCommandLine {

    /** Hadoop's generic options other than {@code -D}, each of which takes the next argument as its value. */
    private static final List<String> GENERIC_OPTIONS_WITH_VALUE = List.of("-conf", "-fs", "-jt", "-files", "-libjars",
            "-archives", "-tokenCacheFile");

    private DriverCommandLine() {
    }

    /** Arguments that cannot be used; the message says which and why, in one line. */
    public static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /** The option every driver has; a mixin of its {@code @Command}: {@code @Mixin DriverCommandLine.Help help;}. */
    public static final class Help {

        @Option(names = {"-h", "--help"}, usageHelp = true,
                description = "Prints this help: what the job does, every option with its default, and an example.")
        private boolean help;
    }

    /**
     * The option of every driver's job, how many reduce tasks it runs; a mixin of its {@code @Command}:
     * {@code @Mixin DriverCommandLine.Reducers reducers;}.
     */
    public static final class Reducers {

        @Option(names = "--reducers", paramLabel = "N",
                description = "N reduce tasks, so N part files. Default: the configuration's mapreduce.job.reduces, "
                        + "else 1.")
        private Integer reducers;

        /** Refuses a number of reduce tasks below 1. */
        public void check() throws UsageException {
            atLeastOne("--reducers", reducers);
        }

        /** How many reduce tasks, 0 for the configuration's number. */
        public int count() {
            return reducers == null ? 0 : reducers;
        }
    }

    /**
     * The paths of a driver that reads its inputs into a new output folder, {@code <input>... <output-dir>}; a
     * mixin of its {@code @Command}: {@code @Mixin DriverCommandLine.Paths paths;}.
     */
    public static final class Paths {

        @Parameters(paramLabel = "PATH", arity = "0..*", showDefaultValue = Visibility.NEVER,
                description = "The inputs (files or folders), then the output directory, which must not exist.")
        private List<String> paths = new ArrayList<>();

        /** Refuses fewer than two paths, naming the driver's {@code usage}. */
        public void check(String usage) throws UsageException {
            if (paths.size() < 2) {
                throw new UsageException("give at least one input and the output directory (" + usage + ")");
            }
        }

        /** The input files or folders. */
        public List<String> inputs() {
            return List.copyOf(paths.subList(0, paths.size() - 1));
        }

        /** The output folder, which does not exist yet. */
        public String output() {
            return paths.get(paths.size() - 1);
        }
    }

    /**
     * {@link ToolRunner#run(Configuration, Tool, String[])}, after refusing what Hadoop's parser of generic options
     * would drop silently (see {@link #checkGenericOptions}): then one line {@code <name>: <problem>} on
     * {@code err}, and exit status {@value JobErrors#BAD_INPUT}. Returns the exit status.
     */
    public static int run(Configuration conf, Tool driver, String name, String usage, PrintStream err, String... args)
            throws Exception {
        try {
            checkGenericOptions(usage, args);
        } catch (UsageException e) {
            return refuse(err, name, e.getMessage());
        }
        return ToolRunner.run(conf, driver, args);
    }

    /** Prints {@code <name>: <message>} on {@code err} and returns the exit status of bad arguments. */
    public static int refuse(PrintStream err, String name, String message) {
        err.println(name + ": " + message);
        return JobErrors.BAD_INPUT;
    }

    /**
     * Fills {@code command} from the driver's own arguments and returns it, or prints the help to {@code out} and
     * returns null; a {@link UsageException} with the one-line message of every job ({@link JobErrors#describe})
     * for arguments it cannot use. A {@code -D} or {@code -conf} among them is named as misplaced.
     */
    public static <T> T parse(T command, String usage, PrintStream out, String... args) throws UsageException {
        CommandLine line = new CommandLine(command);
        try {
            line.parseArgs(args);
        } catch (CommandLine.UnmatchedArgumentException e) {
            String unmatched = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0);
            // picocli reports -Dkey=value as -D: the argument as given names it better.
            String first = Arrays.stream(args).filter(arg -> arg.startsWith(unmatched)).findFirst().orElse(unmatched);
            boolean generic = first.startsWith("-D") || first.equals("-conf");
            throw new UsageException(generic
                    ? "unknown option '" + first + "' here: Hadoop's generic options go first (" + usage + ")"
                    : JobErrors.describe(e));
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(JobErrors.describe(e));
        }
        if (line.isUsageHelpRequested()) {
            line.usage(out);
            return null;
        }
        return command;
    }

    /** Refuses a value given for {@code option} that is below 1; null (not given) passes. */
    public static void atLeastOne(String option, Integer value) throws UsageException {
        if (value != null && value < 1) {
            throw new UsageException(option + " '" + value + "' is not a whole number from 1 to " + Integer.MAX_VALUE);
        }
    }

    /**
     * Refuses a {@code -D} among Hadoop's generic options whose value is not {@code key=value}, which Hadoop's
     * parser drops without a word (and with it, when the value is a path, an input). Like that parser, it reads
     * generic options up to the first argument that is not one.
     *
     * <p>Example: {@code checkGenericOptions(USAGE, "-D", "books", "out")} throws, naming {@code books}.
     */
    public static void checkGenericOptions(String usage, String... args) throws UsageException {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-D")) {
                String setting = arg.length() > 2 ? arg.substring(2) : valueOf(args, ++i, arg, usage);
                int equals = setting.indexOf('=');
                if (equals < 1 || setting.substring(0, equals).isBlank()) {
                    throw new UsageException("-D '" + setting + "' is not key=value (" + usage + ")");
                }
            } else if (GENERIC_OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else {
                return;
            }
        }
    }

    private static String valueOf(String[] args, int index, String option, String usage) throws UsageException {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value (" + usage + ")");
        }
        return args[index];
    }
}
