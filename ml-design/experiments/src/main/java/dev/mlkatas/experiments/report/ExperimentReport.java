package dev.mlkatas.experiments.report;

import dev.mlkatas.experiments.Estimate;
import dev.mlkatas.experiments.analysis.ExperimentAnalysis.Design;
import dev.mlkatas.experiments.analysis.ExperimentAnalysis.Results;
import dev.mlkatas.experiments.analysis.Looks;
import java.util.Locale;

/**
 * {@code report.md}: the experiment for a reader who decides whether to ship, with the run's own numbers:
 * the effect and its interval, what CUPED changed, the sample size the effect needed, and why nobody should
 * stop the test the first time the p-value dips below alpha.
 *
 * <p>Example: {@code Files.writeString(out.file("report.md"), ExperimentReport.markdown(results))}
 */
public final class ExperimentReport {

    private ExperimentReport() {
    }

    /** The report of data whose true effect nobody knows, such as a CSV file. */
    public static String markdown(Results r) {
        return markdown(r, Double.NaN);
    }

    /**
     * The report, with how close the estimates came to {@code trueDifference}, the difference of the means a
     * simulation planted (NaN when unknown).
     */
    public static String markdown(Results r, double trueDifference) {
        StringBuilder md = new StringBuilder();
        String metric = r.experiment().metricName();
        double alpha = r.settings().alpha();
        int level = (int) Math.round(100 * (1 - alpha));
        md.append("# A/B test report: ").append(metric).append("\n\n");
        md.append(f("Data: %s. %,d users in treatment, %,d in control. Level alpha = %s, two-sided.%n%n",
                r.experiment().source(), r.experiment().treatment().users(), r.experiment().control().users(),
                level(alpha)));

        md.append("## The effect\n\n");
        Estimate w = r.welch();
        md.append(f("Mean %s per user: %s in treatment against %s in control. The difference is **%s** "
                + "(%d %% interval %s to %s, %s of the control's mean), Welch's t = %.2f with %.0f degrees of "
                + "freedom, p = %s. %s%n%n", metric, g(r.treatmentMean()), g(r.controlMean()), g(w.difference()),
                level, g(w.low()), g(w.high()), percent(w.difference() / r.controlMean()), w.statistic(),
                w.degreesOfFreedom(), p(w.pValue()), verdict(w, level)));
        if (r.cuped() != null) {
            Estimate c = r.cuped();
            md.append(f("**With CUPED** (covariate %s, correlation %.2f with %s, theta = %s): the difference is "
                    + "**%s** (%d %% interval %s to %s), p = %s. The covariate took away %.0f %% of the variance "
                    + "(rho squared is %.0f %%): the interval is %.0f %% as wide, as if the test had %.1f times "
                    + "the users. %s%n%n", r.experiment().covariateName(), r.correlation(), metric, g(r.theta()),
                    g(c.difference()), level, g(c.low()), g(c.high()), p(c.pValue()), 100 * r.varianceReduction(),
                    100 * r.correlation() * r.correlation(), 100 * c.standardError() / w.standardError(),
                    1 / (1 - r.varianceReduction()), verdict(c, level)));
        }
        if (r.proportions() != null) {
            Estimate e = r.proportions();
            md.append(f("As a conversion rate (two-proportion z-test, pooled variance for the test, unpooled for "
                    + "the interval): %s points (%d %% interval %s to %s), z = %.2f, p = %s.%n%n",
                    g(100 * e.difference()), level, g(100 * e.low()), g(100 * e.high()), e.statistic(),
                    p(e.pValue())));
        }
        if (r.ratio() != null) {
            Estimate e = r.ratio();
            md.append(f("%s / %s, a ratio of sums (users were randomised, not the units of %s, so its variance "
                    + "comes from the delta method): the difference is %s (%d %% interval %s to %s), p = %s.%n%n",
                    metric, r.experiment().denominatorName(), r.experiment().denominatorName(), g(e.difference()),
                    level, g(e.low()), g(e.high()), p(e.pValue())));
        }

        if (!Double.isNaN(trueDifference)) {
            md.append(truth(r, trueDifference, level));
        }

        md.append("## The sample size it needed\n\n");
        Design d = r.design();
        md.append(f("To detect a difference of %s (the minimum detectable effect) with power %.0f %% at alpha %s, "
                + "the test needed **%,d users per group**", g(d.minimumEffect()), 100 * r.settings().power(),
                level(alpha), d.perGroup()));
        if (d.perGroupWithCuped() >= 0) {
            md.append(f(", or %,d with CUPED", d.perGroupWithCuped()));
        }
        md.append(f(". With the users it had, its power for that effect was %.0f %%.%n%n",
                100 * d.powerAtThisSize()));

        md.append("## Peeking\n\n");
        Looks looks = r.looks();
        md.append(f("The chart p-values.png follows the test over %d looks. ", looks.size()));
        if (looks.firstNaive() >= 0) {
            md.append(f("Someone who looked at Welch's p-value every time would have stopped at %,d users, "
                    + "where p first fell below %s. ", looks.users()[looks.firstNaive()], level(alpha)));
        } else {
            md.append(f("Welch's p-value never fell below %s at any look. ", level(alpha)));
        }
        if (looks.firstMsprt() >= 0) {
            md.append(f("The mSPRT (normal mixture, tau squared = %s, the minimum effect squared) crossed its "
                    + "boundary 1/alpha at %,d users: a decision that stays valid however often one looks. ",
                    g(looks.tau2()), looks.users()[looks.firstMsprt()]));
        } else {
            md.append(f("The mSPRT (tau squared = %s) never crossed its boundary: with this many users, looking "
                    + "as often as one likes, there is no evidence of an effect at level %s. ", g(looks.tau2()),
                    level(alpha)));
        }
        md.append("Stopping at the first naive p < alpha turns a 5 % false-positive rate into 20 % or more "
                + "when one looks 40 or 50 times; the always-valid p-value can be watched every day.\n");
        return md.toString();
    }

    /** How far each estimate of the mean's difference landed from the planted one, in its standard errors. */
    private static String truth(Results r, double trueDifference, int level) {
        StringBuilder md = new StringBuilder(f("**The truth.** The simulation planted a difference of %s in mean %s "
                + "per user (%s of the control's mean). ", g(trueDifference), r.experiment().metricName(),
                percent(trueDifference / r.controlMean())));
        md.append(closeness("Welch's estimate", r.welch(), trueDifference, level));
        if (r.cuped() != null) {
            md.append(' ').append(closeness("CUPED's", r.cuped(), trueDifference, level));
        }
        return md.append("\n\n").toString();
    }

    private static String closeness(String name, Estimate e, double trueDifference, int level) {
        double off = e.difference() - trueDifference;
        boolean covered = e.low() <= trueDifference && trueDifference <= e.high();
        return f("%s is %s off (%.1f standard errors); its %d %% interval %s it.", name, g(off),
                Math.abs(off) / e.standardError(), level, covered ? "holds" : "misses");
    }

    private static String verdict(Estimate e, int level) {
        return e.excludesZero() ? "The " + level + " % interval leaves out zero."
                : "The " + level + " % interval includes zero: this test cannot tell the change from no change.";
    }

    private static String p(double p) {
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    /** A level such as alpha as the user wrote it: 0.05, not 0.05000. */
    private static String level(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String g(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%+.2f %%", 100 * share);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
