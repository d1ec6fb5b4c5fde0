package dev.mlkatas.anomalies;

import java.util.Objects;
import java.util.TreeMap;

/** The cheapest threshold, walking the distinct scores from the highest down with running counts. */
public final class CostThreshold {

    private CostThreshold() {
    }

    /**
     * A threshold and what it costs.
     *
     * @param threshold block the orders scoring at least this
     * @param cost the cost of doing so
     */
    public record Choice(double threshold, double cost) {
    }

    /**
     * The threshold of least cost.
     *
     * @param scores higher means more likely fraud
     * @param labels 1 for a fraud, 0 for a good order
     * @param missCost the cost of a fraud paid
     * @param blockCost the cost of a good order blocked
     * @return the choice
     */
    public static Choice choose(double[] scores, int[] labels, double missCost, double blockCost) {
        Objects.requireNonNull(scores, "scores must not be null");
        Objects.requireNonNull(labels, "labels must not be null");
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("arrays of different lengths");
        }
        if (!(missCost >= 0 && missCost < Double.POSITIVE_INFINITY)
                || !(blockCost >= 0 && blockCost < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("costs must be finite and non-negative");
        }
        // Per distinct score: {good orders, frauds}.
        TreeMap<Double, long[]> byScore = new TreeMap<>();
        long frauds = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + labels[i] + " is not 0 or 1");
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + scores[i] + " is not finite");
            }
            byScore.computeIfAbsent(scores[i] + 0.0, s -> new long[2])[labels[i]]++;
            frauds += labels[i];
        }
        Choice best = new Choice(Double.POSITIVE_INFINITY, missCost * frauds);
        long blockedGood = 0;
        long blockedFraud = 0;
        for (var entry : byScore.descendingMap().entrySet()) {
            blockedGood += entry.getValue()[0];
            blockedFraud += entry.getValue()[1];
            double cost = missCost * (frauds - blockedFraud) + blockCost * blockedGood;
            if (cost <= best.cost()) {
                best = new Choice(entry.getKey(), cost);
            }
        }
        return best;
    }
}
