package dev.mlkatas.experiments;

import dev.mlkatas.experiments.analysis.ExperimentAnalysis;
import dev.mlkatas.experiments.analysis.ExperimentAnalysis.Results;
import dev.mlkatas.experiments.commands.ExperimentOptions;
import dev.mlkatas.experiments.data.BadInputException;
import dev.mlkatas.experiments.data.Experiment;
import dev.mlkatas.experiments.data.ExperimentCsv;
import dev.mlkatas.experiments.report.ExperimentCharts;
import dev.mlkatas.experiments.report.ExperimentReport;
import dev.mlkatas.experiments.report.ExperimentSummary;
import dev.mlkatas.experiments.simulation.FreeDeliveryExperiment;
import dev.mlkatas.experiments.simulation.FreeDeliveryExperiment.Truth;
import dev.mlkatas.output.JsonFile;
import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.output.UnusableOutputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The experiments job: one A/B test analysed with the kata's pieces, into a report, {@code summary.json} and
 * the chart of the p-value over time. With no input it simulates a grocery experiment (a lower free-delivery
 * threshold, 200,000 users, seed 7); with {@code --input} it reads one row per user from CSV.
 *
 * <p>Example: {@code ExperimentsJob --input ab_data.csv --metric converted --out results}. Bad input is one
 * line on standard error and exit status 2, and nothing is written.
 */
public final class ExperimentsJob {

    private ExperimentsJob() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            ExperimentOptions options = ExperimentOptions.parse(args);
            if (options.help()) {
                out.println(ExperimentOptions.USAGE);
                return 0;
            }
            return experiment(options, out);
        } catch (BadInputException | UnusableOutputException e) {
            err.println(e.getMessage());
            return 2;
        } catch (UnsupportedOperationException e) {
            err.println("not written yet: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot write the results: " + e.getMessage());
            return 1;
        }
    }

    private static int experiment(ExperimentOptions options, PrintStream out) throws IOException {
        Map<String, Object> inputs = new LinkedHashMap<>(options.given());
        double alpha = options.alpha();
        double power = options.power();
        double effect = options.minimumEffect();
        int looks = options.looks();
        Experiment experiment;
        Path input = options.input();
        if (input != null) {
            out.println("reading " + input);
            experiment = ExperimentCsv.read(input, options.columns());
        } else {
            Truth truth = Truth.defaults(options.users(), options.seed());
            out.printf(Locale.ROOT, "no input given: simulating %,d users of a lower free-delivery threshold, seed %d"
                    + " (true change of spend per user %+.2f %%)%n", truth.users(), truth.seed(),
                    100 * truth.spendLift());
            experiment = FreeDeliveryExperiment.simulate(truth);
            inputs.put("simulated", Map.of("users", truth.users(), "seed", truth.seed(), "orderLift",
                    truth.orderLift(), "basketChange", truth.basketChange()));
        }
        OutputDirectory directory = OutputDirectory.choose(options.out(), "experiments");
        try {
            out.printf(Locale.ROOT, "%,d users; testing %s, %d looks%n", experiment.users(), experiment.metricName(),
                    looks);
            Results results = ExperimentAnalysis.analyse(experiment,
                    new ExperimentAnalysis.Settings(alpha, power, effect, looks));
            JsonFile.write(ExperimentSummary.of(results, inputs), directory.file("summary.json"));
            Files.writeString(directory.file("report.md"), ExperimentReport.markdown(results), StandardCharsets.UTF_8);
            ExperimentCharts.write(results.looks(), alpha, directory);
            Path written = directory.publish();
            out.printf(Locale.ROOT, "difference in %s: %.4g (%.4g to %.4g), p = %.3g%s%n", experiment.metricName(),
                    results.welch().difference(), results.welch().low(), results.welch().high(),
                    results.welch().pValue(), results.cuped() == null ? "" : String.format(Locale.ROOT,
                            "; with CUPED %.4g (%.4g to %.4g)", results.cuped().difference(), results.cuped().low(),
                            results.cuped().high()));
            out.println("wrote " + written + " (report.md, summary.json, p-values.png and .svg)");
            return 0;
        } finally {
            directory.discard();
        }
    }
}
