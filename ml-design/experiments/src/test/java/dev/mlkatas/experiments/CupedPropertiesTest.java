package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Task 3's properties: CUPED is Welch's test on the adjusted metric, its variance shrinks by about rho
 * squared, and its A/A tests still reject at the rate alpha.
 */
class CupedPropertiesTest {

    @Property(tries = 50)
    void isWelchOnTheMetricLessThetaTimesTheCentredCovariate(@ForAll long seed,
            @ForAll @IntRange(min = 3, max = 50) int sizeT, @ForAll @IntRange(min = 3, max = 50) int sizeC,
            @ForAll @DoubleRange(min = -2, max = 2) double slopeT,
            @ForAll @DoubleRange(min = -2, max = 2) double slopeC) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] t = users(random, sizeT, slopeT, 1.0);
        double[][] c = users(random, sizeC, slopeC, 0.0);

        double theta = Cuped.theta(t[0], t[1], c[0], c[1]);
        Estimate e = Cuped.adjusted(t[0], t[1], c[0], c[1], 0.05);

        double[] allX = concat(t[1], c[1]);
        double[] allY = concat(t[0], c[0]);
        Covariance covariance = new Covariance();
        assertThat(theta).isCloseTo(covariance.covariance(allX, allY) / covariance.covariance(allX, allX),
                within(1e-9));
        double meanX = MetricTestsPropertiesTest.mean(allX);
        double[] adjustedT = adjust(t, theta, meanX);
        double[] adjustedC = adjust(c, theta, meanX);
        assertThat(e.difference()).isCloseTo(MetricTestsPropertiesTest.mean(adjustedT)
                - MetricTestsPropertiesTest.mean(adjustedC), within(1e-9));
        assertThat(e.statistic()).isCloseTo(new TTest().t(adjustedT, adjustedC), within(1e-9));
        assertThat(e.pValue()).isCloseTo(new TTest().tTest(adjustedT, adjustedC), within(1e-9));
    }

    @Property(tries = 5)
    void varianceShrinksByRhoSquared(@ForAll long seed, @ForAll @DoubleRange(min = 0.3, max = 0.95) double rho) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 20_000;
        double[][] t = correlated(random, n, rho, 0.0);
        double[][] c = correlated(random, n, rho, 0.0);

        double raw = MetricTests.welch(t[0], c[0], 0.05).standardError();
        double adjusted = Cuped.adjusted(t[0], t[1], c[0], c[1], 0.05).standardError();

        double ratio = adjusted * adjusted / (raw * raw);
        assertThat(ratio).isCloseTo(1 - rho * rho, within(0.03));
    }

    @Property(tries = 3)
    void rejectsAtAlphaWithoutAnEffectAndFindsOneWithIt(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int experiments = 1000;
        int rejected = 0;
        int covered = 0;
        for (int e = 0; e < experiments; e++) {
            double[][] t = correlated(random, 40, 0.8, 0.3);
            double[][] c = correlated(random, 40, 0.8, 0.0);
            Estimate estimate = Cuped.adjusted(t[0], t[1], c[0], c[1], 0.05);
            covered += estimate.low() <= 0.3 && 0.3 <= estimate.high() ? 1 : 0;
            double[][] nullT = correlated(random, 40, 0.8, 0.0);
            rejected += Cuped.adjusted(nullT[0], nullT[1], c[0], c[1], 0.05).pValue() < 0.05 ? 1 : 0;
        }
        Binomial.assertRate("A/A rejections", rejected, experiments, 0.05);
        Binomial.assertRate("intervals covering the true effect 0.3", covered, experiments, 0.95);
    }

    /** {metric, covariate}: metric = effect + rho x + sqrt(1 - rho^2) noise, x standard normal. */
    private static double[][] correlated(SplittableRandom random, int n, double rho, double effect) {
        double[] y = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 10 + random.nextGaussian();
            y[i] = effect + rho * (x[i] - 10) + Math.sqrt(1 - rho * rho) * random.nextGaussian();
        }
        return new double[][] {y, x};
    }

    /** {metric, covariate} with a slope of its own per group, so that theta of one group is not theta of both. */
    private static double[][] users(SplittableRandom random, int n, double slope, double shift) {
        double[] y = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 50 + 10 * random.nextGaussian() + 5 * shift;
            y[i] = shift + slope * x[i] + 3 * random.nextGaussian();
        }
        return new double[][] {y, x};
    }

    private static double[] adjust(double[][] group, double theta, double meanX) {
        double[] adjusted = new double[group[0].length];
        for (int i = 0; i < adjusted.length; i++) {
            adjusted[i] = group[0][i] - theta * (group[1][i] - meanX);
        }
        return adjusted;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
