package dev.mlkatas.anomalies;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Average precision, the area under the precision-recall curve as a sum of steps (reference). Sort the rows by
 * score, highest first; walk down, and at the end of each run of equal scores (one threshold) add the recall
 * gained there times the precision there.
 */
public final class AveragePrecision {

    private AveragePrecision() {
    }

    /**
     * AP = Σ (R_k − R_{k−1}) · P_k over the distinct scores from the highest down, flagging every row whose score
     * is at least the k-th; tied scores are one threshold.
     *
     * <p>Example: {@code AveragePrecision.of(new int[] {0, 1, 1, 0, 1}, new double[] {0.1, 0.9, 0.4, 0.4, 0.2})}
     * is {@code 29.0 / 36}.
     *
     * @param labels 1 for a fraud, 0 for a good order
     * @param scores one finite score per row, higher meaning more likely fraud
     * @return the average precision, above 0 and at most 1
     * @throws IllegalArgumentException if the arrays differ in length, a label is not 0 or 1, a score is not
     *     finite, or no label is 1
     */
    public static double of(int[] labels, double[] scores) {
        Objects.requireNonNull(labels, "labels must not be null");
        Objects.requireNonNull(scores, "scores must not be null");
        if (labels.length != scores.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + scores.length + " scores");
        }
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + labels[i] + " at row " + i + " is neither 0 nor 1");
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + scores[i] + " at row " + i + " is not a finite number");
            }
            positives += labels[i];
        }
        if (positives == 0) {
            throw new IllegalArgumentException("average precision is undefined without a positive label: "
                    + "recall divides by the number of 1s");
        }
        Integer[] order = new Integer[labels.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());

        double ap = 0;
        int truePositives = 0;
        int lastTruePositives = 0;
        for (int k = 0; k < order.length; k++) {
            truePositives += labels[order[k]];
            boolean endOfThreshold = k + 1 == order.length || scores[order[k + 1]] != scores[order[k]];
            if (endOfThreshold) {
                double precision = (double) truePositives / (k + 1);
                ap += (double) (truePositives - lastTruePositives) / positives * precision;
                lastTruePositives = truePositives;
            }
        }
        return ap;
    }
}
