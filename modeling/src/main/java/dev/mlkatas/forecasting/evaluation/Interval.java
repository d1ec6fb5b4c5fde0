package dev.mlkatas.forecasting.evaluation;

import java.util.Arrays;

/**
 * An 80 % interval from a model's own backtest errors: for each lead time, the 10th and 90th percentiles of
 * (actual - forecast) over the origins, added to a forecast. No distribution is assumed; the interval is as
 * wide as the errors were.
 *
 * <p>Example: {@code Interval i = Interval.fromErrors(errorsByLead); i.lower(forecast)}
 *
 * @param low per lead time, the 10th percentile of the errors
 * @param high per lead time, the 90th percentile of the errors
 */
public record Interval(double[] low, double[] high) {

    public static final double LOW = 0.1;
    public static final double HIGH = 0.9;

    /** The percentiles of each lead time's errors, {@code errors[h]} being those of lead h + 1. */
    public static Interval fromErrors(double[][] errors) {
        double[] low = new double[errors.length];
        double[] high = new double[errors.length];
        for (int h = 0; h < errors.length; h++) {
            double[] sorted = errors[h].clone();
            Arrays.sort(sorted);
            low[h] = quantile(sorted, LOW);
            high[h] = quantile(sorted, HIGH);
        }
        return new Interval(low, high);
    }

    /** The p-quantile of sorted values, interpolated between neighbours; NaN when there are none. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public double[] lower(double[] forecast) {
        double[] lower = new double[forecast.length];
        for (int h = 0; h < forecast.length; h++) {
            lower[h] = Math.max(0, forecast[h] + low[h]);
        }
        return lower;
    }

    public double[] upper(double[] forecast) {
        double[] upper = new double[forecast.length];
        for (int h = 0; h < forecast.length; h++) {
            upper[h] = Math.max(0, forecast[h] + high[h]);
        }
        return upper;
    }

    /** Whether {@code actual} lies within the interval around {@code forecast} at lead h + 1. */
    public boolean covers(double actual, double forecast, int h) {
        return actual >= Math.max(0, forecast + low[h]) && actual <= Math.max(0, forecast + high[h]);
    }
}
