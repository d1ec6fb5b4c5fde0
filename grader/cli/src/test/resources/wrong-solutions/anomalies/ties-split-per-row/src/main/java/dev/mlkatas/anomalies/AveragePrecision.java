package dev.mlkatas.anomalies;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/** Average precision: walk the rows from the highest score down, adding the precision at each fraud. */
public final class AveragePrecision {

    private AveragePrecision() {
    }

    /**
     * The mean of the precisions at the ranks of the frauds.
     *
     * @param labels 1 for a fraud, 0 for a good order
     * @param scores higher means more likely fraud
     * @return the average precision
     */
    public static double of(int[] labels, double[] scores) {
        Objects.requireNonNull(labels, "labels is null");
        Objects.requireNonNull(scores, "scores is null");
        if (labels.length != scores.length) {
            throw new IllegalArgumentException("lengths differ: " + labels.length + " and " + scores.length);
        }
        int frauds = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 1) {
                throw new IllegalArgumentException("label must be 0 or 1: " + labels[i]);
            }
            if (Double.isNaN(scores[i]) || Double.isInfinite(scores[i])) {
                throw new IllegalArgumentException("score must be finite: " + scores[i]);
            }
            frauds += labels[i];
        }
        if (frauds == 0) {
            throw new IllegalArgumentException("no positive label");
        }
        Integer[] rows = new Integer[labels.length];
        Arrays.setAll(rows, i -> i);
        Arrays.sort(rows, Comparator.comparingDouble((Integer i) -> -scores[i]));
        double sum = 0;
        int caught = 0;
        for (int rank = 1; rank <= rows.length; rank++) {
            if (labels[rows[rank - 1]] == 1) {
                caught++;
                sum += (double) caught / rank;
            }
        }
        return sum / frauds;
    }
}
