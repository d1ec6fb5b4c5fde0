package dev.mlkatas.forecasting;

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
import dev.mlkatas.forecasting.simulation.WorldSales;
import dev.mlkatas.grocery.world.WorldSettings;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The forecasting job: daily sales per store and item, a rolling-origin backtest of the seasonal naive forecast,
 * Holt-Winters, AR and gradient-boosted trees, scored by WAPE and MASE, and next week's forecast with an 80 %
 * interval. {@code ./kata run forecasting} runs it with the reference pieces, {@code ./kata run --mine forecasting}
 * with yours ({@link HoltWinters}, {@link Backtest}).
 *
 * <p>Example: {@code ForecastingJob --sales train.csv --origins 26 --out results}, or with no arguments on the
 * two years of the shared grocery world ({@link WorldSales}). Bad input is one line on standard error, exit
 * status 2, nothing written.
 */
@Command(name = "forecasting", subcommands = GenerateSales.class,
        description = {"Daily sales per store and item: a rolling-origin backtest of the seasonal naive forecast, "
                + "Holt-Winters, AR and gradient-boosted trees, scored by WAPE and MASE, and next week's forecast "
                + "with an 80 % interval.",
            "Reads a long CSV (--sales: date,store,item,sales); with none, the two years of the shared grocery "
                + "world: its 4 stores' daily sales of their 6 best-selling items. Writes report.md, summary.json "
                + "and charts to --out."},
        footer = {"  ./kata run forecasting --sales train.csv --origins 26 --out results",
            "  ./kata run forecasting generate --days 730 --seed 7 --out data"})
public final class ForecastingJob extends JobCommand {

    @Option(names = "--sales", paramLabel = "FILE",
            description = "Daily sales as CSV with the columns date (yyyy-mm-dd), store, item and sales, one row "
                    + "per store, item and day; other columns are ignored.")
    private Path sales;

    @Option(names = "--origins", paramLabel = "N", defaultValue = "26",
            description = "Weekly forecast origins of the backtest, the last ones of the series (1 to 520).")
    private int origins;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "100",
            description = "Trees of the gradient-boosted model (1 to 2000).")
    private int trees;

    @Mixin
    private Seed seed;

    @Mixin
    private OutputFolder output;

    public static void main(String[] args) {
        JobCommand.main(new ForecastingJob(), args);
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new ForecastingJob(), args, out, err);
    }

    @Override
    protected long defaultSeed() {
        return ForecastingOptions.DEFAULT_SEED;
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        PrintStream out = out();
        ForecastingOptions options = new ForecastingOptions(sales, within("--origins", origins, 1, 520),
                within("--trees", trees, 1, 2000), seed.value(), ForecastingOptions.DEFAULT_DAYS, output.given());
        Map<String, Object> inputs = new LinkedHashMap<>();
        SalesTable table;
        if (options.sales() != null) {
            out.println("reading " + options.sales());
            table = SalesCsv.read(options.sales());
            inputs.put("sales", options.sales().toString());
        } else {
            out.println("no input given: summing " + options.simulated());
            table = WorldSales.generate(WorldSettings.defaults(options.seed()), options.days());
            inputs.put("simulated", options.simulated());
        }
        inputs.put("origins", options.origins());
        inputs.put("trees", options.trees());
        // Every check of the input comes before the output directory is made.
        ModelBacktest.firstOrigin(table, options.origins());
        OutputDirectory directory = OutputDirectory.choose(options.out(), "forecasting");
        try (Progress progress = new Progress(out)) {
            out.printf(Locale.ROOT, "%d series (%d stores, %d items), %d days from %s%n", table.series().size(),
                    table.stores().size(), table.items().size(), table.days(), table.start());
            StockOuts stockOuts = StockOuts.detect(table);
            out.printf(Locale.ROOT,
                    "%d days taken as stock-outs: not scored, learnt from as their 4-week weekday mean%n",
                    stockOuts.count());
            ModelBacktest backtest = ModelBacktest.run(table, stockOuts, options.origins(), options.trees(),
                    options.seed(), progress);
            List<ModelScores> scores = new ArrayList<>();
            if (backtest.treesLeftOut() != null) {
                skipped("the gradient-boosted trees were left out: " + backtest.treesLeftOut());
            }
            for (ModelBacktest.Model model : backtest.models()) {
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
