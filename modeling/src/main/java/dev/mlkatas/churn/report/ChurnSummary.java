package dev.mlkatas.churn.report;

import dev.mlkatas.churn.evaluation.ChurnMetrics;
import dev.mlkatas.churn.evaluation.ModelComparison.ModelResult;
import dev.mlkatas.churn.evaluation.RetentionThreshold.Outcome;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a churn run as {@code summary.json}: every number the report quotes, under stable keys.
 *
 * <p>Example: {@code JsonFile.write(ChurnSummary.of(run), out.file("summary.json"))}
 */
public final class ChurnSummary {

    private ChurnSummary() {
    }

    public static Map<String, Object> of(ChurnRun run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kata", "churn");
        summary.put("seed", run.comparison().settings().seed());
        summary.put("inputs", run.inputs());
        summary.put("label", run.data().calibration().labelName());
        summary.put("calibration", rows(run.comparison().calibrationLabels()));
        summary.put("holdout", rows(run.comparison().holdoutLabels()));
        summary.put("folds", run.comparison().settings().folds());
        summary.put("trees", run.comparison().settings().trees());
        summary.put("features", run.comparison().features());
        summary.put("preprocessing", run.comparison().preprocessing());
        Map<String, Object> models = new LinkedHashMap<>();
        for (ModelResult result : run.comparison().results()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("cvAucMean", result.cvMean());
            model.put("cvAucSd", result.cvSd());
            model.put("cvAucFolds", Arrays.stream(result.foldAucs()).boxed().toList());
            ChurnMetrics holdout = result.holdout();
            model.put("holdoutAuc", holdout.auc());
            model.put("holdoutLogLoss", holdout.logLoss());
            model.put("holdoutBrier", holdout.brier());
            model.put("holdoutTopDecileLift", holdout.topDecileLift());
            model.put("holdoutTopDecileCapture", holdout.topDecileCapture());
            models.put(result.learner().key(), model);
        }
        summary.put("models", models);
        summary.put("bestModel", run.best().learner().key());
        Map<String, Object> threshold = new LinkedHashMap<>();
        threshold.put("model", run.best().learner().key());
        threshold.put("offerCost", run.threshold().offerCost());
        threshold.put("saveValue", run.threshold().saveValue());
        threshold.put("breakEvenProbability", run.threshold().breakEven());
        threshold.put("threshold", run.threshold().threshold());
        threshold.put("calibration", outcome(run.onCalibration()));
        threshold.put("holdout", outcome(run.onHoldout()));
        summary.put("retentionOffer", threshold);
        return summary;
    }

    private static Map<String, Object> rows(int[] labels) {
        int positives = Arrays.stream(labels).sum();
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("rows", labels.length);
        rows.put("positives", positives);
        rows.put("positiveRate", (double) positives / labels.length);
        return rows;
    }

    private static Map<String, Object> outcome(Outcome outcome) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rows", outcome.rows());
        map.put("offers", outcome.offers());
        map.put("churners", outcome.churners());
        map.put("churnersReached", outcome.churnersReached());
        map.put("profit", outcome.profit());
        map.put("profitPerThousandCustomers", outcome.profitPerThousand());
        return map;
    }
}
