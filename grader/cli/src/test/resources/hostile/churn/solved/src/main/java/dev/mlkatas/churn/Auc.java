package dev.mlkatas.churn;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

public final class Auc {

    // hostile: static

    private Auc() {
    }

    private static void before(int[] labels) {
        // hostile: before
    }

    public static double of(int[] labels, double[] scores) {
        before(labels);
        Objects.requireNonNull(labels, "labels must not be null");
        Objects.requireNonNull(scores, "scores must not be null");
        if (labels.length != scores.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + scores.length + " scores");
        }
        long positives = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + labels[i] + " at row " + i + " is not 0 or 1");
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + scores[i] + " at row " + i + " is not finite");
            }
            positives += labels[i];
        }
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("AUC is undefined: the labels have only one class");
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumOfPositives = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double averageRank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                rankSumOfPositives += labels[order[i]] * averageRank;
            }
            start = end + 1;
        }
        double u = rankSumOfPositives - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }
}
