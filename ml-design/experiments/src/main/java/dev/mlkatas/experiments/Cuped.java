package dev.mlkatas.experiments;

/**
 * CUPED: the difference in means of a metric, less the part a pre-experiment covariate (last month's spend)
 * predicts. theta is estimated on both groups together; the adjusted metric goes through Welch's test.
 *
 * <p>Example: {@code Cuped.adjusted(spendT, preSpendT, spendC, preSpendC, 0.05).standardError()} is below
 * Welch's on the raw spend whenever spend and pre-period spend are correlated.
 */
public final class Cuped {

    private Cuped() {
    }

    /** theta = cov(covariate, metric) / var(covariate), over the users of both groups together. */
    public static double theta(double[] treatmentMetric, double[] treatmentCovariate, double[] controlMetric,
            double[] controlCovariate) {
        throw new UnsupportedOperationException(
                "CUPED is yours to write: task 3 of the statement defines theta.");
    }

    /** Welch's test on y - theta (x - mean of x over both groups), theta from {@link #theta}. */
    public static Estimate adjusted(double[] treatmentMetric, double[] treatmentCovariate, double[] controlMetric,
            double[] controlCovariate, double alpha) {
        throw new UnsupportedOperationException(
                "CUPED is yours to write: task 3 of the statement defines the adjusted metric.");
    }
}
