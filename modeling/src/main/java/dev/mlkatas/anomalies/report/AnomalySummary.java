package dev.mlkatas.anomalies.report;

import dev.mlkatas.anomalies.evaluation.ModelResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The anomalies job's {@code summary.json}: the input, the split, and for each detector its AP, ROC AUC, the
 * cost-optimal threshold, its cost and what it blocks.
 *
 * <p>Example: {@code JsonFile.write(AnomalySummary.of(run), out.file("summary.json"))}
 */
public final class AnomalySummary {

    private AnomalySummary() {
    }

    public static Map<String, Object> of(AnomalyRun run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("inputs", run.inputs());
        summary.put("seed", run.seed());
        summary.put("transactions", run.transactions().size());
        summary.put("frauds", run.transactions().frauds());
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("firstRow", run.testStart());
        test.put("orders", run.testLabels().length);
        test.put("frauds", run.testFrauds());
        test.put("fraudRate", (double) run.testFrauds() / run.testLabels().length);
        summary.put("test", test);
        summary.put("missCost", run.settings().missCost());
        summary.put("blockCost", run.settings().blockCost());
        summary.put("blockNothingCost", run.settings().missCost() * run.testFrauds());
        Map<String, Object> models = new LinkedHashMap<>();
        for (ModelResult r : run.results()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("title", r.title());
            model.put("averagePrecision", r.averagePrecision());
            model.put("rocAuc", r.rocAuc());
            model.put("threshold", Double.isInfinite(r.choice().threshold()) ? "Infinity" : r.choice().threshold());
            model.put("cost", r.choice().cost());
            model.put("fraudsBlocked", r.caught());
            model.put("goodOrdersBlocked", r.blockedGood());
            model.put("seconds", r.seconds());
            models.put(r.key(), model);
        }
        if (run.boostedLeftOut() != null) {
            Map<String, Object> why = new LinkedHashMap<>();
            why.put("skipped", true);
            why.put("reason", "the boosted trees were left out: " + run.boostedLeftOut());
            models.put("boostedTrees", why);
        }
        summary.put("models", models);
        summary.put("best", run.best().key());
        summary.put("seconds", run.seconds());
        return summary;
    }
}
