package dev.mlkatas.crf.experiment;

import dev.mlkatas.crf.features.TokenFeatures.Context;
import dev.mlkatas.jobs.OptionValues;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of {@link CrfExperiment}, parsed; {@link #parse} returns null for {@code --help} and
 * throws an {@link IllegalArgumentException} with a one-line message for anything it cannot use.
 *
 * <p>Example: {@code ExperimentOptions.parse(new String[] {"--seed", "7"}).seed()} is 7.
 */
record ExperimentOptions(long seed, int trainSize, int testSize, Path trainFile, Path testFile, int iterations,
        int smileTrees, Context context, Path out) {

    private static final Set<String> KNOWN = Set.of("--seed", "--train-size", "--test-size", "--train", "--test",
            "--iterations", "--smile-trees", "--out", "--context");

    static ExperimentOptions parse(String[] args) {
        long seed = 42;
        int trainSize = 2000;
        int testSize = 1000;
        Path trainFile = null;
        Path testFile = null;
        int iterations = 100;
        int smileTrees = 5;
        Context context = Context.NEIGHBOURS;
        Path out = null;
        boolean sized = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (!option.startsWith("--")) {
                throw new IllegalArgumentException(
                        "unexpected argument '" + option + "' (" + CrfExperiment.USAGE + ")");
            }
            if (!KNOWN.contains(option)) {
                throw new IllegalArgumentException(
                        "unknown option '" + option + "' (" + CrfExperiment.USAGE + ")");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value (" + CrfExperiment.USAGE + ")");
            }
            String value = args[++i];
            switch (option) {
                case "--seed" -> {
                    seed = OptionValues.longValue(option, value);
                    sized = true;
                }
                case "--train-size" -> {
                    trainSize = OptionValues.intValue(option, value, 1, 1_000_000);
                    sized = true;
                }
                case "--test-size" -> {
                    testSize = OptionValues.intValue(option, value, 1, 1_000_000);
                    sized = true;
                }
                case "--train" -> trainFile = Path.of(value);
                case "--test" -> testFile = Path.of(value);
                case "--iterations" -> iterations = OptionValues.intValue(option, value, 1, 10_000);
                case "--smile-trees" -> smileTrees = OptionValues.intValue(option, value, 0, 1000);
                case "--out" -> out = Path.of(value);
                case "--context" -> context = parseContext(value);
                default -> throw new IllegalArgumentException(
                        "unknown option '" + option + "' (" + CrfExperiment.USAGE + ")");
            }
        }
        if ((trainFile == null) != (testFile == null)) {
            throw new IllegalArgumentException(
                    "give both --train and --test, or neither (" + CrfExperiment.USAGE + ")");
        }
        if (trainFile != null && sized) {
            throw new IllegalArgumentException(
                    "--seed, --train-size and --test-size generate data: not with --train and --test");
        }
        return new ExperimentOptions(
                seed, trainSize, testSize, trainFile, testFile, iterations, smileTrees, context, out);
    }

    private static Context parseContext(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "token" -> Context.TOKEN;
            case "neighbours" -> Context.NEIGHBOURS;
            default -> throw new IllegalArgumentException("--context '" + value + "' is not 'token' or 'neighbours'");
        };
    }
}
