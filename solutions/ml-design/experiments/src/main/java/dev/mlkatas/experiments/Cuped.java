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
        double meanY = (sum(treatmentMetric) + sum(controlMetric))
                / (treatmentMetric.length + controlMetric.length);
        double meanX = (sum(treatmentCovariate) + sum(controlCovariate))
                / (treatmentCovariate.length + controlCovariate.length);
        double covariance = crossSum(treatmentCovariate, meanX, treatmentMetric, meanY)
                + crossSum(controlCovariate, meanX, controlMetric, meanY);
        double variance = crossSum(treatmentCovariate, meanX, treatmentCovariate, meanX)
                + crossSum(controlCovariate, meanX, controlCovariate, meanX);
        if (variance == 0) {
            throw new IllegalArgumentException("the covariate is constant: theta is undefined");
        }
        return covariance / variance;
    }

    /** Welch's test on y - theta (x - mean of x over both groups), theta from {@link #theta}. */
    public static Estimate adjusted(double[] treatmentMetric, double[] treatmentCovariate, double[] controlMetric,
            double[] controlCovariate, double alpha) {
        double theta = theta(treatmentMetric, treatmentCovariate, controlMetric, controlCovariate);
        double meanX = (sum(treatmentCovariate) + sum(controlCovariate))
                / (treatmentCovariate.length + controlCovariate.length);
        return MetricTests.welch(adjust(treatmentMetric, treatmentCovariate, theta, meanX),
                adjust(controlMetric, controlCovariate, theta, meanX), alpha);
    }

    private static double[] adjust(double[] metric, double[] covariate, double theta, double meanX) {
        double[] adjusted = new double[metric.length];
        for (int i = 0; i < metric.length; i++) {
            adjusted[i] = metric[i] - theta * (covariate[i] - meanX);
        }
        return adjusted;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static double crossSum(double[] a, double meanA, double[] b, double meanB) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum;
    }

    private static void checkPaired(String group, double[] metric, double[] covariate) {
        if (metric.length != covariate.length) {
            throw new IllegalArgumentException(group + ": " + metric.length + " metric values but "
                    + covariate.length + " covariate values");
        }
    }
}
