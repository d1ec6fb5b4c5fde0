package dev.mlkatas.experiments;

/**
 * How many users each group of an A/B test needs, and the power a given number buys: two-sided tests at
 * level alpha, for a difference in proportions (conversion) and in means (spend per user).
 *
 * <p>Example: {@code SampleSize.perGroupForMeans(1.0, 0.5, 0.05, 0.8)} is 63.
 */
public final class SampleSize {

    private SampleSize() {
    }

    /** Users per group to detect {@code baseline -> baseline + minimumEffect} with the given power. */
    public static long perGroupForProportions(double baseline, double minimumEffect, double alpha, double power) {
        throw new UnsupportedOperationException(
                "Sample size for proportions is yours to write: task 1 of the statement has the formula.");
    }

    /** The power of the two-proportion test with {@code perGroup} users in each group. */
    public static double powerForProportions(double baseline, double minimumEffect, double alpha, long perGroup) {
        throw new UnsupportedOperationException(
                "Power for proportions is yours to write: task 1 of the statement inverts the formula.");
    }

    /** Users per group to detect a difference {@code minimumEffect} in means of a metric with this spread. */
    public static long perGroupForMeans(double standardDeviation, double minimumEffect, double alpha, double power) {
        throw new UnsupportedOperationException(
                "Sample size for means is yours to write: task 1 of the statement has the formula.");
    }

    /** The power of the test of means with {@code perGroup} users in each group. */
    public static double powerForMeans(double standardDeviation, double minimumEffect, double alpha, long perGroup) {
        throw new UnsupportedOperationException(
                "Power for means is yours to write: task 1 of the statement inverts the formula.");
    }
}
