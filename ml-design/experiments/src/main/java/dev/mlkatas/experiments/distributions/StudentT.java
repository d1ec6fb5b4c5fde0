package dev.mlkatas.experiments.distributions;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student's t distribution with {@code degreesOfFreedom} degrees of freedom, which need not be a whole
 * number (Welch's test gives fractional ones); infinite degrees of freedom are the standard normal. Provided,
 * like {@link Normal}; it wraps Apache Commons Math's {@code TDistribution}.
 *
 * <p>Example: {@code StudentT.quantile(0.975, 10)} is 2.228139..., {@code StudentT.cdf(2.228139, 10)} is 0.975.
 */
public final class StudentT {

    private StudentT() {
    }

    /** P(T &lt;= t) for T with the given degrees of freedom (above zero, or infinite). */
    public static double cdf(double t, double degreesOfFreedom) {
        if (degreesOfFreedom == Double.POSITIVE_INFINITY) {
            return Normal.cdf(t);
        }
        return distribution(degreesOfFreedom).cumulativeProbability(t);
    }

    /** The t with P(T &lt;= t) = p, for p in [0, 1]. */
    public static double quantile(double p, double degreesOfFreedom) {
        if (degreesOfFreedom == Double.POSITIVE_INFINITY) {
            return Normal.quantile(p);
        }
        return distribution(degreesOfFreedom).inverseCumulativeProbability(p);
    }

    private static TDistribution distribution(double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be above zero, not " + degreesOfFreedom);
        }
        // No random generator: only the functions are used, and a generator would cost a seed per call.
        return new TDistribution(null, degreesOfFreedom);
    }
}
