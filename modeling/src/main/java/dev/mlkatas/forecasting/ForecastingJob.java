package dev.mlkatas.forecasting;

import dev.mlkatas.commandline.Arguments;
import dev.mlkatas.commandline.JobCommand;
import dev.mlkatas.forecasting.data.SalesCsv;
import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.forecasting.evaluation.ModelBacktest;
import dev.mlkatas.forecasting.evaluation.ModelScores;
import dev.mlkatas.forecasting.evaluation.Outlook;
import dev.mlkatas.forecasting.evaluation.StockOuts;
import dev.mlkatas.forecasting.report.ForecastCharts;
import dev.mlkatas.forecasting.report.ForecastReport;
import dev.mlkatas.forecasting.report.ForecastRun;
import dev.mlkatas.forecasting.report.ForecastSummary;
import dev.mlkatas.forecasting.simulation.GroceryDemand;
import dev.mlkatas.output.JsonFile;
import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.output.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forecasting job: daily sales per store and item, a rolling-origin backtest of the seasonal naive forecast,
 * Holt-Winters, AR and gradient-boosted trees, scored by WAPE and MASE, and next week's forecast with an 80 %
 * interval. {@code ./kata run forecasting} runs it with the reference pieces, {@code ./kata run --mine forecasting}
 * with yours ({@link HoltWinters}, {@link Backtest}).
 *
 * <p>Example: {@code ForecastingJob --sales train.csv --origins 26 --out results}, or with no arguments on two
 * simulated years. Bad input is one line on standard error, exit status 2, nothing written.
 */
public final class ForecastingJob {

    private ForecastingJob() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("generate")) {
            return JobCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err, "forecasting",
                    ForecastingOptions.GENERATE_OPTIONS, ForecastingOptions.USAGE, ForecastingJob::generate);
        }
        return JobCommand.run(args, out, err, "forecasting", ForecastingOptions.RUN_OPTIONS, ForecastingOptions.USAGE,
                ForecastingJob::forecast);
    }

    private static int generate(Arguments arguments, PrintStream out) throws IOException {
        ForecastingOptions options = ForecastingOptions.of(arguments);
        SalesTable table = GroceryDemand.generate(GroceryDemand.defaultStart(), options.days(), options.seed());
        OutputDirectory directory = OutputDirectory.choose(options.out(), "forecasting-data");
        try {
            SalesCsv.write(table, directory.file("sales.csv"));
            out.println("wrote " + directory.publish().resolve("sales.csv") + " (" + options.simulated() + ")");
            return 0;
        } finally {
            directory.discard();
        }
    }

    private static int forecast(Arguments arguments, PrintStream out) throws IOException {
        long start = System.nanoTime();
        ForecastingOptions options = ForecastingOptions.of(arguments);
        Map<String, Object> inputs = new LinkedHashMap<>();
        SalesTable table;
        if (options.sales() != null) {
            out.println("reading " + options.sales());
            table = SalesCsv.read(options.sales());
            inputs.put("sales", options.sales().toString());
        } else {
            out.println("no input given: simulating " + options.simulated());
            table = GroceryDemand.generate(GroceryDemand.defaultStart(), options.days(), options.seed());
            inputs.put("simulated", options.simulated());
        }
        inputs.put("origins", options.origins());
        inputs.put("trees", options.trees());
        // Every check of the input comes before the output directory is made.
        ModelBacktest.firstOrigin(table, options.origins());
        OutputDirectory directory = OutputDirectory.choose(options.out(), "forecasting");
        try (Progress progress = new Progress(out)) {
            out.printf(Locale.ROOT, "%d series (%d stores × %d items), %d days from %s%n", table.series().size(),
                    table.stores().size(), table.items().size(), table.days(), table.start());
            StockOuts stockOuts = StockOuts.detect(table);
            out.printf(Locale.ROOT,
                    "%d days taken as stock-outs: not scored, learnt from as their 4-week weekday mean%n",
                    stockOuts.count());
            ModelBacktest backtest = ModelBacktest.run(table, stockOuts, options.origins(), options.trees(),
                    options.seed(), progress);
            List<ModelScores> scores = new ArrayList<>();
            for (ModelBacktest.Model model : ModelBacktest.Model.values()) {
                ModelScores s = ModelScores.of(table, stockOuts, backtest, model);
                scores.add(s);
                out.printf(Locale.ROOT, "%-24s WAPE %.3f, mean MASE %.3f%n", model.label(), s.wape(), s.meanMase());
            }
            Outlook outlook = Outlook.of(table, stockOuts, backtest);
            ForecastRun run = new ForecastRun(inputs, options.seed(), table, stockOuts, backtest, scores, outlook,
                    options.trees(), (System.nanoTime() - start) / 1e9);
            JsonFile.write(ForecastSummary.of(run), directory.file("summary.json"));
            Files.writeString(directory.file("report.md"), ForecastReport.markdown(run), StandardCharsets.UTF_8);
            ForecastCharts.write(run, directory);
            Path written = directory.publish();
            out.println("wrote " + written + " (report.md, summary.json, forecast-vs-actual and wape-by-lead-day .png "
                    + "and .svg)");
            return 0;
        } finally {
            directory.discard();
        }
    }
}
