package dev.mlkatas.churn.report;

import dev.mlkatas.churn.data.ChurnData;
import dev.mlkatas.churn.evaluation.ModelComparison.Comparison;
import dev.mlkatas.churn.evaluation.ModelComparison.ModelResult;
import dev.mlkatas.churn.evaluation.RetentionThreshold;
import dev.mlkatas.churn.evaluation.RetentionThreshold.Outcome;
import java.util.Map;

/**
 * Everything one run of the churn job found, for {@link ChurnReport} and {@link ChurnSummary}.
 *
 * <p>Example: {@code new ChurnRun(inputs, data, comparison, threshold)}
 *
 * @param inputs what the run was given, by option name (the seed among them), for the record
 * @param data the calibration and holdout rows
 * @param comparison the models' cross-validated and holdout results
 * @param threshold the retention-offer threshold chosen on the best model's cross-validated probabilities
 */
public record ChurnRun(Map<String, Object> inputs, ChurnData data, Comparison comparison, RetentionThreshold threshold) {

    public ModelResult best() {
        return comparison.best();
    }

    /** What the threshold earns on the best model's cross-validated probabilities of the calibration rows. */
    public Outcome onCalibration() {
        return threshold.evaluate(comparison.calibrationLabels(), best().outOfFold());
    }

    /** What the threshold earns on the best model's holdout probabilities. */
    public Outcome onHoldout() {
        return threshold.evaluate(comparison.holdoutLabels(), best().holdoutScores());
    }
}
