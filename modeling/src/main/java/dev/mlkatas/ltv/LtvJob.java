package dev.mlkatas.ltv;

import dev.mlkatas.commandline.Arguments;
import dev.mlkatas.commandline.JobCommand;
import dev.mlkatas.grocery.GenerateCommand;
import dev.mlkatas.grocery.WorldCustomers;
import dev.mlkatas.grocery.world.GroundTruth;
import dev.mlkatas.ltv.data.LtvData;
import dev.mlkatas.ltv.evaluation.SpendMetrics;
import dev.mlkatas.ltv.ml.SpendRegression;
import dev.mlkatas.ltv.probabilistic.BgNbdModel;
import dev.mlkatas.ltv.probabilistic.GammaGammaModel;
import dev.mlkatas.ltv.probabilistic.LifetimeValue;
import dev.mlkatas.ltv.report.LtvCharts;
import dev.mlkatas.ltv.report.LtvReport;
import dev.mlkatas.ltv.report.LtvRun;
import dev.mlkatas.ltv.report.LtvSummary;
import dev.mlkatas.orders.BadInputException;
import dev.mlkatas.orders.OrderLog;
import dev.mlkatas.orders.OrderLogs;
import dev.mlkatas.orders.OrdersCsv;
import dev.mlkatas.output.JsonFile;
import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.output.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import smile.math.MathEx;

/**
 * The lifetime-value job: BG/NBD and Gamma-Gamma fitted by maximum likelihood, a gradient-boosted
 * regression beside them, both judged on a holdout, and each customer's discounted value.
 * {@code ./kata run ltv} runs it with the reference pieces, {@code ./kata run --mine ltv} with yours
 * ({@link Rfm}, {@link BgNbdLikelihood}).
 *
 * <p>Example: {@code LtvJob --transactions orders.csv --calibration-end 2024-06-30 --time-unit weeks --out results},
 * or with no arguments on 20,000 generated customers. Bad input is one line on standard error, exit status 2.
 */
public final class LtvJob {

    static final String USAGE = "usage: ltv [--transactions F] [--calibration-end DATE] [--time-unit days|weeks]"
            + " [--clv-weeks N] [--discount RATE] [--trees N] [--seed S] [--out DIR]"
            + " | ltv generate [--customers N] [--seed S] [--out DIR]";
    private static final Set<String> OPTIONS = Set.of("--transactions", "--calibration-end", "--time-unit", "--clv-weeks",
            "--discount", "--trees", "--seed", "--out");

    private LtvJob() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(args, out, err, "ltv", OPTIONS, USAGE, LtvJob::ltv);
    }

    private static int ltv(Arguments arguments, PrintStream out) throws IOException {
        long seed = arguments.longValue("--seed", GenerateCommand.DEFAULT_SEED);
        int trees = arguments.integer("--trees", 100, 1, 5000);
        int clvWeeks = arguments.integer("--clv-weeks", 52, 1, 520);
        double discount = arguments.positive("--discount", 0.10);
        TimeUnit unit = TimeUnit.parse(arguments.text("--time-unit", "weeks"));
        if (unit == null) {
            throw new BadInputException("--time-unit '" + arguments.text("--time-unit", "") + "' is neither days nor weeks");
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        OrderLog log;
        GroundTruth truth = null;
        if (arguments.has("--transactions")) {
            Path file = arguments.path("--transactions");
            out.println("reading " + file);
            log = OrdersCsv.read(file);
            inputs.put("transactions", file.toString());
        } else {
            out.println("no input given: generating " + GenerateCommand.DEFAULT_CUSTOMERS + " grocery customers, seed " + seed);
            WorldCustomers dataset = WorldCustomers.draw(GenerateCommand.DEFAULT_CUSTOMERS, seed);
            log = OrderLogs.of("generated orders", dataset.histories());
            truth = dataset.truth();
            inputs.put("generated", GenerateCommand.DEFAULT_CUSTOMERS + " customers, seed " + seed);
        }
        LocalDate calibrationEnd = arguments.date("--calibration-end");
        if (calibrationEnd == null) {
            calibrationEnd = LtvData.defaultCalibrationEnd(log);
        }
        inputs.put("calibrationEnd", calibrationEnd.toString());
        inputs.put("timeUnit", unit.label());
        inputs.put("clvWeeks", clvWeeks);
        inputs.put("discount", discount);
        inputs.put("trees", trees);

        // Every check of the input comes before the output directory is made.
        LtvData data = LtvData.of(log, calibrationEnd, unit);
        OutputDirectory directory = OutputDirectory.choose(arguments.path("--out"), "ltv");
        try (Progress progress = new Progress(out)) {
            out.printf(Locale.ROOT, "%d customers ordered by %s; holdout %s to %s (%.1f %s)%n", data.customers(),
                    calibrationEnd, calibrationEnd.plusDays(1), data.holdoutEnd(), data.holdoutLength(), unit.label());

            BgNbdModel bgNbd;
            try (Progress.Step step = progress.step("fitting BG/NBD")) {
                bgNbd = BgNbdModel.fit(data.summaries());
                out.printf(Locale.ROOT, "BG/NBD: r %.4g ± %.2g, alpha %.4g ± %.2g, a %.4g ± %.2g, b %.4g ± %.2g; "
                        + "log-likelihood %.2f (%.2f s)%n", bgNbd.parameters().r(), bgNbd.standardErrors()[0],
                        bgNbd.parameters().alpha(), bgNbd.standardErrors()[1], bgNbd.parameters().a(),
                        bgNbd.standardErrors()[2], bgNbd.parameters().b(), bgNbd.standardErrors()[3],
                        bgNbd.logLikelihood(), step.seconds());
            }
            GammaGammaModel gammaGamma;
            try (Progress.Step step = progress.step("fitting Gamma-Gamma")) {
                gammaGamma = GammaGammaModel.fit(data.summaries());
                out.printf(Locale.ROOT, "Gamma-Gamma: p %.4g ± %.2g, q %.4g ± %.2g, gamma %.4g ± %.2g; "
                        + "log-likelihood %.2f (%.2f s)%n", gammaGamma.p(), gammaGamma.standardErrors()[0], gammaGamma.q(),
                        gammaGamma.standardErrors()[1], gammaGamma.gamma(), gammaGamma.standardErrors()[2],
                        gammaGamma.logLikelihood(), step.seconds());
            }
            if (!(gammaGamma.q() > 1)) {
                throw new BadInputException("the Gamma-Gamma fit gives q = " + gammaGamma.q() + ", at most 1: the expected "
                        + "transaction value is then infinite, and the spend model does not suit this data");
            }
            List<RfmSummary> customers = data.summaries();
            double[] transactions = new double[customers.size()];
            double[] spend = new double[customers.size()];
            for (int c = 0; c < customers.size(); c++) {
                transactions[c] = bgNbd.expectedTransactions(customers.get(c), data.holdoutLength());
                spend[c] = transactions[c] * gammaGamma.expectedValue(customers.get(c));
            }
            SpendRegression regression;
            try (Progress.Step step = progress.step("fitting the gradient-boosted regression")) {
                regression = SpendRegression.predict(data, seed, trees);
            }
            LifetimeValue lifetimeValue = new LifetimeValue(bgNbd, gammaGamma, unit, clvWeeks, discount);
            double[] values = customers.stream().mapToDouble(lifetimeValue::of).toArray();
            LtvRun run = new LtvRun(inputs, seed, data, bgNbd, gammaGamma, truth, frequencyValueCorrelation(customers),
                    spend, regression.predictions(), regression.trainingRows(), transactions,
                    SpendMetrics.of(data.holdoutSpend(), spend), SpendMetrics.of(data.holdoutSpend(), regression.predictions()),
                    lifetimeValue, values);

            JsonFile.write(LtvSummary.of(run), directory.file("summary.json"));
            Files.writeString(directory.file("report.md"), LtvReport.markdown(run), StandardCharsets.UTF_8);
            LtvCharts.write(run, directory);
            Path written = directory.publish();
            out.printf(Locale.ROOT, "holdout Spearman: BG/NBD x Gamma-Gamma %.3f, gradient-boosted regression %.3f%n",
                    run.probabilistic().spearman(), run.regression().spearman());
            out.println("wrote " + written + " (report.md, summary.json, holdout-deciles and transactions-by-frequency "
                    + ".png and .svg)");
            return 0;
        } finally {
            directory.discard();
        }
    }

    /** Pearson correlation of frequency and mean repeat value among repeat customers; Gamma-Gamma assumes 0. */
    private static double frequencyValueCorrelation(List<RfmSummary> customers) {
        List<RfmSummary> repeat = customers.stream().filter(c -> c.frequency() > 0).toList();
        if (repeat.size() < 3) {
            return Double.NaN;
        }
        return MathEx.cor(repeat.stream().mapToDouble(RfmSummary::frequency).toArray(),
                repeat.stream().mapToDouble(RfmSummary::monetaryValue).toArray());
    }
}
