package dev.mlkatas.anomalies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/** Average precision with interpolated precision: the precision-recall curve made non-increasing first. */
public final class AveragePrecision {

    private AveragePrecision() {
    }

    /**
     * The average precision of the scores.
     *
     * @param labels 1 for a fraud, 0 for a good order
     * @param scores higher means more likely fraud
     * @return the average precision
     */
    public static double of(int[] labels, double[] scores) {
        Objects.requireNonNull(labels, "labels must not be null");
        Objects.requireNonNull(scores, "scores must not be null");
        if (labels.length != scores.length) {
            throw new IllegalArgumentException("different lengths");
        }
        // Per distinct score: {rows, frauds}.
        TreeMap<Double, int[]> byScore = new TreeMap<>();
        int frauds = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + labels[i] + " is not 0 or 1");
            }
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + scores[i] + " is not finite");
            }
            int[] counts = byScore.computeIfAbsent(scores[i] == 0 ? 0.0 : scores[i], s -> new int[2]);
            counts[0]++;
            counts[1] += labels[i];
            frauds += labels[i];
        }
        if (frauds == 0) {
            throw new IllegalArgumentException("no fraud: recall is undefined");
        }
        List<double[]> points = new ArrayList<>();
        int flagged = 0;
        int caught = 0;
        for (int[] counts : byScore.descendingMap().values()) {
            flagged += counts[0];
            caught += counts[1];
            points.add(new double[] {(double) caught / frauds, (double) caught / flagged});
        }
        // Interpolate: each point takes the best precision at its recall or beyond.
        for (int p = points.size() - 2; p >= 0; p--) {
            points.get(p)[1] = Math.max(points.get(p)[1], points.get(p + 1)[1]);
        }
        double ap = 0;
        double previousRecall = 0;
        for (double[] point : points) {
            ap += (point[0] - previousRecall) * point[1];
            previousRecall = point[0];
        }
        return ap;
    }
}
