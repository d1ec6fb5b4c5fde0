package dev.mlkatas.ltv.evaluation;

import java.util.stream.IntStream;
import smile.math.MathEx;
import smile.validation.metric.MAD;
import smile.validation.metric.RMSE;

/**
 * How close predicted holdout spend came to the actual one, customer by customer and as a ranking.
 *
 * <p>Example: {@code SpendMetrics.of(actual, predicted).spearman()}
 *
 * @param mae mean absolute error
 * @param rmse root mean squared error
 * @param spearman rank correlation between predicted and actual spend
 * @param topDecileRevenueShare the share of all holdout revenue spent by the 10 % of customers predicted
 *     to spend most
 * @param predictedTotal the predicted revenue of all customers together
 * @param actualTotal the actual revenue
 */
public record SpendMetrics(double mae, double rmse, double spearman, double topDecileRevenueShare,
        double predictedTotal, double actualTotal) {

    public static SpendMetrics of(double[] actual, double[] predicted) {
        int n = actual.length;
        int[] order = IntStream.range(0, n).boxed()
                .sorted((x, y) -> Double.compare(predicted[y], predicted[x]))
                .mapToInt(Integer::intValue).toArray();
        int top = (n + 9) / 10;
        double topRevenue = 0;
        for (int i = 0; i < top; i++) {
            topRevenue += actual[order[i]];
        }
        double total = MathEx.sum(actual);
        return new SpendMetrics(MAD.of(actual, predicted), RMSE.of(actual, predicted), MathEx.spearman(actual, predicted),
                total == 0 ? Double.NaN : topRevenue / total, MathEx.sum(predicted), total);
    }

    /** Customers in ten groups by predicted spend, highest first: each group's mean actual spend. */
    public static double[] actualByPredictedDecile(double[] actual, double[] predicted) {
        int n = actual.length;
        int[] order = IntStream.range(0, n).boxed()
                .sorted((x, y) -> Double.compare(predicted[y], predicted[x]))
                .mapToInt(Integer::intValue).toArray();
        double[] means = new double[10];
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += actual[order[i]];
            }
            means[d] = to > from ? sum / (to - from) : 0;
        }
        return means;
    }
}
