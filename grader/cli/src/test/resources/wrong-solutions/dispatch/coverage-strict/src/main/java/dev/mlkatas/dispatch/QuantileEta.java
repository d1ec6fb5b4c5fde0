package dev.mlkatas.dispatch;

import java.util.Arrays;

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
        checkTau(tau);
        double under = actual - predicted;
        return under >= 0 ? tau * under : (tau - 1) * under;
    }

    /** The mean pinball loss over paired actual and predicted values. */
    public static double meanPinball(double[] actual, double[] predicted, double tau) {
        checkPairs(actual, predicted);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += pinball(actual[i], predicted[i], tau);
        }
        return sum / actual.length;
    }

    /** The share of pairs whose actual value is at most the predicted one: about tau for a good quantile model. */
    public static double coverage(double[] actual, double[] predicted) {
        checkPairs(actual, predicted);
        int covered = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < predicted[i]) {
                covered++;
            }
        }
        return (double) covered / actual.length;
    }

    /** The smallest value v of {@code values} with at least a share tau of the values at most v. */
    public static double empiricalQuantile(double[] values, double tau) {
        checkTau(tau);
        if (values.length == 0) {
            throw new IllegalArgumentException("the quantile of no values is undefined");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // The smallest count k with k >= tau * n; tau > 0 makes it at least 1.
        int k = (int) Math.ceil(tau * sorted.length);
        return sorted[k - 1];
    }

    private static void checkTau(double tau) {
        if (!(tau > 0 && tau < 1)) {
            throw new IllegalArgumentException("tau must lie strictly between 0 and 1, not " + tau);
        }
    }

    private static void checkPairs(double[] actual, double[] predicted) {
        if (actual.length != predicted.length || actual.length == 0) {
            throw new IllegalArgumentException("needs as many predictions as actual values, at least one; got "
                    + actual.length + " and " + predicted.length);
        }
    }
}
