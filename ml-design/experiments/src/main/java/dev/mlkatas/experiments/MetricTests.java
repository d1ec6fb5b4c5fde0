package dev.mlkatas.experiments;

/**
 * The test that fits the metric, each with its confidence interval: Welch's t-test for a mean per user, the
 * two-proportion z-test for a conversion rate, and the delta method for a ratio of sums (revenue per order)
 * when users are the unit randomised.
 *
 * <p>Example: {@code MetricTests.twoProportions(120, 1000, 100, 1000, 0.05).difference()} is 0.02.
 */
public final class MetricTests {

    private MetricTests() {
    }

    /** Welch's t-test of mean(treatment) - mean(control), with the Welch-Satterthwaite degrees of freedom. */
    public static Estimate welch(double[] treatment, double[] control, double alpha) {
        throw new UnsupportedOperationException(
                "Welch's t-test is yours to write: task 2 of the statement says what it returns.");
    }

    /** The two-proportion z-test: pooled standard error for the statistic, unpooled for the interval. */
    public static Estimate twoProportions(long treatmentSuccesses, long treatmentUsers, long controlSuccesses,
            long controlUsers, double alpha) {
        throw new UnsupportedOperationException(
                "The two-proportion z-test is yours to write: task 2 says which variance goes where.");
    }

    /**
     * The difference of two ratios of sums, sum(numerator) / sum(denominator) per group, each user one row,
     * with the delta method's variance (the covariance term included) and a z-test.
     */
    public static Estimate ratio(double[] treatmentNumerator, double[] treatmentDenominator,
            double[] controlNumerator, double[] controlDenominator, double alpha) {
        throw new UnsupportedOperationException(
                "The delta method for a ratio metric is yours to write: task 2 gives its variance.");
    }
}
