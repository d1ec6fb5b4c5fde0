package dev.mlkatas.anomalies;

import dev.mlkatas.anomalies.data.Transactions;
import dev.mlkatas.anomalies.data.TransactionsCsv;
import dev.mlkatas.anomalies.evaluation.Detectors;
import dev.mlkatas.anomalies.evaluation.ModelResult;
import dev.mlkatas.anomalies.report.AnomalyCharts;
import dev.mlkatas.anomalies.report.AnomalyReport;
import dev.mlkatas.anomalies.report.AnomalyRun;
import dev.mlkatas.anomalies.report.AnomalySummary;
import dev.mlkatas.anomalies.simulation.FraudRings;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import dev.mlkatas.output.JsonFile;
import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.output.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The anomalies job: orders with planted fraud (or your labelled transactions), three detectors scored on the last
 * 30 % in time order (the kata's rolling median and MAD, Smile's isolation forest and gradient-boosted trees),
 * each with its AP ({@link AveragePrecision}), ROC AUC and cost-optimal threshold ({@link CostThreshold}).
 *
 * <p>Example: {@code AnomaliesJob --transactions creditcard.csv --out results}, or with no arguments on the
 * simulated orders. Bad input is one line on standard error, exit status 2, nothing written.
 */
@Command(name = "anomalies", subcommands = GenerateTransactions.class,
        description = {"Which orders should not be paid: the rolling median and MAD of the amounts, an isolation "
                + "forest and gradient-boosted trees, scored by average precision and ROC AUC on the last 30 %% of "
                + "the orders, with the threshold that costs least.",
            "Reads labelled transactions (--transactions: Time,V1..V28,Amount,Class); with none, simulates the "
                + "grocery world's orders with fraud rings. Writes report.md, summary.json and charts to --out."},
        footer = {"  ./kata run anomalies --transactions creditcard.csv --miss-cost 120 --block-cost 3 --out results",
            "  ./kata run anomalies generate --customers 500 --seed 7 --out data"})
public final class AnomaliesJob extends JobCommand {

    static final long DEFAULT_SEED = 7;
    static final double TEST_SHARE = 0.3;

    @Option(names = "--transactions", paramLabel = "FILE",
            description = "Labelled transactions as CSV with the columns Time (seconds), V1 to V28, Amount and "
                    + "Class (1 for fraud), the layout of the public credit-card fraud data; other columns are "
                    + "ignored.")
    private Path transactions;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "4000",
            description = "Customers of the simulated grocery world whose orders are used (100 to 100000); not "
                    + "with --transactions.")
    private int customers;

    @Option(names = "--window", paramLabel = "N", defaultValue = "500",
            description = "Orders before each one that the rolling detector compares it with (5 to 100000).")
    private int window;

    @Option(names = "--k", paramLabel = "K", defaultValue = "3.5",
            description = "The rolling detector flags an amount more than K scaled MADs from the median.")
    private double k;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "100",
            description = "Trees of the isolation forest and of the boosted model (1 to 2000).")
    private int trees;

    @Option(names = "--miss-cost", paramLabel = "COST", defaultValue = "150",
            description = "What a fraud that is paid costs (the goods, the chargeback fee).")
    private double missCost;

    @Option(names = "--block-cost", paramLabel = "COST", defaultValue = "5",
            description = "What a good order that is blocked costs (the margin, the support call).")
    private double blockCost;

    @Mixin
    private Seed seed;

    @Mixin
    private OutputFolder output;

    public static void main(String[] args) {
        JobCommand.main(new AnomaliesJob(), args);
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new AnomaliesJob(), args, out, err);
    }

    @Override
    protected long defaultSeed() {
        return DEFAULT_SEED;
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        PrintStream out = out();
        Detectors.Settings settings = new Detectors.Settings(TEST_SHARE, within("--window", window, 5, 100_000),
                positive("--k", k), within("--trees", trees, 1, 2000), positive("--miss-cost", missCost),
                positive("--block-cost", blockCost), seed.value());
        Map<String, Object> inputs = new LinkedHashMap<>();
        Transactions data;
        if (transactions != null) {
            forbid("--customers", "with --transactions");
            out.println("reading " + transactions);
            data = TransactionsCsv.read(transactions);
            inputs.put("transactions", transactions.toString());
        } else {
            int n = within("--customers", customers, 100, 100_000);
            out.println("no input given: simulating " + FraudRings.describe(n, seed.value()));
            data = FraudRings.generate(n, seed.value());
            inputs.put("simulated", data.source());
        }
        inputs.put("window", settings.window());
        inputs.put("k", settings.k());
        inputs.put("trees", settings.trees());
        check(data, settings);
        // Every check of the input comes before the output directory is made.
        OutputDirectory directory = OutputDirectory.choose(output.given(), "anomalies");
        try (Progress progress = new Progress(out)) {
            out.printf(Locale.ROOT, "%,d orders, %,d frauds; testing on the last %,d%n", data.size(), data.frauds(),
                    data.size() - data.testStart(TEST_SHARE));
            Optional<String> boostedLeftOut = Detectors.boostedCannotLearn(data, settings);
            boostedLeftOut.ifPresent(why -> skipped("the boosted trees were left out: " + why));
            List<ModelResult> results = Detectors.run(data, settings, progress);
            for (ModelResult r : results) {
                out.printf(Locale.ROOT, "%-16s AP %.3f, ROC AUC %.3f, cheapest cost %,.0f%n", r.key(),
                        r.averagePrecision(), r.rocAuc(), r.choice().cost());
            }
            AnomalyRun run = new AnomalyRun(inputs, seed.value(), data, settings, results,
                    boostedLeftOut.orElse(null), (System.nanoTime() - start) / 1e9);
            JsonFile.write(AnomalySummary.of(run), directory.file("summary.json"));
            Files.writeString(directory.file("report.md"), AnomalyReport.markdown(run), StandardCharsets.UTF_8);
            AnomalyCharts.write(run, directory);
            Path written = directory.publish();
            out.println("wrote " + written + " (report.md, summary.json, precision-recall and cost-by-threshold "
                    + ".png and .svg)");
            return 0;
        } finally {
            directory.discard();
        }
    }

    /**
     * The part every detector is judged on needs frauds and good orders: AP and ROC AUC need both. (The part the
     * boosted trees learn from needs both too, but the trees are a side comparison, left out when it has not.)
     */
    private static void check(Transactions data, Detectors.Settings settings) {
        int from = data.testStart(settings.testShare());
        int frauds = Arrays.stream(data.label(), from, data.size()).sum();
        if (frauds == 0 || frauds == data.size() - from) {
            throw new BadInputException(data.source() + ": the last 30 % of the " + data.size() + " rows in time "
                    + "order, which every detector is judged on, " + (frauds == 0 ? "hold no fraud"
                    : "hold nothing but fraud") + "; it needs frauds and good transactions");
        }
    }
}
