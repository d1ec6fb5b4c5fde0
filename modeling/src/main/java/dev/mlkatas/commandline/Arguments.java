package dev.mlkatas.commandline;

import dev.mlkatas.jobs.BadInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The grocery generator's command line: {@code --name value} options, each at most once, and {@code --help}.
 * Anything else is a {@link BadInputException} whose message ends with the usage line. The jobs themselves
 * parse with picocli on {@link dev.mlkatas.jobs.JobCommand}; the {@code generate} subcommand passes its checked
 * options on to the generator here.
 *
 * <p>Example: {@code Arguments a = Arguments.parse(args, Set.of("--seed", "--out"), USAGE); long seed = a.longValue("--seed", 7);}
 */
public final class Arguments {

    private final Map<String, String> values;
    private final String usage;
    private final boolean help;

    private Arguments(Map<String, String> values, String usage, boolean help) {
        this.values = values;
        this.usage = usage;
        this.help = help;
    }

    public static Arguments parse(String[] args, Set<String> options, String usage) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (options.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new BadInputException(arg + " needs a value (" + usage + ")");
                }
                if (values.put(arg, args[++i]) != null) {
                    throw new BadInputException(arg + " is given twice (" + usage + ")");
                }
            } else if (arg.startsWith("-")) {
                throw new BadInputException("unknown option '" + arg + "' (" + usage + ")");
            } else {
                throw new BadInputException("unexpected argument '" + arg + "' (" + usage + ")");
            }
        }
        return new Arguments(values, usage, help);
    }

    public boolean help() {
        return help;
    }

    public boolean has(String option) {
        return values.containsKey(option);
    }

    /** The options given, in the order given, for the record. */
    public Map<String, String> given() {
        return Map.copyOf(values);
    }

    public String text(String option, String otherwise) {
        return values.getOrDefault(option, otherwise);
    }

    public Path path(String option) {
        String value = values.get(option);
        return value == null ? null : Path.of(value);
    }

    public LocalDate date(String option) {
        String value = values.get(option);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " '" + value + "' is not an ISO-8601 date (yyyy-mm-dd)");
        }
    }

    public int integer(String option, int otherwise, int min, int max) {
        String value = values.get(option);
        if (value == null) {
            return otherwise;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new BadInputException(option + " '" + value + "' is not a whole number from " + min + " to " + max);
    }

    public long longValue(String option, long otherwise) {
        String value = values.get(option);
        if (value == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " '" + value + "' is not a 64-bit integer");
        }
    }

    /** A number above zero. */
    public double positive(String option, double otherwise) {
        String value = values.get(option);
        if (value == null) {
            return otherwise;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (parsed > 0 && Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new BadInputException(option + " '" + value + "' is not a number above zero");
    }

    /** Fails unless {@code option} is given. */
    public void require(String option, String why) {
        if (!has(option)) {
            throw new BadInputException(option + " is needed " + why + " (" + usage + ")");
        }
    }

    /** Fails if {@code option} is given. */
    public void forbid(String option, String why) {
        if (has(option)) {
            throw new BadInputException(option + " cannot be used " + why + " (" + usage + ")");
        }
    }
}
