package dev.mlkatas.forecasting.report;

import dev.mlkatas.forecasting.evaluation.ModelBacktest;
import dev.mlkatas.forecasting.evaluation.ModelScores;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a forecasting run as {@code summary.json}: the input, the backtest's origins, each model's
 * WAPE and MASE under its name ({@code seasonalNaive}, {@code holtWinters}, {@code autoregression},
 * {@code boostedTrees}; a model left out is {@code {"skipped": true, "reason": "..."}}), the stock-outs, and the
 * next week's forecast of the busiest series with its interval.
 *
 * <p>Example: {@code JsonFile.write(ForecastSummary.of(run), out.file("summary.json"))}
 */
public final class ForecastSummary {

    private ForecastSummary() {
    }

    public static Map<String, Object> of(ForecastRun run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kata", "forecasting");
        summary.put("seed", run.seed());
        summary.put("inputs", run.inputs());
        summary.put("source", run.table().source());
        summary.put("firstDay", run.table().start().toString());
        summary.put("lastDay", run.table().date(run.table().days() - 1).toString());
        summary.put("series", run.table().series().size());
        summary.put("stores", run.table().stores().size());
        summary.put("items", run.table().items().size());
        Map<String, Object> backtest = new LinkedHashMap<>();
        backtest.put("origins", run.backtest().splits().size());
        backtest.put("firstOrigin", run.table().date(run.backtest().splits().get(0).origin()).toString());
        backtest.put("horizonDays", run.backtest().splits().get(0).horizon());
        backtest.put("stepDays", 7);
        backtest.put("refitEvery", 4);
        summary.put("backtest", backtest);
        Map<String, Object> stockOuts = new LinkedHashMap<>();
        stockOuts.put("detectedDays", run.stockOuts().count());
        int[] found = run.simulatedStockOutsFound();
        if (found != null) {
            stockOuts.put("simulatedDays", found[1]);
            stockOuts.put("simulatedDaysDetected", found[0]);
        }
        summary.put("stockOuts", stockOuts);
        Map<String, Object> models = new LinkedHashMap<>();
        for (ModelScores scores : run.scores()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("wape", scores.wape());
            model.put("mase", scores.meanMase());
            model.put("medianMase", scores.medianMase());
            model.put("wapeByLeadDay", Arrays.stream(scores.wapeByLead()).boxed().toList());
            model.put("scoredDays", scores.scoredDays());
            models.put(scores.model().key(), model);
        }
        if (run.backtest().treesLeftOut() != null) {
            Map<String, Object> why = new LinkedHashMap<>();
            why.put("skipped", true);
            why.put("reason", run.backtest().treesLeftOut());
            models.put(ModelBacktest.Model.BOOSTED_TREES.key(), why);
        }
        summary.put("models", models);
        Map<String, Object> outlook = new LinkedHashMap<>();
        outlook.put("series", run.table().series().get(run.outlook().series()).name());
        outlook.put("alpha", run.outlook().parameters().alpha());
        outlook.put("beta", run.outlook().parameters().beta());
        outlook.put("gamma", run.outlook().parameters().gamma());
        outlook.put("forecast", Arrays.stream(run.outlook().forecast()).boxed().toList());
        outlook.put("lower80", Arrays.stream(run.outlook().lower()).boxed().toList());
        outlook.put("upper80", Arrays.stream(run.outlook().upper()).boxed().toList());
        outlook.put("intervalCoverage", run.outlook().coverage());
        summary.put("nextWeek", outlook);
        summary.put("seconds", run.seconds());
        return summary;
    }
}
