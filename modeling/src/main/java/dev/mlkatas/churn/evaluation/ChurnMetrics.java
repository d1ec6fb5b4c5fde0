package dev.mlkatas.churn.evaluation;

import dev.mlkatas.churn.Auc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import smile.validation.metric.LogLoss;
import smile.validation.metric.MSE;

/**
 * How good one model's probabilities are on labelled rows: AUC (by {@link Auc}, the kata's own), log loss
 * and Brier score (by Smile), and what targeting the riskiest tenth would catch; plus the points of its ROC,
 * calibration and cumulative-gains curves for the charts.
 *
 * <p>Example: {@code ChurnMetrics m = ChurnMetrics.of(labels, probabilities); m.auc();}
 *
 * @param auc the chance that a random churner scores above a random stayer, ties counting half
 * @param logLoss mean negative log-likelihood of the labels, probabilities clipped to [1e-15, 1 - 1e-15]
 * @param brier mean squared difference between probability and label
 * @param topDecileCapture the share of all churners among the riskiest 10 % of rows
 * @param topDecileLift the churn rate among the riskiest 10 % divided by the overall churn rate
 * @param baseRate the share of rows that churned
 */
public record ChurnMetrics(double auc, double logLoss, double brier, double topDecileCapture, double topDecileLift,
        double baseRate) {

    /** A point of a curve. */
    public record Point(double x, double y) {}

    /** A bin of the calibration chart: rows whose probability fell in it, their mean and the observed rate. */
    public record Bin(double meanProbability, double observedRate, int rows) {}

    private static final double CLIP = 1e-15;

    public static ChurnMetrics of(int[] labels, double[] probabilities) {
        int n = labels.length;
        double[] clipped = new double[n];
        double[] truth = new double[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            clipped[i] = Math.min(1 - CLIP, Math.max(CLIP, probabilities[i]));
            truth[i] = labels[i];
            positives += labels[i];
        }
        int[] order = riskiestFirst(probabilities);
        int top = (n + 9) / 10;
        int caught = 0;
        for (int i = 0; i < top; i++) {
            caught += labels[order[i]];
        }
        double baseRate = (double) positives / n;
        return new ChurnMetrics(Auc.of(labels, probabilities), LogLoss.of(labels, clipped), MSE.of(truth, probabilities),
                (double) caught / positives, ((double) caught / top) / baseRate, baseRate);
    }

    /** Row indexes by probability, highest first; equal probabilities in row order. */
    public static int[] riskiestFirst(double[] probabilities) {
        return java.util.stream.IntStream.range(0, probabilities.length).boxed()
                .sorted((x, y) -> Double.compare(probabilities[y], probabilities[x]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The ROC curve: false-positive rate against true-positive rate, one point per distinct probability. */
    public static List<Point> roc(int[] labels, double[] probabilities) {
        int[] order = riskiestFirst(probabilities);
        int positives = Arrays.stream(labels).sum();
        int negatives = labels.length - positives;
        List<Point> points = new ArrayList<>();
        points.add(new Point(0, 0));
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < order.length; i++) {
            if (labels[order[i]] == 1) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = i + 1 == order.length || probabilities[order[i + 1]] != probabilities[order[i]];
            if (lastOfTie) {
                points.add(new Point((double) fp / negatives, (double) tp / positives));
            }
        }
        return thin(points);
    }

    /** Cumulative gains: the share of rows contacted, riskiest first, against the share of churners reached. */
    public static List<Point> gains(int[] labels, double[] probabilities) {
        int[] order = riskiestFirst(probabilities);
        int positives = Arrays.stream(labels).sum();
        List<Point> points = new ArrayList<>();
        points.add(new Point(0, 0));
        int caught = 0;
        for (int i = 0; i < order.length; i++) {
            caught += labels[order[i]];
            points.add(new Point((double) (i + 1) / order.length, (double) caught / positives));
        }
        return thin(points);
    }

    /** Ten bins of width 0.1; empty bins are left out. */
    public static List<Bin> calibration(int[] labels, double[] probabilities) {
        int bins = 10;
        double[] sum = new double[bins];
        int[] positives = new int[bins];
        int[] rows = new int[bins];
        for (int i = 0; i < labels.length; i++) {
            int bin = Math.min(bins - 1, (int) (probabilities[i] * bins));
            sum[bin] += probabilities[i];
            positives[bin] += labels[i];
            rows[bin]++;
        }
        List<Bin> result = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (rows[b] > 0) {
                result.add(new Bin(sum[b] / rows[b], (double) positives[b] / rows[b], rows[b]));
            }
        }
        return result;
    }

    /** At most about 400 points, always keeping the first and the last: enough for a chart. */
    private static List<Point> thin(List<Point> points) {
        int step = Math.max(1, points.size() / 400);
        List<Point> thinned = new ArrayList<>();
        for (int i = 0; i < points.size(); i += step) {
            thinned.add(points.get(i));
        }
        if (!thinned.get(thinned.size() - 1).equals(points.get(points.size() - 1))) {
            thinned.add(points.get(points.size() - 1));
        }
        return thinned;
    }
}
