package dev.mlkatas.ranking.commands;

import dev.mlkatas.output.UnusableOutputException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * How the ranking commands fail: one line on standard error. Bad arguments or input exit with 2, a kata task
 * that is not written yet with 1, results that cannot be written with 1.
 */
public final class Errors {

    /** Exit status of bad arguments and bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status of a kata piece not written yet, or results that cannot be written. */
    public static final int FAILED = 1;

    private Errors() {
    }

    /** Makes {@code line} report errors in one line instead of picocli's usage text. */
    public static void install(CommandLine line) {
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(e.getMessage() + " (see --help)");
            return BAD_INPUT;
        });
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof UnusableOutputException) {
                commandLine.getErr().println(e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof UnsupportedOperationException) {
                commandLine.getErr().println("not written yet: " + e.getMessage());
                return FAILED;
            }
            if (e instanceof UncheckedIOException) {
                commandLine.getErr().println("cannot write the results: " + e.getMessage());
                return FAILED;
            }
            throw e;
        });
    }
}
