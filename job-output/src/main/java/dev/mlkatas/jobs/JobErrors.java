package dev.mlkatas.jobs;

import dev.mlkatas.output.UnusableOutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * How every job fails: one line on standard error, never a stack trace or picocli's usage text. Bad arguments
 * and bad input exit with {@value #BAD_INPUT}; a kata piece not written yet, or results that cannot be
 * written, with {@value #FAILED}. Messages name the option or input and the problem:
 * {@code --trees 'abc' is not a whole number}, {@code unknown option '--colour' (usage: churn [OPTIONS]; ...)}.
 *
 * <p>Example: {@code CommandLine line = new CommandLine(job); JobErrors.install(line); line.execute(args);}
 */
public final class JobErrors {

    /** Exit status of bad arguments and bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status of a kata piece not written yet, or of results that cannot be written. */
    public static final int FAILED = 1;

    private JobErrors() {
    }

    /** Makes {@code line} and its subcommands report errors in one line with the exit statuses above. */
    public static void install(CommandLine line) {
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(describe(e));
            e.getCommandLine().getErr().flush();
            return BAD_INPUT;
        });
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(message(e));
            commandLine.getErr().flush();
            return status(e);
        });
    }

    /** The exit status for what a job threw. */
    static int status(Exception e) {
        return badInput(e) ? BAD_INPUT : FAILED;
    }

    /** Input the job cannot use; the ranking and design jobs say so with an IllegalArgumentException. */
    private static boolean badInput(Exception e) {
        return e instanceof BadInputException || e instanceof IllegalArgumentException
                || e instanceof UnusableOutputException;
    }

    /** The one line a person reads for what a job threw. */
    static String message(Exception e) {
        if (e instanceof UnsupportedOperationException) {
            return "not written yet: " + e.getMessage();
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return "cannot write the results: " + e.getMessage();
        }
        if (badInput(e)) {
            return e.getMessage();
        }
        return "failed: " + e;
    }

    /**
     * A parse error in the words of the jobs, in one line: the option, the value and the problem, e.g.
     * {@code --trees 'abc' is not a whole number}.
     */
    public static String describe(ParameterException e) {
        String usage = usage(e.getCommandLine());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            return (first.startsWith("-") ? "unknown option '" : "unexpected argument '") + first + "' (" + usage + ")";
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " is given twice (" + usage + ")";
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            // The jobs require no option, so a missing option is one given without its value.
            return name(arg) + (arg.isOption() ? " needs a value (" : " is needed (") + usage + ")";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && e.getMessage().startsWith("Invalid value")) {
            return name(arg) + " '" + e.getValue() + "' is not " + kind(arg);
        }
        return e.getMessage().replaceAll("\\s+", " ").strip() + " (" + usage + ")";
    }

    private static String usage(CommandLine line) {
        String name = line.getCommandSpec().qualifiedName();
        return "usage: " + name + " [OPTIONS]; " + name + " --help explains each";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** What a value of the argument's type is, in words. */
    private static String kind(ArgSpec arg) {
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == long.class || type == Long.class) {
            return "a 64-bit integer";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date (yyyy-mm-dd)";
        }
        if (type == Path.class) {
            return "a path";
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ", "one of ", ""));
        }
        return "a value " + arg.paramLabel() + " can take";
    }
}
