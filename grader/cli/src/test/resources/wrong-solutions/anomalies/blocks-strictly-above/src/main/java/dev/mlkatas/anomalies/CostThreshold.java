package dev.mlkatas.anomalies;

import java.util.Arrays;
import java.util.Objects;

/** The threshold that costs least: try every distinct score, cost what it blocks and what it misses. */
public final class CostThreshold {

    private CostThreshold() {
    }

    /**
     * A threshold and its cost.
     *
     * @param threshold the threshold
     * @param cost its cost
     */
    public record Choice(double threshold, double cost) {
    }

    /**
     * The cheapest threshold.
     *
     * @param scores higher means more likely fraud
     * @param labels 1 for a fraud
     * @param missCost the cost of a fraud not blocked
     * @param blockCost the cost of a good order blocked
     * @return the cheapest threshold and its cost
     */
    public static Choice choose(double[] scores, int[] labels, double missCost, double blockCost) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(labels, "labels");
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores and labels differ in length");
        }
        if (!Double.isFinite(missCost) || !Double.isFinite(blockCost) || missCost < 0 || blockCost < 0) {
            throw new IllegalArgumentException("costs must be finite and not negative");
        }
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + labels[i]);
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + scores[i]);
            }
        }
        double[] candidates = Arrays.stream(scores).distinct().sorted().toArray();
        Choice best = new Choice(Double.POSITIVE_INFINITY, cost(scores, labels, Double.POSITIVE_INFINITY,
                missCost, blockCost));
        for (int c = candidates.length - 1; c >= 0; c--) {
            double cost = cost(scores, labels, candidates[c], missCost, blockCost);
            if (cost < best.cost()) {
                best = new Choice(candidates[c], cost);
            }
        }
        return best;
    }

    private static double cost(double[] scores, int[] labels, double threshold, double missCost, double blockCost) {
        double cost = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean blocked = scores[i] > threshold;
            if (labels[i] == 1 && !blocked) {
                cost += missCost;
            } else if (labels[i] == 0 && blocked) {
                cost += blockCost;
            }
        }
        return cost;
    }
}
