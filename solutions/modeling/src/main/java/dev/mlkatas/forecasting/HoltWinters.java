package dev.mlkatas.forecasting;

/**
 * Additive Holt-Winters: a level, a linear trend and a seasonal index per day of the period, smoothed one
 * observation at a time, started from the first two seasons and fitted by a grid and a compass search.
 *
 * <p>Example: {@code HoltWinters.forecast(new double[] {1, 3, 2, 4, 3, 5}, 2, halves, 3)} is {@code [4, 6, 5]},
 * {@code halves} being {@code new HoltWintersParameters(0.5, 0.5, 0.5)}.
 */
public final class HoltWinters {

    private static final int GRID = 10;
    private static final double FIRST_STEP = 0.05;
    private static final double LAST_STEP = 1e-4;
    /** How much lower, relative to {@code 1 + best}, an SSE must be to count as lower: more than rounding. */
    private static final double LOWER_BY = 1e-9;

    private HoltWinters() {
    }

    /** The sum of squared one-step errors over {@code t = period .. n-1}, with the statement's initialisation. */
    public static double oneStepSse(double[] series, int period, HoltWintersParameters parameters) {
        return smooth(series, period, parameters).sse;
    }

    /** The forecasts of the {@code horizon} days after the series, made at its last day. */
    public static double[] forecast(double[] series, int period, HoltWintersParameters parameters, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
        }
        State state = smooth(series, period, parameters);
        int n = series.length;
        double[] forecast = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            // The index of the last season's day that falls on the same day of the period as n - 1 + h.
            forecast[h - 1] = state.level + h * state.trend + state.season[n - period + (h - 1) % period];
        }
        return forecast;
    }

    /** The parameters that minimise {@link #oneStepSse}, found by the statement's grid and refinement. */
    public static HoltWintersParameters fit(double[] series, int period) {
        double[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int a = 0; a <= GRID; a++) {
            for (int b = 0; b <= GRID; b++) {
                for (int g = 0; g <= GRID; g++) {
                    double[] point = {a / (double) GRID, b / (double) GRID, g / (double) GRID};
                    double sse = sse(series, period, point);
                    if (best == null || lower(sse, bestSse)) {
                        best = point;
                        bestSse = sse;
                    }
                }
            }
        }
        for (double step = FIRST_STEP; step >= LAST_STEP; ) {
            boolean improved = false;
            for (int c = 0; c < 3; c++) {
                for (int sign = 1; sign >= -1; sign -= 2) {
                    double[] point = best.clone();
                    point[c] = Math.min(1, Math.max(0, point[c] + sign * step));
                    double sse = sse(series, period, point);
                    if (lower(sse, bestSse)) {
                        best = point;
                        bestSse = sse;
                        improved = true;
                    }
                }
            }
            if (!improved) {
                step /= 2;
            }
        }
        return new HoltWintersParameters(best[0], best[1], best[2]);
    }

    /** Whether {@code sse} is lower than {@code best} by more than rounding could make it. */
    private static boolean lower(double sse, double best) {
        return sse < best - LOWER_BY * (1 + best);
    }

    private static double sse(double[] series, int period, double[] point) {
        return oneStepSse(series, period, new HoltWintersParameters(point[0], point[1], point[2]));
    }

    /** The states after the last observation, and the one-step SSE on the way. */
    private static State smooth(double[] series, int period, HoltWintersParameters p) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be at least 2, was " + period);
        }
        int n = series.length;
        if (n < 2 * period) {
            throw new IllegalArgumentException("Holt-Winters needs two whole seasons (" + 2 * period
                    + " values), got " + n);
        }
        double first = mean(series, 0, period);
        double trend = (mean(series, period, 2 * period) - first) / period;
        double[] season = new double[n];
        for (int i = 0; i < period; i++) {
            season[i] = series[i] - (first + trend * (i - (period - 1) / 2.0));
        }
        double level = first + trend * (period - 1) / 2.0;
        double sse = 0;
        for (int t = period; t < n; t++) {
            double error = series[t] - (level + trend + season[t - period]);
            sse += error * error;
            double previous = level;
            level = p.alpha() * (series[t] - season[t - period]) + (1 - p.alpha()) * (previous + trend);
            trend = p.beta() * (level - previous) + (1 - p.beta()) * trend;
            season[t] = p.gamma() * (series[t] - level) + (1 - p.gamma()) * season[t - period];
        }
        return new State(level, trend, season, sse);
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private record State(double level, double trend, double[] season, double sse) {}
}
