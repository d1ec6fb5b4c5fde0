package dev.mlkatas.forecasting;

/**
 * Additive Holt-Winters written a second way, for the tests: the error-correction form, where each state
 * moves by a share of the one-step error e (level + alpha e, trend + alpha beta e, season + gamma (1 - alpha) e),
 * which is algebraically the statement's recursion. And the statement's fitting procedure spelt out on it.
 */
final class HoltWintersOracle {

    private HoltWintersOracle() {
    }

    /** The one-step SSE, then the forecasts of the next {@code horizon} days. */
    static double[] sseAndForecast(double[] y, int m, double alpha, double beta, double gamma, int horizon) {
        double a1 = 0;
        double a2 = 0;
        for (int i = 0; i < m; i++) {
            a1 += y[i] / m;
            a2 += y[m + i] / m;
        }
        double trend = (a2 - a1) / m;
        double centre = (m - 1) / 2.0;
        double[] season = new double[m];
        for (int i = 0; i < m; i++) {
            season[i] = y[i] - a1 - trend * (i - centre);
        }
        double level = a1 + trend * centre;
        double sse = 0;
        for (int t = m; t < y.length; t++) {
            int day = t % m;
            double error = y[t] - level - trend - season[day];
            sse += error * error;
            level += trend + alpha * error;
            trend += alpha * beta * error;
            season[day] += gamma * (1 - alpha) * error;
        }
        double[] result = new double[horizon + 1];
        result[0] = sse;
        for (int h = 1; h <= horizon; h++) {
            result[h] = level + h * trend + season[(y.length - 1 + h) % m];
        }
        return result;
    }

    static double sse(double[] y, int m, double[] point) {
        return sseAndForecast(y, m, point[0], point[1], point[2], 0)[0];
    }

    /** The statement's fit: the best of the 11 x 11 x 11 grid, then the compass search down to a step of 1e-4. */
    static double[] fit(double[] y, int m) {
        double[] best = gridBest(y, m);
        double bestSse = sse(y, m, best);
        double step = 0.05;
        while (step >= 1e-4) {
            boolean moved = false;
            for (int c = 0; c < 3; c++) {
                for (double sign : new double[] {1, -1}) {
                    double[] point = best.clone();
                    point[c] = Math.max(0, Math.min(1, point[c] + sign * step));
                    double sse = sse(y, m, point);
                    if (best == null || sse < bestSse - 1e-9 * (1 + bestSse)) {
                        best = point;
                        bestSse = sse;
                        moved = true;
                    }
                }
            }
            if (!moved) {
                step = step / 2;
            }
        }
        return best;
    }

    /** The grid point of lowest SSE, the first in (alpha, beta, gamma) order among equals. */
    static double[] gridBest(double[] y, int m) {
        double[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int a = 0; a <= 10; a++) {
            for (int b = 0; b <= 10; b++) {
                for (int g = 0; g <= 10; g++) {
                    double[] point = {a / 10.0, b / 10.0, g / 10.0};
                    double sse = sse(y, m, point);
                    if (best == null || sse < bestSse - 1e-9 * (1 + bestSse)) {
                        best = point;
                        bestSse = sse;
                    }
                }
            }
        }
        return best;
    }
}
