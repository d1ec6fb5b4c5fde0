package dev.mlkatas.churn;

import java.util.Arrays;
import java.util.Objects;

/** The AUC: for each positive, the share of negatives it outscores, found by binary search. */
public final class Auc {

    private Auc() {
    }

    /**
     * The probability that a random positive row scores above a random negative one.
     *
     * @param labels 1 for a positive row, 0 for a negative one
     * @param scores one finite score per row
     * @return the AUC
     */
    public static double of(int[] labels, double[] scores) {
        Objects.requireNonNull(labels, "labels is null");
        Objects.requireNonNull(scores, "scores is null");
        if (labels.length != scores.length) {
            throw new IllegalArgumentException("labels and scores differ in length");
        }
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + labels[i] + " is not 0 or 1");
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + scores[i] + " is not finite");
            }
            positives += labels[i];
        }
        int negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("only one class in the labels");
        }
        double[] negativeScores = new double[negatives];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 0) {
                negativeScores[n++] = scores[i] + 0.0;
            }
        }
        Arrays.sort(negativeScores);
        double wins = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 1) {
                wins += countAtOrBelow(negativeScores, scores[i]);
            }
        }
        return wins / ((double) positives * negatives);
    }

    /** How many of the sorted values are at most {@code score}. */
    private static int countAtOrBelow(double[] sorted, double score) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= score) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
