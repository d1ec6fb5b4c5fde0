package dev.mlkatas.churn;

import dev.mlkatas.churn.data.ChurnData;
import dev.mlkatas.churn.evaluation.ModelComparison;
import dev.mlkatas.churn.evaluation.ModelComparison.Comparison;
import dev.mlkatas.churn.evaluation.RetentionThreshold;
import dev.mlkatas.churn.report.ChurnCharts;
import dev.mlkatas.churn.report.ChurnReport;
import dev.mlkatas.churn.report.ChurnRun;
import dev.mlkatas.churn.report.ChurnSummary;
import dev.mlkatas.commandline.Arguments;
import dev.mlkatas.commandline.JobCommand;
import dev.mlkatas.customers.CustomerTable;
import dev.mlkatas.customers.CustomerTableCsv;
import dev.mlkatas.grocery.GenerateCommand;
import dev.mlkatas.grocery.WorldCustomers;
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
import java.util.Set;

/**
 * The churn job: who is about to leave, three Smile models compared by stratified cross-validation, a
 * holdout, charts and a report in plain language. {@code ./kata run churn} runs it with the reference
 * pieces, {@code ./kata run --mine churn} with yours ({@link Auc}, {@link StratifiedKFold}).
 *
 * <p>Example: {@code ChurnJob --transactions orders.csv --covariates customers.csv --out results}, or with no
 * arguments on 20,000 generated customers; {@code ChurnJob generate --customers 20000 --seed 7 --out DIR}
 * writes generated data as CSV. Bad input is one line on standard error and exit status 2.
 */
public final class ChurnJob {

    static final String USAGE = "usage: churn [--transactions F [--covariates F] | --customers F --label COL"
            + " [--positive VALUE] [--id COL]] [--calibration-end DATE] [--horizon DAYS] [--active-days DAYS]"
            + " [--folds K] [--trees N] [--seed S] [--offer-cost X] [--save-value X] [--out DIR]"
            + " | churn generate [--customers N] [--seed S] [--out DIR]";
    private static final Set<String> OPTIONS = Set.of("--transactions", "--covariates", "--customers", "--label",
            "--positive", "--id", "--calibration-end", "--horizon", "--active-days", "--folds", "--trees", "--seed",
            "--offer-cost", "--save-value", "--out");

    private ChurnJob() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(args, out, err, "churn", OPTIONS, USAGE, ChurnJob::churn);
    }

    private static int churn(Arguments arguments, PrintStream out) throws IOException {
        long seed = arguments.longValue("--seed", GenerateCommand.DEFAULT_SEED);
        int folds = arguments.integer("--folds", 5, 2, 20);
        int trees = arguments.integer("--trees", 100, 1, 5000);
        int horizon = arguments.integer("--horizon", 90, 1, 3650);
        int active = arguments.integer("--active-days", 90, 1, 36500);
        double offerCost = arguments.positive("--offer-cost", 5);
        double saveValue = arguments.positive("--save-value", 40);
        LocalDate calibrationEnd = arguments.date("--calibration-end");

        Map<String, Object> inputs = new LinkedHashMap<>();
        ChurnData data;
        CustomerTable features = null;
        if (arguments.has("--customers")) {
            arguments.require("--label", "with --customers");
            for (String option : List.of("--transactions", "--covariates", "--calibration-end", "--horizon", "--active-days")) {
                arguments.forbid(option, "with --customers (a table of customers is not split by date)");
            }
            Path file = arguments.path("--customers");
            List<String> notes = new ArrayList<>();
            CustomerTable table = CustomerTableCsv.read(file, arguments.text("--label", null),
                    arguments.text("--positive", null), arguments.text("--id", null), notes);
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
                arguments.forbid(option, "without --customers");
            }
            OrderLog log;
            CustomerTable covariates = null;
            if (arguments.has("--transactions")) {
                Path file = arguments.path("--transactions");
                out.println("reading " + file);
                log = OrdersCsv.read(file);
                inputs.put("transactions", file.toString());
                if (arguments.has("--covariates")) {
                    Path covariateFile = arguments.path("--covariates");
                    covariates = CustomerTableCsv.read(covariateFile, null, null, "customer_id", new ArrayList<>());
                    inputs.put("covariates", covariateFile.toString());
                }
            } else {
                arguments.forbid("--covariates", "without --transactions");
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

        OutputDirectory directory = OutputDirectory.choose(arguments.path("--out"), "churn");
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
