package dev.mlkatas.experiments;

/**
 * The mixture sequential probability ratio test (mSPRT) of Johari, Koomen, Pekelis and Walsh (2017) for a
 * difference in means, with a normal mixture N(0, tau2) over the effect: a test you may look at after every
 * user without inflating its false-positive rate.
 *
 * <p>Example: {@code Msprt.likelihoodRatio(0.0, 1.0, 3.0)} is 0.5, and {@code Msprt.firstRejection(...)}
 * is the first look whose ratio reaches 1 / alpha.
 */
public final class Msprt {

    private Msprt() {
    }

    /**
     * Lambda = sqrt(v / (v + tau2)) * exp(tau2 * d^2 / (2 v (v + tau2))) for an estimate d of the
     * difference with variance v.
     */
    public static double likelihoodRatio(double difference, double variance, double tau2) {
        check(variance, tau2);
        double total = variance + tau2;
        return Math.sqrt(variance / total) * Math.exp(tau2 * difference * difference / (2 * variance * total));
    }

    /** The always-valid p-value after each look: p = min(previous p, 1 / Lambda), starting from 1. */
    public static double[] alwaysValidPValues(double[] differences, double[] variances, double tau2) {
        checkLooks(differences, variances);
        double[] pValues = new double[differences.length];
        double p = 1;
        for (int look = 0; look < differences.length; look++) {
            p = Math.min(p, 1 / likelihoodRatio(differences[look], variances[look], tau2));
            pValues[look] = p;
        }
        return pValues;
    }

    /** The first look (from 0) at which Lambda &gt;= 1 / alpha, or -1 when no look reaches it. */
    public static int firstRejection(double[] differences, double[] variances, double tau2, double alpha) {
        checkLooks(differences, variances);
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie strictly between 0 and 1, not " + alpha);
        }
        for (int look = 0; look < differences.length; look++) {
            if (likelihoodRatio(differences[look], variances[look], tau2) >= 1 / alpha) {
                return look;
            }
        }
        return -1;
    }

    private static void check(double variance, double tau2) {
        if (!(variance > 0) || !(tau2 > 0)) {
            throw new IllegalArgumentException("variance and tau2 must be above zero, not " + variance + " and "
                    + tau2);
        }
    }

    private static void checkLooks(double[] differences, double[] variances) {
        if (differences.length != variances.length) {
            throw new IllegalArgumentException(differences.length + " differences but " + variances.length
                    + " variances");
        }
    }
}
