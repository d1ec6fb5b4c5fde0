package dev.mlkatas.forecasting;

import java.util.ArrayList;
import java.util.List;

/**
 * How good is a forecast: the splits of a rolling-origin backtest, and the two errors the shelves care
 * about, WAPE and MASE.
 *
 * <p>Example: {@code Backtest.rollingOrigin(10, 4, 3, 2)} is
 * {@code [Split(0, 4, 4, 7), Split(0, 6, 6, 9)]}.
 */
public final class Backtest {

    private Backtest() {
    }

    /** Expanding-window splits: origins {@code initial, initial + step, ...} while a whole horizon fits. */
    public static List<Split> rollingOrigin(int length, int initial, int horizon, int step) {
        if (length < 0 || initial < 1 || horizon < 1 || step < 1) {
            throw new IllegalArgumentException("need length >= 0 and initial, horizon, step >= 1; got " + length + ", "
                    + initial + ", " + horizon + ", " + step);
        }
        List<Split> splits = new ArrayList<>();
        for (int origin = initial; origin + horizon <= length; origin += step) {
            splits.add(new Split(0, origin, origin, origin + horizon));
        }
        return splits;
    }

    /** Weighted absolute percentage error: the sum of absolute errors over the sum of absolute actuals. */
    public static double wape(double[] actual, double[] forecast) {
        checkPairs(actual, forecast);
        double errors = 0;
        double volume = 0;
        for (int i = 0; i < actual.length; i++) {
            errors += Math.abs(actual[i] - forecast[i]);
            volume += Math.abs(actual[i]);
        }
        return ratio(errors, volume);
    }

    /** Mean absolute scaled error: mean absolute error over the in-sample seasonal naive error of the training. */
    public static double mase(double[] actual, double[] forecast, double[] training, int period) {
        checkPairs(actual, forecast);
        if (period < 1 || training.length <= period) {
            throw new IllegalArgumentException("MASE needs period >= 1 and more than period training values; got "
                    + "period " + period + " and " + training.length + " values");
        }
        double errors = 0;
        for (int i = 0; i < actual.length; i++) {
            errors += Math.abs(actual[i] - forecast[i]);
        }
        double naive = 0;
        for (int t = period; t < training.length; t++) {
            naive += Math.abs(training[t] - training[t - period]);
        }
        return ratio(errors / actual.length, naive / (training.length - period));
    }

    private static void checkPairs(double[] actual, double[] forecast) {
        if (actual.length == 0 || actual.length != forecast.length) {
            throw new IllegalArgumentException("need as many forecasts as actuals, at least one; got " + actual.length
                    + " actuals and " + forecast.length + " forecasts");
        }
    }

    /** A ratio whose zero denominator means a perfect score if nothing was missed, else an infinite one. */
    private static double ratio(double numerator, double denominator) {
        if (denominator == 0) {
            return numerator / denominator;
        }
        return numerator / denominator;
    }
}
