package dev.mlkatas.churn;

import dev.mlkatas.churn.data.ChurnData;
import dev.mlkatas.churn.evaluation.ModelComparison;
import dev.mlkatas.churn.evaluation.ModelComparison.Comparison;
import dev.mlkatas.churn.evaluation.RetentionThreshold;
import dev.mlkatas.churn.report.ChurnCharts;
import dev.mlkatas.churn.report.ChurnReport;
import dev.mlkatas.churn.report.ChurnRun;
import dev.mlkatas.churn.report.ChurnSummary;
import dev.mlkatas.commandline.GenerateData;
import dev.mlkatas.customers.CustomerTable;
import dev.mlkatas.customers.CustomerTableCsv;
import dev.mlkatas.grocery.GenerateCommand;
import dev.mlkatas.grocery.WorldCustomers;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import dev.mlkatas.ltv.TimeUnit;
import dev.mlkatas.ltv.data.CustomerSummaries;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The churn job: who is about to leave, three Smile models compared by stratified cross-validation, a
 * holdout, charts and a report in plain language. {@code ./kata run churn} runs it with the reference
 * pieces, {@code ./kata run --mine churn} with yours ({@link Auc}, {@link StratifiedKFold}).
 *
 * <p>Example: {@code ChurnJob --transactions orders.csv --covariates customers.csv --out results}, or with no
 * arguments on 20,000 generated customers, or {@code ChurnJob --summary summary} on what the mapreduce module's
 * customer-summary job wrote; {@code ChurnJob generate --customers 20000 --seed 7 --out DIR}
 * writes generated data as CSV. Bad input is one line on standard error and exit status 2.
 */
@Command(name = "churn", subcommands = GenerateData.class,
        description = {"Who is about to leave: three Smile models (logistic regression, random forest, gradient "
                + "boosting) compared by stratified cross-validation, judged on a holdout, and a retention threshold "
                + "chosen by the cost of an offer against the value of a saved customer.",
            "Reads orders (--transactions), a per-customer summary of them (--summary) or a table of customers with "
                + "a label (--customers); with none, generates 20,000 grocery customers. Writes report.md, "
                + "summary.json and charts to --out."},
        footer = {"  ./kata run churn --transactions orders.csv --covariates customers.csv --out results",
            "  ./kata run churn --customers telco.csv --label Churn --positive Yes --id customerID",
            "  ./kata run churn --summary summary --out results",
            "  ./kata run churn generate --customers 20000 --seed 7 --out data"})
public final class ChurnJob extends JobCommand {

    @Option(names = "--transactions", paramLabel = "FILE",
            description = "Orders as CSV with the columns customer_id, date (yyyy-mm-dd) and amount; other columns "
                    + "are ignored. Churn is no order in the --horizon days after --calibration-end.")
    private Path transactions;

    @Option(names = "--covariates", paramLabel = "FILE",
            description = "With --transactions: a CSV of customers (customer_id and any other columns) whose "
                    + "columns join the features.")
    private Path covariates;

    @Option(names = "--customers", paramLabel = "FILE",
            description = "Instead of orders: a CSV of customers, one row each, with a label column (--label).")
    private Path customers;

    @Option(names = "--summary", paramLabel = "PATH",
            description = "Instead of orders: the per-customer summary the mapreduce module's CustomerSummaryDriver "
                    + "wrote (a folder of part files, or one file). Churn is no order in its holdout; the features "
                    + "are the ones a summary holds.")
    private Path summary;

    @Option(names = "--label", paramLabel = "COL", description = "With --customers: the column that says who churned.")
    private String label;

    @Option(names = "--positive", paramLabel = "VALUE",
            description = "With --customers: the label's value that means churned, when the label is not 0/1 "
                    + "(e.g. Yes).")
    private String positive;

    @Option(names = "--id", paramLabel = "COL",
            description = "With --customers: a column that names customers and is not a feature.")
    private String id;

    @Option(names = "--calibration-end", paramLabel = "DATE",
            description = "With orders: the last day the features see (yyyy-mm-dd). "
                    + "Default: twice --horizon days before the last order.")
    private LocalDate calibrationEnd;

    @Option(names = "--horizon", paramLabel = "DAYS", defaultValue = "90",
            description = "With orders: the days after --calibration-end in which a customer who orders has stayed "
                    + "(1 to 3650).")
    private int horizon;

    @Option(names = "--active-days", paramLabel = "DAYS", defaultValue = "90",
            description = "With orders or --summary: only customers who ordered in the last DAYS before the "
                    + "calibration end count (1 to 36500).")
    private int activeDays;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Folds of the stratified cross-validation (2 to 20).")
    private int folds;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "100",
            description = "Trees of the random forest and of gradient boosting (1 to 5000).")
    private int trees;

    @Option(names = "--offer-cost", paramLabel = "X", defaultValue = "5",
            description = "What a retention offer costs, for the threshold (above zero).")
    private double offerCost;

    @Option(names = "--save-value", paramLabel = "X", defaultValue = "40",
            description = "What keeping a customer who would have left is worth, for the threshold (above zero).")
    private double saveValue;

    @Mixin
    private Seed seedOption;

    @Mixin
    private OutputFolder output;

    public static void main(String[] args) {
        JobCommand.main(new ChurnJob(), args);
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new ChurnJob(), args, out, err);
    }

    @Override
    protected long defaultSeed() {
        return GenerateCommand.DEFAULT_SEED;
    }

    @Override
    public Integer call() throws IOException {
        long seed = seedOption.value();
        PrintStream out = out();
        within("--folds", folds, 2, 20);
        within("--trees", trees, 1, 5000);
        within("--horizon", horizon, 1, 3650);
        within("--active-days", activeDays, 1, 36500);
        positive("--offer-cost", offerCost);
        positive("--save-value", saveValue);
        int active = activeDays;

        Map<String, Object> inputs = new LinkedHashMap<>();
        ChurnData data;
        CustomerTable features = null;
        if (summary != null) {
            for (String option : List.of("--transactions", "--customers")) {
                if (given(option)) {
                    throw new BadInputException("--summary and " + option + " are two inputs: give one of them");
                }
            }
            for (String option : List.of("--covariates", "--label", "--positive", "--id")) {
                forbid(option, "with --summary");
            }
            for (String option : List.of("--calibration-end", "--horizon")) {
                forbid(option, "with --summary (its calibration end and holdout were chosen when it was written)");
            }
            out.println("reading " + summary);
            CustomerSummaries.Identified read = CustomerSummaries.readIdentified(summary, TimeUnit.DAYS);
            inputs.put("summary", summary.toString());
            inputs.put("calibrationEnd", read.data().calibrationEnd().toString());
            inputs.put("activeDays", active);
            data = ChurnData.fromSummary(read, active, seed);
        } else if (customers != null) {
            require("--label", "with --customers");
            for (String option : List.of("--transactions", "--covariates", "--calibration-end", "--horizon", "--active-days")) {
                forbid(option, "with --customers (a table of customers is not split by date)");
            }
            Path file = customers;
            List<String> notes = new ArrayList<>();
            CustomerTable table = CustomerTableCsv.read(file, label, positive, id, notes);
            inputs.put("customers", file.toString());
            inputs.put("label", table.labelName());
            data = ChurnData.fromTable(table, file.getFileName().toString(), seed);
            if (!notes.isEmpty()) {
                List<String> description = new ArrayList<>(data.description());
                description.addAll(notes);
                data = new ChurnData(data.calibration(), data.holdout(), description);
            }
        } else {
            for (String option : List.of("--label", "--positive", "--id")) {
                forbid(option, "without --customers");
            }
            OrderLog log;
            CustomerTable covariates = null;
            if (transactions != null) {
                Path file = transactions;
                out.println("reading " + file);
                log = OrdersCsv.read(file);
                inputs.put("transactions", file.toString());
                if (this.covariates != null) {
                    Path covariateFile = this.covariates;
                    covariates = CustomerTableCsv.read(covariateFile, null, null, "customer_id", new ArrayList<>());
                    inputs.put("covariates", covariateFile.toString());
                }
            } else {
                forbid("--covariates", "without --transactions");
                out.println("no input given: generating " + GenerateCommand.DEFAULT_CUSTOMERS
                        + " grocery customers, seed " + seed);
                WorldCustomers dataset = WorldCustomers.draw(GenerateCommand.DEFAULT_CUSTOMERS, seed);
                log = OrderLogs.of("generated orders", dataset.histories());
                covariates = dataset.covariateTable();
                inputs.put("generated", GenerateCommand.DEFAULT_CUSTOMERS + " customers, seed " + seed);
            }
            LocalDate end = calibrationEnd != null ? calibrationEnd : ChurnData.defaultCalibrationEnd(log, horizon);
            inputs.put("calibrationEnd", end.toString());
            inputs.put("horizonDays", horizon);
            inputs.put("activeDays", active);
            data = ChurnData.fromOrders(log, covariates, new ChurnData.Periods(end, horizon, active));
            features = data.calibration();
        }
        inputs.put("folds", folds);
        inputs.put("trees", trees);
        inputs.put("offerCost", offerCost);
        inputs.put("saveValue", saveValue);

        OutputDirectory directory = output.choose("churn");
        try (Progress progress = new Progress(out)) {
            out.printf(Locale.ROOT, "%d calibration rows (%d with %s = 1), %d holdout rows; %d folds, seed %d%n",
                    data.calibration().rows(), data.calibration().positives(), data.calibration().labelName(),
                    data.holdout().rows(), folds, seed);
            Comparison comparison = ModelComparison.run(data, new ModelComparison.Settings(folds, seed, trees), progress);
            RetentionThreshold threshold = RetentionThreshold.choose(comparison.calibrationLabels(),
                    comparison.best().outOfFold(), offerCost, saveValue);
            ChurnRun run = new ChurnRun(inputs, data, comparison, threshold);

            JsonFile.write(ChurnSummary.of(run), directory.file("summary.json"));
            Files.writeString(directory.file("report.md"), ChurnReport.markdown(run), StandardCharsets.UTF_8);
            ChurnCharts.write(comparison, directory);
            if (features != null) {
                CustomerTableCsv.write(features, ChurnData.ID, directory.file("features.csv"));
            }
            Path written = directory.publish();
            out.printf(Locale.ROOT, "best model: %s, holdout AUC %.3f%n", run.best().learner().title(),
                    run.best().holdout().auc());
            out.println("wrote " + written + " (report.md, summary.json, roc/calibration/gains .png and .svg"
                    + (features != null ? ", features.csv" : "") + ")");
            return 0;
        } finally {
            directory.discard();
        }
    }
}
