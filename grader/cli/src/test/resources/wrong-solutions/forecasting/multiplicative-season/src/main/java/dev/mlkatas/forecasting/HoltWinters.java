package dev.mlkatas.forecasting;

/**
 * Holt-Winters: a level, a linear trend and a seasonal factor per day of the period, smoothed one
 * observation at a time. A busy Saturday sells a share more than the week's level, so the season scales it.
 *
 * <p>Example: {@code HoltWinters.forecast(sales, 7, new HoltWintersParameters(0.3, 0.1, 0.2), 14)} is the next
 * two weeks of {@code sales}.
 */
public final class HoltWinters {

    private HoltWinters() {
    }

    /** The sum of squared one-step errors over {@code t = period .. n-1}, with the statement's initialisation. */
    public static double oneStepSse(double[] series, int period, HoltWintersParameters parameters) {
        return run(series, period, parameters).sse();
    }

    /** The forecasts of the {@code horizon} days after the series, made at its last day. */
    public static double[] forecast(double[] series, int period, HoltWintersParameters parameters, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, not " + horizon);
        }
        Smoothed end = run(series, period, parameters);
        int n = series.length;
        double[] out = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            // factors[d] holds the latest factor of day d of the period: day n - 1 + h is day (n - 1 + h) % m.
            out[h - 1] = (end.level() + h * end.trend()) * end.factors()[(n - 1 + h) % period];
        }
        return out;
    }

    /** The parameters that minimise {@link #oneStepSse}, found by the statement's grid and refinement. */
    public static HoltWintersParameters fit(double[] series, int period) {
        double[] best = null;
        double bestSse = 0;
        for (int a = 0; a <= 10; a++) {
            for (int b = 0; b <= 10; b++) {
                for (int g = 0; g <= 10; g++) {
                    double[] point = {a / 10.0, b / 10.0, g / 10.0};
                    double sse = sse(series, period, point);
                    if (best == null || lower(sse, bestSse)) {
                        best = point;
                        bestSse = sse;
                    }
                }
            }
        }
        double step = 0.05;
        while (step >= 1e-4) {
            boolean moved = false;
            for (int k = 0; k < 3; k++) {
                for (double direction : new double[] {step, -step}) {
                    double[] trial = best.clone();
                    trial[k] = Math.max(0, Math.min(1, trial[k] + direction));
                    double sse = sse(series, period, trial);
                    if (lower(sse, bestSse)) {
                        best = trial;
                        bestSse = sse;
                        moved = true;
                    }
                }
            }
            if (!moved) {
                step /= 2;
            }
        }
        return new HoltWintersParameters(best[0], best[1], best[2]);
    }

    /** Lower by more than rounding: two correct sums can differ in their last bits. */
    private static boolean lower(double sse, double best) {
        return sse < best - 1e-9 * (1 + best);
    }

    private static double sse(double[] series, int period, double[] point) {
        return oneStepSse(series, period, new HoltWintersParameters(point[0], point[1], point[2]));
    }

    private record Smoothed(double level, double trend, double[] factors, double sse) {}

    private static Smoothed run(double[] series, int m, HoltWintersParameters p) {
        if (m < 2) {
            throw new IllegalArgumentException("the period must be at least 2, not " + m);
        }
        if (series.length < 2 * m) {
            throw new IllegalArgumentException("need two whole seasons, " + 2 * m + " values, not " + series.length);
        }
        double a1 = 0;
        double a2 = 0;
        for (int i = 0; i < m; i++) {
            a1 += series[i];
            a2 += series[m + i];
        }
        a1 /= m;
        a2 /= m;
        double trend = (a2 - a1) / m;
        double level = a1 + trend * (m - 1) / 2.0;
        double[] factors = new double[m];
        for (int i = 0; i < m; i++) {
            factors[i] = series[i] / (a1 + trend * (i - (m - 1) / 2.0));
        }
        double sse = 0;
        for (int t = m; t < series.length; t++) {
            double factor = factors[t % m];
            double error = series[t] - (level + trend) * factor;
            sse += error * error;
            double newLevel = p.alpha() * (series[t] / factor) + (1 - p.alpha()) * (level + trend);
            trend = p.beta() * (newLevel - level) + (1 - p.beta()) * trend;
            level = newLevel;
            factors[t % m] = p.gamma() * (series[t] / level) + (1 - p.gamma()) * factor;
        }
        return new Smoothed(level, trend, factors, sse);
    }
}
