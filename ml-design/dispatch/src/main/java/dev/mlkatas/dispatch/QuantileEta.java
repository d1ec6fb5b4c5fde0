package dev.mlkatas.dispatch;

/**
 * Scoring a quantile model of delivery time: the pinball loss a quantile regression minimises, the coverage that
 * says whether a p90 is a p90, and the empirical quantile, the best constant under the pinball loss.
 *
 * <p>Example: {@code QuantileEta.pinball(30, 25, 0.9)} is 4.5 (five minutes late at the p90 costs 0.9 a minute)
 * and {@code QuantileEta.pinball(20, 25, 0.9)} is 0.5 (five minutes early costs 0.1 a minute).
 */
public final class QuantileEta {

    private QuantileEta() {
    }

    /** The pinball loss of predicting {@code predicted} at quantile {@code tau} when {@code actual} happened. */
    public static double pinball(double actual, double predicted, double tau) {
        throw new UnsupportedOperationException(
                "The pinball loss is yours to write: task 3 of the statement defines it.");
    }

    /** The mean pinball loss over paired actual and predicted values. */
    public static double meanPinball(double[] actual, double[] predicted, double tau) {
        throw new UnsupportedOperationException(
                "The mean pinball loss is yours to write: task 3 of the statement defines it.");
    }

    /** The share of pairs whose actual value is at most the predicted one: about tau for a good quantile model. */
    public static double coverage(double[] actual, double[] predicted) {
        throw new UnsupportedOperationException(
                "Coverage is yours to write: task 3 of the statement defines it.");
    }

    /** The smallest value v of {@code values} with at least a share tau of the values at most v. */
    public static double empiricalQuantile(double[] values, double tau) {
        throw new UnsupportedOperationException(
                "The empirical quantile is yours to write: task 3 of the statement defines it.");
    }
}
