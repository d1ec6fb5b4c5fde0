package dev.mlkatas.experiments;

import dev.mlkatas.experiments.distributions.Normal;

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
        checkProportions(baseline, minimumEffect, alpha);
        checkProbability("power", power);
        double treated = baseline + minimumEffect;
        double pooled = (baseline + treated) / 2;
        double underNull = Normal.quantile(1 - alpha / 2) * Math.sqrt(2 * pooled * (1 - pooled));
        double underEffect = Normal.quantile(power) * Math.sqrt(spread(baseline) + spread(treated));
        double root = (underNull + underEffect) / minimumEffect;
        return (long) Math.ceil(root * root);
    }

    /** The power of the two-proportion test with {@code perGroup} users in each group. */
    public static double powerForProportions(double baseline, double minimumEffect, double alpha, long perGroup) {
        checkProportions(baseline, minimumEffect, alpha);
        checkUsers(perGroup);
        double treated = baseline + minimumEffect;
        double pooled = (baseline + treated) / 2;
        double underNull = Normal.quantile(1 - alpha / 2) * Math.sqrt(2 * pooled * (1 - pooled));
        double z = (Math.abs(minimumEffect) * Math.sqrt(perGroup) - underNull)
                / Math.sqrt(spread(baseline) + spread(treated));
        return Normal.cdf(z);
    }

    /** Users per group to detect a difference {@code minimumEffect} in means of a metric with this spread. */
    public static long perGroupForMeans(double standardDeviation, double minimumEffect, double alpha, double power) {
        checkMeans(standardDeviation, minimumEffect, alpha);
        checkProbability("power", power);
        double z = Normal.quantile(1 - alpha / 2) + Normal.quantile(power);
        return (long) Math.ceil(2 * standardDeviation * standardDeviation * z * z / (minimumEffect * minimumEffect));
    }

    /** The power of the test of means with {@code perGroup} users in each group. */
    public static double powerForMeans(double standardDeviation, double minimumEffect, double alpha, long perGroup) {
        checkMeans(standardDeviation, minimumEffect, alpha);
        checkUsers(perGroup);
        double standardError = standardDeviation * Math.sqrt(2.0 / perGroup);
        return Normal.cdf(Math.abs(minimumEffect) / standardError - Normal.quantile(1 - alpha / 2));
    }

    private static double spread(double p) {
        return p * (1 - p);
    }

    private static void checkProportions(double baseline, double minimumEffect, double alpha) {
        checkProbability("baseline", baseline);
        checkProbability("baseline + minimumEffect", baseline + minimumEffect);
        checkEffect(minimumEffect);
        checkProbability("alpha", alpha);
    }

    private static void checkMeans(double standardDeviation, double minimumEffect, double alpha) {
        if (!(standardDeviation > 0) || standardDeviation == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("standardDeviation must be above zero and finite, not "
                    + standardDeviation);
        }
        checkEffect(minimumEffect);
        checkProbability("alpha", alpha);
    }

    private static void checkEffect(double minimumEffect) {
        if (minimumEffect == 0 || !Double.isFinite(minimumEffect)) {
            throw new IllegalArgumentException("minimumEffect must be finite and not zero, not " + minimumEffect);
        }
    }

    private static void checkProbability(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must lie strictly between 0 and 1, not " + value);
        }
    }

    private static void checkUsers(long perGroup) {
        if (perGroup < 1) {
            throw new IllegalArgumentException("perGroup must be at least 1, not " + perGroup);
        }
    }
}
