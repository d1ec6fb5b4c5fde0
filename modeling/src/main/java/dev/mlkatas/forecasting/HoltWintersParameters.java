package dev.mlkatas.forecasting;

/**
 * The three smoothing parameters of additive Holt-Winters, each in [0, 1]: {@code alpha} for the level,
 * {@code beta} for the trend, {@code gamma} for the seasonal indices.
 *
 * <p>Example: {@code new HoltWintersParameters(0.5, 0.1, 0.2)}
 */
public record HoltWintersParameters(double alpha, double beta, double gamma) {

    public HoltWintersParameters {
        check("alpha", alpha);
        check("beta", beta);
        check("gamma", gamma);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], was " + value);
        }
    }
}
