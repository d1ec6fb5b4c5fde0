package dev.mlkatas.wordcount;

import dev.mlkatas.wordcount.WordCountJobs.Combining;
import java.util.ArrayList;
import java.util.List;

/**
 * The word-count driver's own arguments, after Hadoop's generic options ({@code -D}, {@code -conf}, ...)
 * have been taken out by {@code ToolRunner}.
 *
 * <p>Example: {@code DriverArguments.parse("--top", "10", "books", "out")} has inputs {@code [books]},
 * output {@code out} and top 10.
 *
 * @param inputs the input paths; empty for the sample text
 * @param output the output directory, or null for a new one under {@code kata-output/}
 * @param top how many of the most frequent words to find, 0 for none
 * @param reducers how many reduce tasks, 0 for the configuration's number
 */
record DriverArguments(List<String> inputs, String output, int top, Combining combining, int reducers, boolean help) {

    static final String USAGE = "usage: word-count [-D key=value ...] [--top K] [--in-mapper-combining | --no-combiner]"
            + " [--reducers N] [<input>... <output-dir>]";

    /** Hadoop's generic options other than {@code -D}, each of which takes the next argument as its value. */
    private static final List<String> GENERIC_OPTIONS_WITH_VALUE = List.of("-conf", "-fs", "-jt", "-files", "-libjars",
            "-archives", "-tokenCacheFile");

    /** Arguments that cannot be used; the message says which and why, in one line. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static DriverArguments parse(String... args) throws UsageException {
        List<String> paths = new ArrayList<>();
        int top = 0;
        int reducers = 0;
        Combining combining = Combining.COMBINER;
        boolean combiningChosen = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new DriverArguments(List.of(), null, 0, Combining.COMBINER, 0, true);
                }
                case "--top" -> top = positive(arg, valueOf(args, ++i, arg));
                case "--reducers" -> reducers = positive(arg, valueOf(args, ++i, arg));
                case "--in-mapper-combining", "--no-combiner" -> {
                    if (combiningChosen) {
                        throw new UsageException(
                                "choose one of --in-mapper-combining and --no-combiner (" + USAGE + ")");
                    }
                    combiningChosen = true;
                    combining = arg.equals("--no-combiner") ? Combining.NONE : Combining.IN_MAPPER;
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        boolean generic = arg.startsWith("-D") || arg.equals("-conf");
                        throw new UsageException("unknown option '" + arg + "'"
                                + (generic ? " here: Hadoop's generic options go first" : "") + " (" + USAGE + ")");
                    }
                    paths.add(arg);
                }
            }
        }
        // One path is an input whose counts go to a new folder; with more, the last one is the output.
        if (paths.size() < 2) {
            return new DriverArguments(List.copyOf(paths), null, top, combining, reducers, false);
        }
        return new DriverArguments(List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1),
                top, combining, reducers, false);
    }

    /**
     * Refuses a {@code -D} among Hadoop's generic options whose value is not {@code key=value}, which Hadoop's
     * parser drops without a word (and with it, when the value is a path, an input). Like that parser, it reads
     * generic options up to the first argument that is not one.
     *
     * <p>Example: {@code checkGenericOptions("-D", "books", "out")} throws, naming {@code books}.
     */
    static void checkGenericOptions(String... args) throws UsageException {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-D")) {
                String setting = arg.length() > 2 ? arg.substring(2) : valueOf(args, ++i, arg);
                int equals = setting.indexOf('=');
                if (equals < 1 || setting.substring(0, equals).isBlank()) {
                    throw new UsageException("-D '" + setting + "' is not key=value (" + USAGE + ")");
                }
            } else if (GENERIC_OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else {
                return;
            }
        }
    }

    private static String valueOf(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value (" + USAGE + ")");
        }
        return args[index];
    }

    private static int positive(String option, String text) throws UsageException {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new UsageException(option + " '" + text + "' is not a whole number from 1 to " + Integer.MAX_VALUE);
    }
}
