package dev.mlkatas.recommendations;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line of the recommendations job, parsed in one place.
 *
 * <p>Example: {@code JobOptions.parse("--baskets", "b.txt", "--top", "5")} reads {@code b.txt} and keeps 5
 * related items per product.
 *
 * @param baskets a basket-per-line file, or null
 * @param instacart a folder of Instacart's files, or null
 * @param customers how many customers to simulate when no input is given
 * @param seed the simulation's seed
 * @param out the output folder, or null for a new one under {@code kata-output/}
 * @param settings the analysis' thresholds
 */
public record JobOptions(Path baskets, Path instacart, int customers, long seed, Path out, int reducers,
        Findings.Settings settings) {

    static final String USAGE = "usage: recommendations [--baskets FILE | --instacart DIR | --customers N --seed S]"
            + " [--top K] [--min-count N] [--min-switchers N] [--min-support X] [--min-confidence X]"
            + " [--max-length N] [--reducers N] [--out DIR]";

    private static final List<String> OPTIONS = List.of("--baskets", "--instacart", "--customers", "--seed", "--top",
            "--min-count", "--min-switchers", "--min-support", "--min-confidence", "--max-length", "--reducers",
            "--out");

    /** Arguments that cannot be used; the message says which and why, in one line. */
    public static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            this(USAGE, message);
        }

        UsageException(String usage, String message) {
            super(message + " (" + usage + ")");
        }
    }

    public static JobOptions parse(String... args) throws UsageException {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!OPTIONS.contains(args[i])) {
                throw new UsageException("unknown argument '" + args[i] + "'");
            }
            if (i + 1 >= args.length || OPTIONS.contains(args[i + 1])) {
                throw new UsageException(args[i] + " needs a value");
            }
            if (values.put(args[i], args[++i]) != null) {
                throw new UsageException(args[i - 1] + " is given twice");
            }
        }
        if (values.containsKey("--baskets") && values.containsKey("--instacart")) {
            throw new UsageException("choose one of --baskets and --instacart");
        }
        Findings.Settings settings = new Findings.Settings(whole(values, "--top", 10, 1),
                whole(values, "--min-count", 5, 1), whole(values, "--min-switchers", 3, 1),
                share(values, "--min-support", 0.01, false), share(values, "--min-confidence", 0.2, true),
                whole(values, "--max-length", 3, 2));
        return new JobOptions(path(values, "--baskets"), path(values, "--instacart"),
                whole(values, "--customers", 2000, 2), (long) whole(values, "--seed", 42, 0), path(values, "--out"),
                whole(values, "--reducers", 2, 1), settings);
    }

    private static Path path(java.util.Map<String, String> values, String option) {
        return values.containsKey(option) ? Path.of(values.get(option)) : null;
    }

    private static int whole(java.util.Map<String, String> values, String option, int otherwise, int least)
            throws UsageException {
        String text = values.get(option);
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new UsageException(option + " '" + text + "' is not a whole number from " + least + " to "
                + Integer.MAX_VALUE);
    }

    /** A share in (0, 1], or [0, 1] when zero is allowed. */
    private static double share(java.util.Map<String, String> values, String option, double otherwise,
            boolean zeroAllowed) throws UsageException {
        String text = values.get(option);
        if (text == null) {
            return otherwise;
        }
        try {
            double value = Double.parseDouble(text);
            if ((zeroAllowed ? value >= 0 : value > 0) && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new UsageException(option + " '" + text + "' is not a number in " + (zeroAllowed ? "[0, 1]" : "(0, 1]"));
    }
}
