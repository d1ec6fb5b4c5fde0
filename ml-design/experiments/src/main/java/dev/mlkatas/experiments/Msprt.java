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
        throw new UnsupportedOperationException(
                "The mSPRT is yours to write: task 4 of the statement gives Lambda's formula.");
    }

    /** The always-valid p-value after each look: p = min(previous p, 1 / Lambda), starting from 1. */
    public static double[] alwaysValidPValues(double[] differences, double[] variances, double tau2) {
        throw new UnsupportedOperationException(
                "The mSPRT is yours to write: task 4 defines the always-valid p-value.");
    }

    /** The first look (from 0) at which Lambda &gt;= 1 / alpha, or -1 when no look reaches it. */
    public static int firstRejection(double[] differences, double[] variances, double tau2, double alpha) {
        throw new UnsupportedOperationException(
                "The mSPRT is yours to write: task 4 says when it rejects.");
    }
}
