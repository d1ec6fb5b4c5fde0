package dev.mlkatas.anomalies;

import java.util.Arrays;
import java.util.Objects;

/** Average precision as the area under the precision-recall curve. */
public final class AveragePrecision {

    private AveragePrecision() {
    }

    /**
     * The area under the precision-recall curve of the scores.
     *
     * @param labels 1 for a fraud, 0 for a good order
     * @param scores higher means more likely fraud
     * @return the area, from 0 to 1
     */
    public static double of(int[] labels, double[] scores) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(scores, "scores");
        if (labels.length != scores.length) {
            throw new IllegalArgumentException("labels and scores have different lengths");
        }
        int frauds = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("bad label " + labels[i]);
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("bad score " + scores[i]);
            }
            frauds += labels[i];
        }
        if (frauds == 0) {
            throw new IllegalArgumentException("no fraud in the labels");
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
        double area = 0;
        double lastRecall = 0;
        double lastPrecision = 1;
        int caught = 0;
        for (int i = 0; i < order.length; i++) {
            caught += labels[order[i]];
            if (i + 1 < order.length && scores[order[i + 1]] == scores[order[i]]) {
                continue;
            }
            double recall = (double) caught / frauds;
            double precision = (double) caught / (i + 1);
            // The area of the trapezoid between the previous point and this one.
            area += (recall - lastRecall) * (precision + lastPrecision) / 2;
            lastRecall = recall;
            lastPrecision = precision;
        }
        return area;
    }
}
