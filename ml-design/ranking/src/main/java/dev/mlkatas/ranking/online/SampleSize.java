package dev.mlkatas.ranking.online;

import smile.stat.distribution.GaussianDistribution;

/**
 * How many searches each arm of an A/B test needs to detect a given absolute change of the conversion rate
 * with the two-sided {@link TwoProportionTest}.
 *
 * <p>The normal approximation (Fleiss): with {@code p1} the baseline rate, {@code p2 = p1 + mde} and
 * {@code p̄} their mean, {@code n = (z(1 - alpha/2) sqrt(2 p̄ (1 - p̄)) + z(power) sqrt(p1 (1 - p1) + p2 (1 -
 * p2)))² / mde²}, rounded up. The first term is the pooled standard error the test uses under the null
 * hypothesis; the second, the standard error under the alternative that the power is about.
 *
 * <p>Example: {@code SampleSize.perArm(0.10, 0.02, 0.05, 0.80)} is 3,841: to tell 10 % from 12 % with 80 %
 * power at 5 %, 3,841 searches per arm, 7,682 in all.
 */
public final class SampleSize {

    private SampleSize() {
    }

    /**
     * Searches per arm.
     *
     * @param baselineRate the control's conversion rate, strictly between 0 and 1
     * @param minimumDetectableEffect the absolute change to detect, e.g. 0.02 for 10 % to 12 %; not 0, and
     *     the changed rate must stay strictly between 0 and 1 (a negative effect is a drop)
     * @param alpha the significance level of the two-sided test, strictly between 0 and 1
     * @param power the chance of detecting the effect when it is there, strictly between 0 and 1
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static long perArm(double baselineRate, double minimumDetectableEffect, double alpha, double power) {
        double p1 = baselineRate;
        double p2 = baselineRate + minimumDetectableEffect;
        requireOpenUnit("the baseline rate", p1);
        requireOpenUnit("the baseline rate plus the minimum detectable effect", p2);
        requireOpenUnit("alpha", alpha);
        requireOpenUnit("power", power);
        if (minimumDetectableEffect == 0) {
            throw new IllegalArgumentException("a minimum detectable effect of 0 needs infinitely many searches");
        }
        GaussianDistribution normal = GaussianDistribution.getInstance();
        double mean = (p1 + p2) / 2;
        double underNull = normal.quantile(1 - alpha / 2) * Math.sqrt(2 * mean * (1 - mean));
        double underAlternative = normal.quantile(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        double n = Math.pow(underNull + underAlternative, 2) / (minimumDetectableEffect * minimumDetectableEffect);
        return (long) Math.ceil(n);
    }

    private static void requireOpenUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be strictly between 0 and 1, not " + value);
        }
    }
}
