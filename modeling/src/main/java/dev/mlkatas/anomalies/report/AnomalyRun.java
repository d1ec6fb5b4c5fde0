package dev.mlkatas.anomalies.report;

import dev.mlkatas.anomalies.data.Transactions;
import dev.mlkatas.anomalies.evaluation.Detectors;
import dev.mlkatas.anomalies.evaluation.ModelResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of the anomalies job found, for the report, the summary and the charts.
 *
 * <p>Example: {@code new AnomalyRun(inputs, 7, transactions, settings, results, null, 12.5).testLabels()}
 *
 * @param inputs what was read or simulated, and the options
 * @param seed the seed of every random choice
 * @param transactions every row, in time order
 * @param settings the detectors' settings and the costs
 * @param results one per detector that ran
 * @param boostedLeftOut why the boosted trees were left out, the bare reason ({@code the first 70 % of the rows
 *     ... hold no fraud}), or {@code null} when they ran
 * @param seconds how long the run took
 */
public record AnomalyRun(Map<String, Object> inputs, long seed, Transactions transactions,
        Detectors.Settings settings, List<ModelResult> results, String boostedLeftOut, double seconds) {

    /** The first row of the test part. */
    public int testStart() {
        return transactions.testStart(settings.testShare());
    }

    /** The labels of the test part. */
    public int[] testLabels() {
        return Arrays.copyOfRange(transactions.label(), testStart(), transactions.size());
    }

    /** The frauds in the test part. */
    public int testFrauds() {
        return Arrays.stream(testLabels()).sum();
    }

    /** The detector with the highest average precision. */
    public ModelResult best() {
        ModelResult best = results.get(0);
        for (ModelResult r : results) {
            best = r.averagePrecision() > best.averagePrecision() ? r : best;
        }
        return best;
    }
}
