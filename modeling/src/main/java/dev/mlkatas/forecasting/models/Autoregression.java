package dev.mlkatas.forecasting.models;

import java.util.Arrays;
import smile.math.MathEx;
import smile.timeseries.TimeSeries;

/**
 * An autoregressive model AR(p) by Yule-Walker: the autocorrelations from Smile ({@code TimeSeries.acf}), the
 * coefficients from them by the Levinson-Durbin recursion, the forecast by running the recursion forward.
 * Smile's own {@code AR.fit} does the same but then computes its t-tests with the native BLAS, which this
 * project leaves out (no org.bytedeco), so it fails here; this class is its first half.
 *
 * <p>Example: {@code Autoregression.forecast(history, 14, 7)}: with p = 14 it sees the same weekday one and
 * two weeks back.
 */
public final class Autoregression {

    /** The history AR learns from: the last year, so that one fit stays cheap on long files. */
    static final int MAX_HISTORY = 365;

    private Autoregression() {
    }

    /** The next {@code horizon} values, never below zero. */
    public static double[] forecast(double[] history, int order, int horizon) {
        double[] recent = Arrays.copyOfRange(history, Math.max(0, history.length - MAX_HISTORY), history.length);
        double mean = MathEx.mean(recent);
        double[] phi = coefficients(recent, order);
        double[] centred = new double[recent.length + horizon];
        for (int t = 0; t < recent.length; t++) {
            centred[t] = recent[t] - mean;
        }
        double[] forecast = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int t = recent.length + h;
            double value = 0;
            for (int k = 1; k <= order; k++) {
                value += phi[k - 1] * centred[t - k];
            }
            centred[t] = value;
            forecast[h] = Math.max(0, value + mean);
        }
        return forecast;
    }

    /** The Yule-Walker coefficients phi_1..phi_p; all zero for a constant series. */
    static double[] coefficients(double[] x, int order) {
        double[] r = new double[order + 1];
        for (int k = 0; k <= order; k++) {
            r[k] = TimeSeries.acf(x, k);
        }
        double[] phi = new double[order];
        if (!(r[0] > 0) || Double.isNaN(r[1])) {
            return phi;
        }
        double error = r[0];
        for (int k = 1; k <= order; k++) {
            double reflection = r[k];
            for (int j = 1; j < k; j++) {
                reflection -= phi[j - 1] * r[k - j];
            }
            reflection /= error;
            double[] previous = phi.clone();
            phi[k - 1] = reflection;
            for (int j = 1; j < k; j++) {
                phi[j - 1] = previous[j - 1] - reflection * previous[k - j - 1];
            }
            error *= 1 - reflection * reflection;
        }
        return phi;
    }
}
