package dev.mlkatas.anomalies.report;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The points of a detector's precision-recall curve and cost curve: one per distinct score, from the highest
 * down (tied scores are one point), thinned to at most {@link #MAX_POINTS} for drawing.
 *
 * <p>Example: {@code Curves.of(labels, scores, 100, 5).recall()}
 *
 * @param recall frauds blocked / all frauds, at each threshold
 * @param precision frauds blocked / orders blocked
 * @param blockedShare orders blocked / all orders
 * @param cost missCost · frauds missed + blockCost · good orders blocked
 */
public record Curves(double[] recall, double[] precision, double[] blockedShare, double[] cost) {

    /** The most points a curve keeps. */
    public static final int MAX_POINTS = 600;

    /** The curves of {@code scores} against {@code labels}, starting at "block nothing". */
    public static Curves of(int[] labels, double[] scores, double missCost, double blockCost) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        int frauds = Arrays.stream(labels).sum();
        int n = scores.length;
        double[][] points = new double[n + 1][];
        int count = 0;
        points[count++] = new double[] {0, 1, 0, missCost * frauds};
        int caught = 0;
        for (int k = 0; k < n; k++) {
            caught += labels[order[k]];
            if (k + 1 == n || scores[order[k + 1]] != scores[order[k]]) {
                int good = k + 1 - caught;
                points[count++] = new double[] {frauds == 0 ? 0 : (double) caught / frauds, (double) caught / (k + 1),
                    (double) (k + 1) / n, missCost * (frauds - caught) + blockCost * good};
            }
        }
        int step = Math.max(1, (int) Math.ceil((double) count / MAX_POINTS));
        int kept = (count - 1) / step + 1 + ((count - 1) % step == 0 ? 0 : 1);
        Curves curves = new Curves(new double[kept], new double[kept], new double[kept], new double[kept]);
        int j = 0;
        for (int i = 0; i < count; i += step) {
            curves.put(j++, points[i]);
        }
        if ((count - 1) % step != 0) {
            curves.put(j, points[count - 1]);
        }
        return curves;
    }

    private void put(int i, double[] point) {
        recall[i] = point[0];
        precision[i] = point[1];
        blockedShare[i] = point[2];
        cost[i] = point[3];
    }
}
