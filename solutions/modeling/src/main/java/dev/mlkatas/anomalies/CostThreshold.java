package dev.mlkatas.anomalies;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * The threshold that costs least (reference): lower the threshold one distinct score at a time, from "block
 * nothing" down, counting the frauds and the good orders that are blocked; each step's cost is then O(1).
 */
public final class CostThreshold {

    private CostThreshold() {
    }

    /**
     * The threshold chosen and what it costs.
     *
     * @param threshold block an order when its score is at least this; positive infinity blocks nothing
     * @param cost missCost · frauds not blocked + blockCost · good orders blocked
     */
    public record Choice(double threshold, double cost) {
    }

    /**
     * The threshold, among positive infinity and every distinct score, whose total cost is least; of equal costs,
     * the highest threshold (the one that blocks fewest orders).
     *
     * <p>Example: {@code CostThreshold.choose(new double[] {0.9, 0.8, 0.3, 0.1}, new int[] {1, 0, 1, 0}, 100, 10)}
     * is {@code Choice(0.3, 10)}: blocking the top three misses no fraud and blocks one good order.
     *
     * @param scores one finite score per order, higher meaning more likely fraud
     * @param labels 1 for a fraud, 0 for a good order
     * @param missCost what a fraud that is paid costs, finite and at least 0
     * @param blockCost what a good order that is blocked costs, finite and at least 0
     * @throws IllegalArgumentException if the arrays differ in length, a label is not 0 or 1, a score is not
     *     finite, or a cost is negative or not finite
     */
    public static Choice choose(double[] scores, int[] labels, double missCost, double blockCost) {
        Objects.requireNonNull(scores, "scores must not be null");
        Objects.requireNonNull(labels, "labels must not be null");
        if (labels.length != scores.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + labels.length + " labels");
        }
        if (!(missCost >= 0) || !Double.isFinite(missCost) || !(blockCost >= 0) || !Double.isFinite(blockCost)) {
            throw new IllegalArgumentException("costs must be finite and at least 0, not " + missCost + " and "
                    + blockCost);
        }
        int frauds = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + labels[i] + " at row " + i + " is neither 0 nor 1");
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + scores[i] + " at row " + i + " is not a finite number");
            }
            frauds += labels[i];
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());

        // Blocking nothing misses every fraud.
        Choice best = new Choice(Double.POSITIVE_INFINITY, missCost * frauds);
        int caught = 0;
        int blockedGood = 0;
        for (int k = 0; k < order.length; k++) {
            caught += labels[order[k]];
            blockedGood += 1 - labels[order[k]];
            boolean endOfThreshold = k + 1 == order.length || scores[order[k + 1]] != scores[order[k]];
            if (endOfThreshold) {
                double cost = missCost * (frauds - caught) + blockCost * blockedGood;
                // Strictly lower: of equal costs the higher threshold, met first, stays.
                if (cost < best.cost()) {
                    best = new Choice(scores[order[k]], cost);
                }
            }
        }
        return best;
    }
}
