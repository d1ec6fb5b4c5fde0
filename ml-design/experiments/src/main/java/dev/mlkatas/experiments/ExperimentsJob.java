package dev.mlkatas.experiments;

import dev.mlkatas.experiments.analysis.ExperimentAnalysis;
import dev.mlkatas.experiments.analysis.ExperimentAnalysis.Results;
import dev.mlkatas.experiments.data.Experiment;
import dev.mlkatas.experiments.data.ExperimentCsv;
import dev.mlkatas.experiments.data.ExperimentCsv.Columns;
import dev.mlkatas.experiments.report.ExperimentCharts;
import dev.mlkatas.experiments.report.ExperimentReport;
import dev.mlkatas.experiments.report.ExperimentSummary;
import dev.mlkatas.experiments.simulation.FreeDeliveryExperiment;
import dev.mlkatas.experiments.simulation.FreeDeliveryExperiment.Simulated;
import dev.mlkatas.experiments.simulation.FreeDeliveryExperiment.Truth;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import dev.mlkatas.output.JsonFile;
import dev.mlkatas.output.OutputDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The experiments job: one A/B test analysed with the kata's pieces, into a report, {@code summary.json} and
 * the chart of the p-value over time. With no input it simulates a grocery experiment on the shared grocery
 * world (a lower free-delivery threshold, 200,000 of its customers, seed 7) and reports how close the estimate
 * came to the planted effect; with {@code --input} it reads one row per user from CSV.
 *
 * <p>Example: {@code ExperimentsJob --input ab_data.csv --metric converted --out results}. Bad input is one
 * line on standard error and exit status 2, and nothing is written.
 */
@Command(name = "experiments",
        description = {"One A/B test analysed with the kata's pieces: the sample size, Welch's test, the test of two "
                + "proportions, the delta method for a ratio, CUPED and the mSPRT over the looks.",
            "Reads one row per user from CSV (--input, --metric); with none, simulates a lower free-delivery "
                + "threshold for customers of the grocery world. Writes report.md, summary.json and the p-value "
                + "chart to --out."},
        footer = {"  ./kata run experiments --input ab_data.csv --metric converted --out results",
            "  ./kata run experiments --users 500000 --seed 3"})
public final class ExperimentsJob extends JobCommand {

    private static final List<String> WITH_INPUT = List.of("--group", "--treatment", "--control", "--metric",
            "--covariate", "--denominator");

    @Option(names = "--input", paramLabel = "FILE",
            description = "One row per user as CSV, rows in the order users arrived (the layout of ab_data.csv).")
    private Path input;

    @Option(names = "--metric", paramLabel = "COLUMN", description = "The column to test; needed with --input.")
    private String metric;

    @Option(names = "--group", paramLabel = "COLUMN", defaultValue = "group",
            description = "The column that names each user's group.")
    private String group;

    @Option(names = "--treatment", paramLabel = "VALUE", defaultValue = "treatment",
            description = "The value of --group that marks the treatment.")
    private String treatment;

    @Option(names = "--control", paramLabel = "VALUE", defaultValue = "control",
            description = "The value of --group that marks the control.")
    private String control;

    @Option(names = "--covariate", paramLabel = "COLUMN",
            description = "A pre-experiment column for CUPED, e.g. the spend of the weeks before.")
    private String covariate;

    @Option(names = "--denominator", paramLabel = "COLUMN",
            description = "With it, --metric over --denominator is tested as a ratio by the delta method.")
    private String denominator;

    @Option(names = "--users", paramLabel = "N", defaultValue = "200000",
            description = "Customers in the simulated experiment (100 to 50,000,000); not with --input.")
    private int users;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "The two-sided significance level, strictly between 0 and 1.")
    private double alpha;

    @Option(names = "--power", paramLabel = "P", defaultValue = "0.8",
            description = "The power the sample size is for, strictly between 0 and 1.")
    private double power;

    @Option(names = "--mde", paramLabel = "X",
            description = "The minimum detectable effect in the metric's units, not zero. Default: 2 %% of the "
                    + "control's mean.")
    private Double mde;

    @Option(names = "--looks", paramLabel = "K", defaultValue = "50",
            description = "Equally spaced looks at the data for the peeking chart and the mSPRT (2 to 1000).")
    private int looks;

    @Mixin
    private Seed seed;

    @Mixin
    private OutputFolder output;

    public static void main(String[] args) {
        JobCommand.main(new ExperimentsJob(), args);
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new ExperimentsJob(), args, out, err);
    }

    @Override
    protected long defaultSeed() {
        return Truth.DEFAULT_SEED;
    }

    @Override
    public Integer call() throws IOException {
        ExperimentAnalysis.Settings settings = settings();
        PrintStream out = out();
        Map<String, Object> inputs = new LinkedHashMap<>();
        Experiment experiment;
        double trueDifference = Double.NaN;
        if (input != null) {
            forbid("--users", "with --input: it is for the simulation");
            forbid("--seed", "with --input: it is for the simulation");
            require("--metric", "with --input");
            out.println("reading " + input);
            experiment = ExperimentCsv.read(input, new Columns(group, treatment, control, metric, covariate,
                    denominator));
            inputs.put("input", input.toString());
            inputs.put("metric", metric);
        } else {
            WITH_INPUT.forEach(option -> forbid(option, "without --input"));
            Truth truth = Truth.defaults(within("--users", users, 100, 50_000_000), seed.value());
            out.printf(Locale.ROOT, "no input given: a lower free-delivery threshold for %,d customers of the grocery "
                    + "world, seed %d (true change of spend per user %+.2f %%)%n", truth.users(), truth.seed(),
                    100 * truth.spendLift());
            Simulated simulated = FreeDeliveryExperiment.simulate(truth);
            experiment = simulated.experiment();
            trueDifference = simulated.trueDifference();
            inputs.put("simulated", Map.of("users", truth.users(), "seed", truth.seed(), "orderLift",
                    truth.orderLift(), "basketChange", truth.basketChange(), "spendLift", truth.spendLift(),
                    "trueDifference", trueDifference));
        }
        inputs.put("alpha", settings.alpha());
        inputs.put("power", settings.power());
        inputs.put("looks", settings.looks());
        OutputDirectory directory = output.choose("experiments");
        try {
            out.printf(Locale.ROOT, "%,d users; testing %s, %d looks%n", experiment.users(), experiment.metricName(),
                    settings.looks());
            Results results = ExperimentAnalysis.analyse(experiment, settings);
            JsonFile.write(ExperimentSummary.of(results, inputs), directory.file("summary.json"));
            Files.writeString(directory.file("report.md"), ExperimentReport.markdown(results, trueDifference),
                    StandardCharsets.UTF_8);
            ExperimentCharts.write(results.looks(), settings.alpha(), directory);
            Path written = directory.publish();
            out.printf(Locale.ROOT, "difference in %s: %.4g (%.4g to %.4g), p = %.3g%s%n", experiment.metricName(),
                    results.welch().difference(), results.welch().low(), results.welch().high(),
                    results.welch().pValue(), results.cuped() == null ? "" : String.format(Locale.ROOT,
                            "; with CUPED %.4g (%.4g to %.4g)", results.cuped().difference(), results.cuped().low(),
                            results.cuped().high()));
            if (!Double.isNaN(trueDifference)) {
                out.printf(Locale.ROOT, "the true difference, planted: %.4g%n", trueDifference);
            }
            out.println("wrote " + written + " (report.md, summary.json, p-values.png and .svg)");
            return 0;
        } finally {
            directory.discard();
        }
    }

    /** The analysis settings, each checked before anything is read. */
    private ExperimentAnalysis.Settings settings() {
        double effect = Double.NaN;
        if (mde != null) {
            if (mde == 0 || !Double.isFinite(mde)) {
                throw new BadInputException("--mde '" + typed("--mde") + "' is not a number other than zero");
            }
            effect = mde;
        }
        return new ExperimentAnalysis.Settings(strictlyBetween("--alpha", alpha), strictlyBetween("--power", power),
                effect, within("--looks", looks, 2, 1000));
    }

    private double strictlyBetween(String option, double value) {
        if (!(value > 0 && value < 1)) {
            throw new BadInputException(option + " '" + typed(option) + "' is not a number strictly between 0 and 1");
        }
        return value;
    }

    /** What the user typed for an option that was given. */
    private String typed(String option) {
        List<String> typed = spec().findOption(option).stringValues();
        return typed.isEmpty() ? "" : typed.get(0);
    }
}
