package dev.mlkatas.jobs;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every job's command line shares: picocli parses it, {@code --help} explains every option with its
 * default and an example, and whatever goes wrong is one line and an exit status ({@link JobErrors}): 2 for a
 * bad option or input, with nothing written, 1 for a kata piece not written yet. A job extends this class,
 * declares its options with picocli's annotations, adds {@link OutputFolder} and {@link Seed} where it writes
 * results or draws random numbers, and does its work in {@link #call()}, printing to {@link #out()}.
 *
 * <p>Example: {@code public static int run(String[] args, PrintStream out, PrintStream err) {
 * return JobCommand.run(new ChurnJob(), args, out, err); }}
 */
@Command(showDefaultValues = true, sortOptions = false, footerHeading = "%nExample:%n", usageHelpWidth = 110)
public abstract class JobCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true,
            description = "Prints this help: what the job does, every option with its default, and an example.")
    private boolean help;

    @Spec
    private CommandSpec spec;

    private PrintStream out = System.out;

    /**
     * Parses {@code args} into {@code job} and runs it; returns the exit status: 0 done (or help printed),
     * 1 a kata piece not written yet or results that cannot be written, 2 a bad option or bad input.
     */
    public static int run(JobCommand job, String[] args, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(job);
        for (CommandLine command : commands(line)) {
            if (command.getCommand() instanceof JobCommand each) {
                each.out = out;
            }
        }
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        line.setOut(outWriter);
        line.setErr(errWriter);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setDefaultValueProvider(arg -> isSeed(arg) && arg.command().userObject() instanceof JobCommand command
                ? Long.toString(command.defaultSeed()) : null);
        JobErrors.install(line);
        try {
            return line.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * Runs {@code job} as a process's {@code main}: a status other than 0 becomes the process's exit status.
     *
     * <p>Example: {@code public static void main(String[] args) { JobCommand.main(new ChurnJob(), args); }}
     */
    public static void main(JobCommand job, String[] args) {
        int status = run(job, args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The seed {@code --seed} takes when it is not given; a job with a {@link Seed} says which. */
    protected long defaultSeed() {
        return Seed.DEFAULT;
    }

    /** Where the job prints what it does. */
    protected PrintStream out() {
        return out;
    }

    /**
     * Says on standard error, in one line after the job's name, why a side analysis was left out; the job then
     * writes its main results all the same. Example: {@code skipped("the gradient-boosted comparison was skipped:
     * ...")} prints {@code ltv: the gradient-boosted comparison was skipped: ...}.
     */
    protected void skipped(String why) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.name() + ": " + why);
        err.flush();
    }

    /** This command as picocli sees it: its options, what was given. */
    protected CommandSpec spec() {
        return spec;
    }

    /** Whether {@code option} was given on the command line (not merely defaulted). */
    protected boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** {@code value} of {@code option}, checked to lie from {@code min} to {@code max}. */
    protected int within(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadInputException(option + " '" + value + "' is not a whole number from " + min + " to " + max);
        }
        return value;
    }

    /** {@code value} of {@code option}, checked to be a finite number above zero. */
    protected double positive(String option, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new BadInputException(option + " '" + typed(option, value) + "' is not a number above zero");
        }
        return value;
    }

    /** Fails unless {@code option} is given. */
    protected void require(String option, String why) {
        if (!given(option)) {
            throw new BadInputException(option + " is needed " + why + " (" + usage() + ")");
        }
    }

    /** Fails if {@code option} is given. */
    protected void forbid(String option, String why) {
        if (given(option)) {
            throw new BadInputException(option + " cannot be used " + why + " (" + usage() + ")");
        }
    }

    /** The short usage line the one-line errors end with. */
    protected String usage() {
        return "usage: " + spec.qualifiedName() + " [OPTIONS]; " + spec.qualifiedName() + " --help explains each";
    }

    /** What the user typed for {@code option}, or the value when the option was defaulted. */
    private String typed(String option, Object value) {
        OptionSpec spec = this.spec.findOption(option);
        if (spec != null && given(option)) {
            return spec.stringValues().isEmpty() ? String.valueOf(value) : spec.stringValues().get(0);
        }
        return String.valueOf(value);
    }

    private static boolean isSeed(ArgSpec arg) {
        return arg instanceof OptionSpec option && option.longestName().equals(Seed.NAME) && arg.defaultValue() == null;
    }

    private static List<CommandLine> commands(CommandLine line) {
        List<CommandLine> all = new ArrayList<>(List.of(line));
        line.getSubcommands().values().forEach(sub -> all.addAll(commands(sub)));
        return all;
    }
}
