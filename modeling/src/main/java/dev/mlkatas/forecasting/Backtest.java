package dev.mlkatas.forecasting;

import java.util.List;

/**
 * How good is a forecast: the splits of a rolling-origin backtest, and the two errors the shelves care
 * about, WAPE and MASE. Your task (statement.md, task 2).
 *
 * <p>Example: {@code Backtest.rollingOrigin(10, 4, 3, 2)} is
 * {@code [Split(0, 4, 4, 7), Split(0, 6, 6, 9)]}.
 */
public final class Backtest {

    private Backtest() {
    }

    /** Expanding-window splits: origins {@code initial, initial + step, ...} while a whole horizon fits. */
    public static List<Split> rollingOrigin(int length, int initial, int horizon, int step) {
        throw new UnsupportedOperationException("the rolling-origin splits are yours to write: see task 2 of the "
                + "statement");
    }

    /** Weighted absolute percentage error: the sum of absolute errors over the sum of absolute actuals. */
    public static double wape(double[] actual, double[] forecast) {
        throw new UnsupportedOperationException("WAPE is yours to write: see task 2 of the statement");
    }

    /** Mean absolute scaled error: mean absolute error over the in-sample seasonal naive error of the training. */
    public static double mase(double[] actual, double[] forecast, double[] training, int period) {
        throw new UnsupportedOperationException("MASE is yours to write: see task 2 of the statement");
    }
}
