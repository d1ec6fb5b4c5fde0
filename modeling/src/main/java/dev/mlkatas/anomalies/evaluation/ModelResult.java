package dev.mlkatas.anomalies.evaluation;

import dev.mlkatas.anomalies.CostThreshold;

/**
 * One detector's scores on the test part and what they are worth.
 *
 * <p>Example: {@code result.averagePrecision()} of the boosted trees, next to {@code result.rocAuc()}.
 *
 * @param key the detector's name in {@code summary.json}, e.g. {@code boostedTrees}
 * @param title the detector's name for people
 * @param scores one score per test row, higher meaning more likely fraud
 * @param averagePrecision the AP of the scores (the kata's {@code AveragePrecision})
 * @param rocAuc the ROC AUC of the scores (Smile's)
 * @param choice the cost-optimal threshold and its cost (the kata's {@code CostThreshold})
 * @param caught frauds blocked at that threshold
 * @param blockedGood good orders blocked at that threshold
 * @param seconds how long fitting and scoring took
 */
public record ModelResult(String key, String title, double[] scores, double averagePrecision, double rocAuc,
        CostThreshold.Choice choice, int caught, int blockedGood, double seconds) {
}
