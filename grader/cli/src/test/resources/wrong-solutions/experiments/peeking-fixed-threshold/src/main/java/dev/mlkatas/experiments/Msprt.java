package dev.mlkatas.experiments;

import dev.mlkatas.experiments.distributions.Normal;

/** The mSPRT, written by a candidate who peeks with the fixed-sample threshold at every look. */
public final class Msprt {

    private Msprt() {
    }

    public static double likelihoodRatio(double difference, double variance, double tau2) {
        if (!(variance > 0) || !(tau2 > 0)) {
            throw new IllegalArgumentException("variance and tau2 must be positive");
        }
        double ratio = variance / (variance + tau2);
        double exponent = tau2 * difference * difference / (2 * variance * (variance + tau2));
        return Math.sqrt(ratio) * Math.exp(exponent);
    }

    public static double[] alwaysValidPValues(double[] differences, double[] variances, double tau2) {
        if (differences.length != variances.length) {
            throw new IllegalArgumentException("one variance per difference");
        }
        double[] p = new double[differences.length];
        double lowest = 1.0;
        for (int i = 0; i < p.length; i++) {
            lowest = Math.min(lowest, 1.0 / likelihoodRatio(differences[i], variances[i], tau2));
            p[i] = lowest;
        }
        return p;
    }

    public static int firstRejection(double[] differences, double[] variances, double tau2, double alpha) {
        if (differences.length != variances.length) {
            throw new IllegalArgumentException("one variance per difference");
        }
        if (alpha <= 0 || alpha >= 1) {
            throw new IllegalArgumentException("alpha must be in (0, 1)");
        }
        // Each look is tested as if it were the only one: |z| above the two-sided critical value.
        double critical = Normal.quantile(1 - alpha / 2);
        for (int look = 0; look < differences.length; look++) {
            if (!(variances[look] > 0) || !(tau2 > 0)) {
                throw new IllegalArgumentException("variance and tau2 must be positive");
            }
            if (Math.abs(differences[look]) / Math.sqrt(variances[look]) >= critical) {
                return look;
            }
        }
        return -1;
    }
}
