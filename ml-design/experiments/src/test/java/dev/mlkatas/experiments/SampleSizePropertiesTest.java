package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Task 1's properties: the sample size is the smallest that reaches the power, and at that size simulated
 * experiments, tested with Commons Math's distributions, reject as often as the power promises.
 */
class SampleSizePropertiesTest {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final int EXPERIMENTS = 800;

    @Property(tries = 200)
    void meansSampleSizeIsTheSmallestThatReachesThePower(@ForAll @DoubleRange(min = 0.1, max = 50) double sd,
            @ForAll @DoubleRange(min = 0.05, max = 2) double effectInSds,
            @ForAll @DoubleRange(min = 0.001, max = 0.2) @Scale(4) double alpha,
            @ForAll @DoubleRange(min = 0.5, max = 0.99) double power) {
        double effect = effectInSds * sd;
        long n = SampleSize.perGroupForMeans(sd, effect, alpha, power);

        assertThat(SampleSize.powerForMeans(sd, effect, alpha, n)).isGreaterThanOrEqualTo(power - 1e-9);
        if (n > 1) {
            assertThat(SampleSize.powerForMeans(sd, effect, alpha, n - 1)).isLessThan(power + 1e-9);
        }
    }

    @Property(tries = 200)
    void proportionsSampleSizeIsTheSmallestThatReachesThePower(
            @ForAll @DoubleRange(min = 0.02, max = 0.9) double baseline,
            @ForAll @DoubleRange(min = -0.5, max = 0.5) double share,
            @ForAll @DoubleRange(min = 0.001, max = 0.2) @Scale(4) double alpha,
            @ForAll @DoubleRange(min = 0.5, max = 0.99) double power) {
        double effect = share * (share > 0 ? 1 - baseline : baseline);
        if (Math.abs(effect) < 0.005) {
            effect = 0.005;
        }
        long n = SampleSize.perGroupForProportions(baseline, effect, alpha, power);

        assertThat(SampleSize.powerForProportions(baseline, effect, alpha, n)).isGreaterThanOrEqualTo(power - 1e-9);
        if (n > 1) {
            assertThat(SampleSize.powerForProportions(baseline, effect, alpha, n - 1)).isLessThan(power + 1e-9);
        }
    }

    @Property(tries = 3)
    void atTheSampleSizeMeansAreDetectedWithThePromisedPower(@ForAll long seed,
            @ForAll @IntRange(min = 60, max = 80) int powerPercent,
            @ForAll @DoubleRange(min = 0.3, max = 0.6) double effect) {
        double power = powerPercent / 100.0;
        int n = (int) SampleSize.perGroupForMeans(1.0, effect, 0.05, power);
        SplittableRandom random = new SplittableRandom(seed);
        double critical = NORMAL.inverseCumulativeProbability(0.975);
        int rejected = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            double sumT = 0;
            double sumC = 0;
            for (int i = 0; i < n; i++) {
                sumT += effect + random.nextGaussian();
                sumC += random.nextGaussian();
            }
            double z = (sumT / n - sumC / n) / Math.sqrt(2.0 / n);
            rejected += Math.abs(z) >= critical ? 1 : 0;
        }
        Binomial.assertRate("rejections at n = " + n, rejected, EXPERIMENTS, power);
    }

    @Property(tries = 3)
    void atTheSampleSizeConversionsAreDetectedWithThePromisedPower(@ForAll long seed,
            @ForAll @IntRange(min = 60, max = 85) int powerPercent,
            @ForAll @DoubleRange(min = 0.2, max = 0.5) double baseline) {
        double power = powerPercent / 100.0;
        double effect = 0.08;
        int n = (int) SampleSize.perGroupForProportions(baseline, effect, 0.05, power);
        SplittableRandom random = new SplittableRandom(seed);
        double critical = NORMAL.inverseCumulativeProbability(0.975);
        int rejected = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            int successesT = 0;
            int successesC = 0;
            for (int i = 0; i < n; i++) {
                successesT += random.nextDouble() < baseline + effect ? 1 : 0;
                successesC += random.nextDouble() < baseline ? 1 : 0;
            }
            double pooled = (successesT + successesC) / (2.0 * n);
            double z = (successesT - successesC) / (double) n / Math.sqrt(pooled * (1 - pooled) * 2.0 / n);
            rejected += Math.abs(z) >= critical ? 1 : 0;
        }
        Binomial.assertRate("rejections at n = " + n, rejected, EXPERIMENTS, power);
    }
}
