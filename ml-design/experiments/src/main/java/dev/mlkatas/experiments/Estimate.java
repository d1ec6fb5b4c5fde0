package dev.mlkatas.experiments;

/**
 * What a test of an A/B experiment returns: the difference treatment minus control, its standard error,
 * the test statistic, the degrees of freedom of its reference distribution (infinite for a z-test), the
 * two-sided p-value, and the confidence interval [low, high] at level 1 - alpha.
 *
 * <p>Example: {@code Estimate e = MetricTests.welch(treatment, control, 0.05); e.low() <= e.difference()}.
 */
public record Estimate(double difference, double standardError, double statistic, double degreesOfFreedom,
        double pValue, double low, double high) {

    /**
     * Whether the interval leaves out zero: the same as p-value &lt; alpha for a test whose interval and
     * statistic use one standard error; not always for two proportions (pooled statistic, unpooled interval).
     */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
