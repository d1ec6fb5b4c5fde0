package dev.mlkatas.experiments;

import dev.mlkatas.experiments.distributions.StudentT;

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
        checkAlpha(alpha);
        double meanT = mean(treatment);
        double meanC = mean(control);
        double varianceT = covariance(treatment, meanT, treatment) / treatment.length;
        double varianceC = covariance(control, meanC, control) / control.length;
        double standardError = Math.sqrt(varianceT + varianceC);
        // Not above zero: both groups constant, or NaN from a group of fewer than 2 users.
        if (!(standardError > 0)) {
            throw new IllegalArgumentException("each group needs at least 2 users and the two cannot both be"
                    + " constant: the t statistic is undefined");
        }
        double df = (varianceT + varianceC) * (varianceT + varianceC)
                / (varianceT * varianceT / (treatment.length - 1) + varianceC * varianceC / (control.length - 1));
        return estimate(meanT - meanC, standardError, standardError, df, alpha);
    }

    /** The two-proportion z-test: pooled standard error for the statistic, unpooled for the interval. */
    public static Estimate twoProportions(long treatmentSuccesses, long treatmentUsers, long controlSuccesses,
            long controlUsers, double alpha) {
        checkAlpha(alpha);
        checkCounts("treatment", treatmentSuccesses, treatmentUsers);
        checkCounts("control", controlSuccesses, controlUsers);
        double rateT = (double) treatmentSuccesses / treatmentUsers;
        double rateC = (double) controlSuccesses / controlUsers;
        double pooled = (double) (treatmentSuccesses + controlSuccesses) / (treatmentUsers + controlUsers);
        double pooledError = Math.sqrt(pooled * (1 - pooled) * (1.0 / treatmentUsers + 1.0 / controlUsers));
        if (pooledError == 0) {
            throw new IllegalArgumentException("every user converted, or none did: the z statistic is undefined");
        }
        double unpooledError = Math.sqrt(rateT * (1 - rateT) / treatmentUsers + rateC * (1 - rateC) / controlUsers);
        return estimate(rateT - rateC, pooledError, unpooledError, Double.POSITIVE_INFINITY, alpha);
    }

    /**
     * The difference of two ratios of sums, sum(numerator) / sum(denominator) per group, each user one row,
     * with the delta method's variance (the covariance term included) and a z-test.
     */
    public static Estimate ratio(double[] treatmentNumerator, double[] treatmentDenominator,
            double[] controlNumerator, double[] controlDenominator, double alpha) {
        checkAlpha(alpha);
        checkPaired("treatment", treatmentNumerator, treatmentDenominator);
        checkPaired("control", controlNumerator, controlDenominator);
        double[] treatment = ratioAndVariance(treatmentNumerator, treatmentDenominator);
        double[] control = ratioAndVariance(controlNumerator, controlDenominator);
        double standardError = Math.sqrt(treatment[1] + control[1]);
        // Not above zero: every user's ratio the same (the sum may round below zero), or fewer than 2 users.
        if (!(standardError > 0)) {
            throw new IllegalArgumentException("each group needs at least 2 users and the ratios cannot both be"
                    + " without variance: the z statistic is undefined");
        }
        return estimate(treatment[0] - control[0], standardError, standardError, Double.POSITIVE_INFINITY, alpha);
    }

    /** {ratio, variance of the ratio} of one group by the delta method. */
    private static double[] ratioAndVariance(double[] numerator, double[] denominator) {
        int n = numerator.length;
        double meanY = mean(numerator);
        double meanX = mean(denominator);
        if (meanX == 0) {
            throw new IllegalArgumentException("the denominators sum to zero: the ratio is undefined");
        }
        double ratio = meanY / meanX;
        double varianceY = covariance(numerator, meanY, numerator);
        double varianceX = covariance(denominator, meanX, denominator);
        double covariance = covariance(numerator, meanY, denominator);
        double variance = (varianceY - 2 * ratio * covariance + ratio * ratio * varianceX) / (n * meanX * meanX);
        return new double[] {ratio, variance};
    }

    private static Estimate estimate(double difference, double testError, double intervalError, double df,
            double alpha) {
        double statistic = difference / testError;
        double pValue = StudentT.cdf(-Math.abs(statistic), df);
        double margin = StudentT.quantile(1 - alpha / 2, df) * intervalError;
        return new Estimate(difference, intervalError, statistic, df, pValue, difference - margin,
                difference + margin);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** The sample covariance, over n - 1; centring one factor is enough, since a - mean(a) sums to zero. */
    private static double covariance(double[] a, double meanA, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * b[i];
        }
        return sum / (a.length - 1);
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie strictly between 0 and 1, not " + alpha);
        }
    }

    private static void checkCounts(String group, long successes, long users) {
        if (users < 1 || successes < 0 || successes > users) {
            throw new IllegalArgumentException(group + ": " + successes + " successes of " + users
                    + " users is not a count of at least one user");
        }
    }

    private static void checkPaired(String group, double[] numerator, double[] denominator) {
        if (numerator.length != denominator.length) {
            throw new IllegalArgumentException(group + ": " + numerator.length + " numerators but "
                    + denominator.length + " denominators");
        }
    }
}
