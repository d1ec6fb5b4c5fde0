package dev.mlkatas.ltv;

import dev.mlkatas.commandline.GenerateData;
import dev.mlkatas.grocery.GenerateCommand;
import dev.mlkatas.grocery.WorldCustomers;
import dev.mlkatas.grocery.world.GroundTruth;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import dev.mlkatas.ltv.data.CustomerSummaries;
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
import dev.mlkatas.ltv.report.RegressionComparison;
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
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
@Command(name = "ltv", subcommands = GenerateData.class,
        description = {"Customer lifetime value: BG/NBD and Gamma-Gamma fitted by maximum likelihood, a "
                + "gradient-boosted regression beside them (when enough customers ordered a holdout length before "
                + "--calibration-end), both judged on the holdout after --calibration-end, "
                + "and each customer's discounted value over --clv-weeks.",
            "Reads orders (--transactions) or a per-customer summary of them (--summary); without either, "
                + "generates 20,000 grocery customers. Writes report.md, "
                + "summary.json and charts to --out."},
        footer = {"  ./kata run ltv --transactions orders.csv --calibration-end 2024-06-30 --out results",
            "  ./kata run ltv generate --customers 20000 --seed 7 --out data"})
public final class LtvJob extends JobCommand {

    @Option(names = "--transactions", paramLabel = "FILE",
            description = "Orders as CSV with the columns customer_id, date (yyyy-mm-dd) and amount; other columns "
                    + "are ignored. Default: 20,000 generated grocery customers.")
    private Path transactions;

    @Option(names = "--summary", paramLabel = "PATH",
            description = "Instead of --transactions: the per-customer summary the mapreduce module's "
                    + "CustomerSummaryDriver wrote (a folder of part files, or one file), for logs that do not fit in "
                    + "memory. Its calibration end is the run's; the gradient-boosted comparison, which needs each "
                    + "customer's orders, is skipped.")
    private Path summary;

    @Option(names = "--calibration-end", paramLabel = "DATE",
            description = "The last day the models see (yyyy-mm-dd); the orders after it are the holdout. "
                    + "Default: 26 weeks (182 days) before the last order.")
    private LocalDate calibrationEnd;

    @Option(names = "--time-unit", paramLabel = "UNIT", defaultValue = "weeks",
            description = "days or weeks: the unit the models count time in.")
    private String timeUnit;

    @Option(names = "--clv-weeks", paramLabel = "N", defaultValue = "52",
            description = "The weeks each customer's lifetime value looks ahead (1 to 520).")
    private int clvWeeks;

    @Option(names = "--discount", paramLabel = "RATE", defaultValue = "0.10",
            description = "The yearly discount rate of future spend (above zero).")
    private double discount;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "100",
            description = "Trees of the gradient-boosted regression (1 to 5000).")
    private int trees;

    @Mixin
    private Seed seedOption;

    @Mixin
    private OutputFolder output;

    public static void main(String[] args) {
        JobCommand.main(new LtvJob(), args);
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new LtvJob(), args, out, err);
    }

    @Override
    protected long defaultSeed() {
        return GenerateCommand.DEFAULT_SEED;
    }

    @Override
    public Integer call() throws IOException {
        long seed = seedOption.value();
        PrintStream out = out();
        within("--trees", trees, 1, 5000);
        within("--clv-weeks", clvWeeks, 1, 520);
        positive("--discount", discount);
        TimeUnit unit = TimeUnit.parse(timeUnit);
        if (unit == null) {
            throw new BadInputException("--time-unit '" + timeUnit + "' is neither days nor weeks");
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        GroundTruth truth = null;
        LtvData data;
        if (summary != null) {
            if (transactions != null) {
                throw new BadInputException("--summary and --transactions are two inputs: give one of them");
            }
            out.println("reading " + summary);
            data = CustomerSummaries.read(summary, unit);
            if (calibrationEnd != null && !calibrationEnd.equals(data.calibrationEnd())) {
                throw new BadInputException("--calibration-end " + calibrationEnd + " is not the calibration end of "
                        + summary + " (" + data.calibrationEnd() + "): leave the option out, or summarise again");
            }
            inputs.put("summary", summary.toString());
            inputs.put("calibrationEnd", data.calibrationEnd().toString());
        } else {
            OrderLog log;
            if (transactions != null) {
                Path file = transactions;
                out.println("reading " + file);
                log = OrdersCsv.read(file);
                inputs.put("transactions", file.toString());
            } else {
                out.println("no input given: generating " + GenerateCommand.DEFAULT_CUSTOMERS
                        + " grocery customers, seed " + seed);
                WorldCustomers dataset = WorldCustomers.draw(GenerateCommand.DEFAULT_CUSTOMERS, seed);
                log = OrderLogs.of("generated orders", dataset.histories());
                truth = dataset.truth();
                inputs.put("generated", GenerateCommand.DEFAULT_CUSTOMERS + " customers, seed " + seed);
            }
            LocalDate end = this.calibrationEnd != null ? this.calibrationEnd : LtvData.defaultCalibrationEnd(log);
            inputs.put("calibrationEnd", end.toString());
            // Every check of the input comes before the output directory is made.
            data = LtvData.of(log, end, unit);
        }
        LocalDate calibrationEnd = data.calibrationEnd();
        inputs.put("timeUnit", unit.label());
        inputs.put("clvWeeks", clvWeeks);
        inputs.put("discount", discount);
        inputs.put("trees", trees);
        OutputDirectory directory = output.choose("ltv");
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
            RegressionComparison regression = compare(data, seed, progress);
            LifetimeValue lifetimeValue = new LifetimeValue(bgNbd, gammaGamma, unit, clvWeeks, discount);
            double[] values = customers.stream().mapToDouble(lifetimeValue::of).toArray();
            LtvRun run = new LtvRun(inputs, seed, data, bgNbd, gammaGamma, truth, frequencyValueCorrelation(customers),
                    spend, transactions, SpendMetrics.of(data.holdoutSpend(), spend), regression, lifetimeValue, values);

            JsonFile.write(LtvSummary.of(run), directory.file("summary.json"));
            Files.writeString(directory.file("report.md"), LtvReport.markdown(run), StandardCharsets.UTF_8);
            LtvCharts.write(run, directory);
            Path written = directory.publish();
            out.printf(Locale.ROOT, "holdout Spearman: BG/NBD x Gamma-Gamma %.3f%s%n", run.probabilistic().spearman(),
                    regression instanceof RegressionComparison.Ran ran
                            ? String.format(Locale.ROOT, ", gradient-boosted regression %.3f", ran.metrics().spearman())
                            : " (no gradient-boosted comparison)");
            out.println("wrote " + written + " (report.md, summary.json, holdout-deciles and transactions-by-frequency "
                    + ".png and .svg)");
            return 0;
        } finally {
            directory.discard();
        }
    }

    /**
     * The gradient-boosted regression on the same holdout, a side comparison: when the data cannot support it,
     * it is skipped with one line on standard error, and the probabilistic models' results are written anyway.
     */
    private RegressionComparison compare(LtvData data, long seed, Progress progress) {
        Optional<String> cannot = data.histories().isEmpty()
                ? Optional.of("the gradient-boosted comparison was skipped: it learns from each customer's orders, "
                        + "and a customer summary has none (give --transactions to run it)")
                : SpendRegression.cannotLearn(data);
        if (cannot.isPresent()) {
            skipped(cannot.get());
            return new RegressionComparison.Skipped(cannot.get());
        }
        try (Progress.Step step = progress.step("fitting the gradient-boosted regression")) {
            SpendRegression regression = SpendRegression.predict(data, seed, trees);
            return new RegressionComparison.Ran(regression.predictions(), regression.trainingRows(),
                    SpendMetrics.of(data.holdoutSpend(), regression.predictions()));
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
