package dev.mlkatas.experiments.distributions;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The standard normal distribution, N(0, 1): its cumulative distribution function and its quantile. Provided
 * so that the experiments kata is about the statistics, not the special functions; it wraps Apache Commons
 * Math's {@code NormalDistribution}.
 *
 * <p>Example: {@code Normal.quantile(0.975)} is 1.959964..., {@code Normal.cdf(1.959964)} is 0.975.
 */
public final class Normal {

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Normal() {
    }

    /** P(Z &lt;= z) for a standard normal Z; 0 at minus infinity, 1 at plus infinity. */
    public static double cdf(double z) {
        return STANDARD.cumulativeProbability(z);
    }

    /** The z with P(Z &lt;= z) = p, for p in [0, 1] (minus and plus infinity at the ends). */
    public static double quantile(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }
}
