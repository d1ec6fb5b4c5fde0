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
        checkPaired("treatment", treatmentMetric, treatmentCovariate);
        checkPaired("control", controlMetric, controlCovariate);
        double[] y = concat(treatmentMetric, controlMetric);
        double[] x = concat(treatmentCovariate, controlCovariate);
        double meanX = 0;
        for (double value : x) {
            meanX += value;
        }
        meanX /= x.length;
        // Centring x alone is enough: the centred x sums to zero, so the mean of y would drop out.
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * y[i];
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        if (variance == 0) {
            throw new IllegalArgumentException("the covariate is constant: theta is undefined");
        }
        return covariance / variance;
    }

    /**
     * Welch's test on y - theta (x - mean of x over both groups), theta from {@link #theta}. The mean of x
     * shifts every adjusted value alike, so the difference and its standard error do not depend on it and
     * it is left out here.
     */
    public static Estimate adjusted(double[] treatmentMetric, double[] treatmentCovariate, double[] controlMetric,
            double[] controlCovariate, double alpha) {
        double theta = theta(treatmentMetric, treatmentCovariate, controlMetric, controlCovariate);
        return MetricTests.welch(adjust(treatmentMetric, treatmentCovariate, theta),
                adjust(controlMetric, controlCovariate, theta), alpha);
    }

    private static double[] adjust(double[] metric, double[] covariate, double theta) {
        double[] adjusted = new double[metric.length];
        for (int i = 0; i < metric.length; i++) {
            adjusted[i] = metric[i] - theta * covariate[i];
        }
        return adjusted;
    }

    /** The rows of both groups, treatment first. */
    private static double[] concat(double[] treatment, double[] control) {
        double[] all = java.util.Arrays.copyOf(treatment, treatment.length + control.length);
        System.arraycopy(control, 0, all, treatment.length, control.length);
        return all;
    }

    private static void checkPaired(String group, double[] metric, double[] covariate) {
        if (metric.length != covariate.length) {
            throw new IllegalArgumentException(group + ": " + metric.length + " metric values but "
                    + covariate.length + " covariate values");
        }
    }
}
