package dev.mlkatas.forecasting;

/**
 * Additive Holt-Winters: a level, a linear trend and a seasonal index per day of the period, smoothed one
 * observation at a time. Your task (statement.md, task 1): the one-step squared error, the point forecasts
 * and the fit of the three smoothing parameters.
 *
 * <p>Example: {@code HoltWinters.forecast(new double[] {1, 3, 2, 4, 3, 5}, 2, halves, 3)} is {@code [4, 6, 5]},
 * {@code halves} being {@code new HoltWintersParameters(0.5, 0.5, 0.5)}.
 */
public final class HoltWinters {

    private HoltWinters() {
    }

    /** The sum of squared one-step errors over {@code t = period .. n-1}, with the statement's initialisation. */
    public static double oneStepSse(double[] series, int period, HoltWintersParameters parameters) {
        throw new UnsupportedOperationException("Holt-Winters' one-step error is yours to write: see task 1 of the "
                + "statement");
    }

    /** The forecasts of the {@code horizon} days after the series, made at its last day. */
    public static double[] forecast(double[] series, int period, HoltWintersParameters parameters, int horizon) {
        throw new UnsupportedOperationException("Holt-Winters' forecast is yours to write: see task 1 of the "
                + "statement");
    }

    /** The parameters that minimise {@link #oneStepSse}, found by the statement's grid and refinement. */
    public static HoltWintersParameters fit(double[] series, int period) {
        throw new UnsupportedOperationException("fitting Holt-Winters is yours to write: see task 1 of the statement");
    }
}
