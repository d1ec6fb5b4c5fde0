package dev.mlkatas.recommendations;

import java.util.ArrayList;
import java.util.List;

/**
 * The co-occurrence driver's own arguments, after Hadoop's generic options ({@code -D}, {@code -conf}, ...)
 * have been taken out by {@code ToolRunner}.
 *
 * <p>Example: {@code DriverOptions.parse("--reducers", "4", "/baskets", "/stripes")} has inputs
 * {@code [/baskets]}, output {@code /stripes}, 4 reducers and the combiner.
 *
 * @param inputs input files or folders of basket lines
 * @param output a folder that does not exist yet
 * @param combiner whether the stripe-sum reducer also runs as the combiner
 * @param reducers how many reduce tasks, 0 for the configuration's number
 */
record DriverOptions(List<String> inputs, String output, boolean combiner, int reducers) {

    static final String USAGE = "usage: co-occurrence [-D key=value ...] [--no-combiner] [--reducers N]"
            + " <input>... <output-dir>";

    /** Arguments that cannot be used; the message says which and why, in one line. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String usage, String message) {
            super(message + " (" + usage + ")");
        }
    }

    static DriverOptions parse(String... args) throws UsageException {
        List<String> paths = new ArrayList<>();
        boolean combiner = true;
        int reducers = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-combiner" -> combiner = false;
                case "--reducers" -> {
                    String text = i + 1 < args.length ? args[++i] : "";
                    reducers = text.matches("[0-9]{1,9}") ? Integer.parseInt(text) : 0;
                    if (reducers < 1) {
                        throw new UsageException(USAGE, "--reducers '" + text
                                + "' is not a whole number from 1 to 999999999");
                    }
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new UsageException(USAGE, "unknown option '" + args[i] + "'");
                    }
                    paths.add(args[i]);
                }
            }
        }
        if (paths.size() < 2) {
            throw new UsageException(USAGE, "give at least one input and the output directory");
        }
        return new DriverOptions(List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1),
                combiner, reducers);
    }
}
