package dev.mlkatas.anomalies.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The points of a detector's precision-recall curve and cost curve, one per distinct score from the highest down
 * (tied scores are one point). The precision-recall curve is drawn as the steps AP sums: at each threshold that
 * gains recall, across at its precision; the chart shows the cost curve's cheap end only.
 *
 * <p>Example: {@code Curves.of(labels, scores, 150, 5).stepRecall()}
 *
 * @param stepRecall the x of each corner of the precision-recall steps
 * @param stepPrecision the y of each corner of the precision-recall steps
 * @param blockedShare orders blocked / all orders, from blocking nothing to blocking everything
 * @param cost missCost · frauds missed + blockCost · good orders blocked, at each share
 */
public record Curves(double[] stepRecall, double[] stepPrecision, double[] blockedShare, double[] cost) {

    /** The curves of {@code scores} against {@code labels}. */
    public static Curves of(int[] labels, double[] scores, double missCost, double blockCost) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        int frauds = Arrays.stream(labels).sum();
        int n = scores.length;
        List<double[]> steps = new ArrayList<>();
        List<double[]> costs = new ArrayList<>();
        costs.add(new double[] {0, missCost * frauds});
        int caught = 0;
        int lastCaught = 0;
        for (int k = 0; k < n; k++) {
            caught += labels[order[k]];
            if (k + 1 == n || scores[order[k + 1]] != scores[order[k]]) {
                double cost = missCost * (frauds - caught) + blockCost * (k + 1 - caught);
                costs.add(new double[] {(double) (k + 1) / n, cost});
                if (caught > lastCaught) {
                    double precision = (double) caught / (k + 1);
                    steps.add(new double[] {(double) lastCaught / frauds, precision});
                    steps.add(new double[] {(double) caught / frauds, precision});
                    lastCaught = caught;
                }
            }
        }
        return new Curves(column(steps, 0), column(steps, 1), column(costs, 0), column(costs, 1));
    }

    private static double[] column(List<double[]> points, int c) {
        return points.stream().mapToDouble(p -> p[c]).toArray();
    }
}
