package dev.mlkatas.experiments.analysis;

import dev.mlkatas.experiments.Cuped;
import dev.mlkatas.experiments.Estimate;
import dev.mlkatas.experiments.MetricTests;
import dev.mlkatas.experiments.SampleSize;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.experiments.data.Experiment;
import dev.mlkatas.experiments.data.Experiment.Arm;

/**
 * Everything the experiments job says about one experiment, computed with the kata's pieces: Welch's test
 * on the metric, CUPED when there is a covariate, the two-proportion test when the metric is 0/1, the delta
 * method when there is a denominator, the sample size the effect needed, and the p-values over time.
 *
 * <p>Example: {@code Results r = ExperimentAnalysis.analyse(experiment, new Settings(0.05, 0.8, Double.NaN, 50));}
 */
public final class ExperimentAnalysis {

    /**
     * alpha, power, the minimum detectable effect in the metric's units (NaN: 2 % of the control's mean) and
     * the number of looks at the p-values over time.
     */
    public record Settings(double alpha, double power, double minimumEffect, int looks) {
    }

    /** The sample size a test of the metric needed: per group, without and with CUPED, and the power it had. */
    public record Design(double minimumEffect, double standardDeviation, long perGroup, long perGroupWithCuped,
            double powerAtThisSize) {
    }

    /**
     * The results; {@code cuped}, {@code proportions} and {@code ratio} are null when the experiment has no
     * covariate, no 0/1 metric or no denominator.
     */
    public record Results(Experiment experiment, Settings settings, double treatmentMean, double controlMean,
            Estimate welch, Estimate cuped, double theta, double correlation, Estimate proportions, Estimate ratio,
            Design design, Looks looks) {

        /** 1 - (CUPED's standard error / Welch's)^2: the share of variance CUPED took away. */
        public double varianceReduction() {
            double ratio = cuped.standardError() / welch.standardError();
            return 1 - ratio * ratio;
        }
    }

    private ExperimentAnalysis() {
    }

    public static Results analyse(Experiment experiment, Settings settings) {
        Arm t = experiment.treatment();
        Arm c = experiment.control();
        if (variance(t.metric()) == 0 && variance(c.metric()) == 0) {
            throw new BadInputException(experiment.source() + ": " + experiment.metricName() + " is "
                    + g(t.metric()[0]) + " for every user of treatment and " + g(c.metric()[0])
                    + " for every user of control: there is nothing to test");
        }
        Estimate welch = test(() -> MetricTests.welch(t.metric(), c.metric(), settings.alpha()), experiment);
        double controlMean = mean(c.metric());
        double treatmentMean = mean(t.metric());
        Estimate cuped = null;
        double theta = Double.NaN;
        double correlation = Double.NaN;
        if (experiment.covariateName() != null) {
            theta = test(() -> Cuped.theta(t.metric(), t.covariate(), c.metric(), c.covariate()), experiment);
            cuped = test(() -> Cuped.adjusted(t.metric(), t.covariate(), c.metric(), c.covariate(), settings.alpha()),
                    experiment);
            correlation = correlation(t, c);
        }
        Estimate proportions = null;
        if (experiment.binaryMetric()) {
            long successesT = Math.round(sum(t.metric()));
            long successesC = Math.round(sum(c.metric()));
            proportions = test(() -> MetricTests.twoProportions(successesT, t.users(), successesC, c.users(),
                    settings.alpha()), experiment);
        }
        Estimate ratio = null;
        if (experiment.denominatorName() != null) {
            ratio = test(() -> MetricTests.ratio(t.metric(), t.denominator(), c.metric(), c.denominator(),
                    settings.alpha()), experiment);
        }
        double effect = Double.isNaN(settings.minimumEffect()) ? 0.02 * controlMean : settings.minimumEffect();
        if (!(Math.abs(effect) > 0)) {
            throw new BadInputException("--mde: the control's mean of " + experiment.metricName()
                    + " is 0, so 2 % of it is no effect; give --mde");
        }
        Design design = design(experiment, settings, effect, controlMean, correlation);
        Looks looks = Looks.compute(experiment, settings.looks(), settings.alpha(), effect * effect);
        return new Results(experiment, settings, treatmentMean, controlMean, welch, cuped, theta, correlation,
                proportions, ratio, design, looks);
    }

    private static Design design(Experiment experiment, Settings settings, double effect, double controlMean,
            double correlation) {
        Arm c = experiment.control();
        double sd = Math.sqrt(variance(c.metric()));
        int perGroup = Math.min(experiment.treatment().users(), c.users());
        if (experiment.binaryMetric() && controlMean > 0 && controlMean < 1 && controlMean + effect > 0
                && controlMean + effect < 1) {
            return new Design(effect, sd,
                    SampleSize.perGroupForProportions(controlMean, effect, settings.alpha(), settings.power()), -1,
                    SampleSize.powerForProportions(controlMean, effect, settings.alpha(), perGroup));
        }
        if (!(sd > 0)) {
            throw new BadInputException(experiment.source() + ": " + experiment.metricName()
                    + " does not vary in the control group");
        }
        long withCuped = Double.isNaN(correlation) || Math.abs(correlation) >= 1 ? -1
                : SampleSize.perGroupForMeans(sd * Math.sqrt(1 - correlation * correlation), effect,
                        settings.alpha(), settings.power());
        return new Design(effect, sd, SampleSize.perGroupForMeans(sd, effect, settings.alpha(), settings.power()),
                withCuped, SampleSize.powerForMeans(sd, effect, settings.alpha(), perGroup));
    }

    /** A test the data cannot support (a constant metric, say) is bad input, in the words of the test. */
    private static <T> T test(java.util.function.Supplier<T> test, Experiment experiment) {
        try {
            return test.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(experiment.source() + ": " + e.getMessage());
        }
    }

    private static double correlation(Arm t, Arm c) {
        double[] y = concat(t.metric(), c.metric());
        double[] x = concat(t.covariate(), c.covariate());
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static double mean(double[] values) {
        return sum(values) / values.length;
    }

    static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    static double variance(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / (values.length - 1);
    }

    private static String g(double value) {
        return String.format(java.util.Locale.ROOT, "%.6g", value).replaceFirst("\\.?0+$", "");
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
