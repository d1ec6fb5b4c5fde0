package dev.mlkatas.forecasting.models;

/**
 * The baseline every forecast must beat: the same day of the last season, here last week.
 *
 * <p>Example: {@code SeasonalNaive.forecast(history, 7, 7)} repeats the last seven days.
 */
public final class SeasonalNaive {

    private SeasonalNaive() {
    }

    public static double[] forecast(double[] history, int period, int horizon) {
        int n = history.length;
        double[] forecast = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            forecast[h - 1] = history[n - period + (h - 1) % period];
        }
        return forecast;
    }
}
