package dev.mlkatas.experiments.commands;

import dev.mlkatas.experiments.data.BadInputException;
import dev.mlkatas.experiments.data.ExperimentCsv.Columns;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The experiments job's command line, all of it in this class: {@code --name value} options, each at most
 * once, and {@code --help}. Anything else is a {@link BadInputException} whose message ends with the usage.
 *
 * <p>Example: {@code ExperimentOptions o = ExperimentOptions.parse(new String[] {"--users", "5000"}); o.users()}
 */
public final class ExperimentOptions {

    /** One line: every option. */
    public static final String USAGE = "usage: experiments [--input F --metric COL [--group COL] [--treatment VALUE]"
            + " [--control VALUE] [--covariate COL] [--denominator COL] | --users N --seed S] [--alpha A]"
            + " [--power P] [--mde X] [--looks K] [--out DIR]";
    private static final Set<String> OPTIONS = Set.of("--input", "--group", "--treatment", "--control", "--metric",
            "--covariate", "--denominator", "--users", "--seed", "--alpha", "--power", "--mde", "--looks", "--out");
    private static final Set<String> WITH_INPUT = Set.of("--group", "--treatment", "--control", "--metric",
            "--covariate", "--denominator");

    private final Map<String, String> values;
    private final boolean help;

    private ExperimentOptions(Map<String, String> values, boolean help) {
        this.values = values;
        this.help = help;
    }

    public static ExperimentOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (OPTIONS.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new BadInputException(arg + " needs a value (" + USAGE + ")");
                }
                if (values.put(arg, args[++i]) != null) {
                    throw new BadInputException(arg + " is given twice (" + USAGE + ")");
                }
            } else {
                throw new BadInputException((arg.startsWith("-") ? "unknown option '" : "unexpected argument '")
                        + arg + "' (" + USAGE + ")");
            }
        }
        ExperimentOptions options = new ExperimentOptions(values, help);
        if (options.input() == null) {
            for (String option : WITH_INPUT) {
                if (values.containsKey(option)) {
                    throw new BadInputException(option + " needs --input (" + USAGE + ")");
                }
            }
        } else {
            for (String option : Set.of("--users", "--seed")) {
                if (values.containsKey(option)) {
                    throw new BadInputException(option + " is for the simulation, not with --input (" + USAGE + ")");
                }
            }
            if (!values.containsKey("--metric")) {
                throw new BadInputException("--metric is needed with --input (" + USAGE + ")");
            }
        }
        return options;
    }

    public boolean help() {
        return help;
    }

    /** The options given, for the record. */
    public Map<String, String> given() {
        return Map.copyOf(values);
    }

    public Path input() {
        return path("--input");
    }

    public Path out() {
        return path("--out");
    }

    /** The columns to read from {@link #input()}; the group column defaults to {@code group}. */
    public Columns columns() {
        return new Columns(values.getOrDefault("--group", "group"), values.getOrDefault("--treatment", "treatment"),
                values.getOrDefault("--control", "control"), values.get("--metric"), values.get("--covariate"),
                values.get("--denominator"));
    }

    public int users() {
        return (int) number("--users", 200_000, 100, 50_000_000, true);
    }

    public long seed() {
        String value = values.get("--seed");
        try {
            return value == null ? 7 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("--seed '" + value + "' is not a 64-bit integer");
        }
    }

    public double alpha() {
        return number("--alpha", 0.05, 0, 1, false);
    }

    public double power() {
        return number("--power", 0.8, 0, 1, false);
    }

    /** The minimum detectable effect, or NaN for the default (2 % of the control's mean). */
    public double minimumEffect() {
        String value = values.get("--mde");
        if (value == null) {
            return Double.NaN;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (parsed != 0 && Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new BadInputException("--mde '" + value + "' is not a number other than zero");
    }

    public int looks() {
        return (int) number("--looks", 50, 2, 1000, true);
    }

    private Path path(String option) {
        String value = values.get(option);
        return value == null ? null : Path.of(value);
    }

    /** A whole number in [min, max], or a number strictly between min and max. */
    private double number(String option, double otherwise, double min, double max, boolean whole) {
        String value = values.get(option);
        if (value == null) {
            return otherwise;
        }
        try {
            double parsed = whole ? Integer.parseInt(value) : Double.parseDouble(value);
            if (whole ? parsed >= min && parsed <= max : parsed > min && parsed < max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new BadInputException(option + " '" + value + "' is not " + (whole
                ? String.format(java.util.Locale.ROOT, "a whole number from %.0f to %.0f", min, max)
                : "a number strictly between " + (int) min + " and " + (int) max));
    }
}
