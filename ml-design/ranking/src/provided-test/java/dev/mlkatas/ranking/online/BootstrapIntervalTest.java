package dev.mlkatas.ranking.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The provided statistics of an A/B test on conversion per search (two-proportion z-test, bootstrap
 * interval, sample size) against textbook figures and simulation. How many searches they need beside task
 * 3's interleaving is graded, in {@code AbTestStatisticsTest}.
 */
@DisplayName("A/B test statistics: z-test, sample size and bootstrap interval")
class TwoProportionStatisticsTest {

    @Test
    @DisplayName("z-test: 200 of 1,000 against 250 of 1,000 gives z = 2.677 and p = 0.0074 (chi-squared 7.168)")
    void zTestTextbookExample() {
        TwoProportionTest test = TwoProportionTest.of(200, 1000, 250, 1000);

        assertThat(test.rateA()).isEqualTo(0.2);
        assertThat(test.rateB()).isEqualTo(0.25);
        assertThat(test.difference()).isCloseTo(0.05, within(1e-15));
        assertThat(test.z()).isCloseTo(2.6774, within(1e-4));
        assertThat(test.z() * test.z()).isCloseTo(7.1684, within(1e-3));
        assertThat(test.pValue()).isCloseTo(0.007420, within(1e-6));
        assertThat(test.significantAt(0.05)).isTrue();
        assertThat(test.significantAt(0.001)).isFalse();
    }

    @Test
    @DisplayName("z-test: swapping the arms negates z and keeps p; equal rates give z = 0 and p = 1")
    void zTestSymmetry() {
        TwoProportionTest forward = TwoProportionTest.of(30, 400, 45, 500);
        TwoProportionTest backward = TwoProportionTest.of(45, 500, 30, 400);

        assertThat(backward.z()).isCloseTo(-forward.z(), within(1e-12));
        assertThat(backward.pValue()).isCloseTo(forward.pValue(), within(1e-12));
        TwoProportionTest equal = TwoProportionTest.of(50, 500, 100, 1000);
        assertThat(equal.z()).isZero();
        assertThat(equal.pValue()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("z-test: arms without variation (all 0 % or all 100 %) give z = 0 and p = 1; extreme ones p near 0")
    void zTestEdges() {
        assertThat(TwoProportionTest.of(0, 100, 0, 300).pValue()).isEqualTo(1.0);
        assertThat(TwoProportionTest.of(100, 100, 300, 300).z()).isZero();
        assertThat(TwoProportionTest.of(0, 1000, 1000, 1000).pValue()).isBetween(0.0, 1e-12);
    }

    @Test
    @DisplayName("z-test: of 4,000 seeded A/A tests (no difference), about 5 % are significant at 5 %")
    void zTestIsCalibrated() {
        SplittableRandom random = new SplittableRandom(7);
        int significant = 0;
        int experiments = 4000;
        for (int e = 0; e < experiments; e++) {
            long a = conversions(random, 1000, 0.1);
            long b = conversions(random, 1000, 0.1);
            significant += TwoProportionTest.of(a, 1000, b, 1000).significantAt(0.05) ? 1 : 0;
        }

        // The share's standard deviation is sqrt(0.05 * 0.95 / 4000) = 0.0034.
        assertThat((double) significant / experiments).isBetween(0.04, 0.06);
    }

    @Test
    @DisplayName("sample size: 10 % against 12 % at alpha 5 % and power 80 % needs 3,841 searches per arm")
    void sampleSizeTextbookFigure() {
        assertThat(SampleSize.perArm(0.10, 0.02, 0.05, 0.80)).isEqualTo(3841);
        assertThat(SampleSize.perArm(0.05, 0.01, 0.05, 0.80)).isEqualTo(8158);
        assertThat(SampleSize.perArm(0.10, -0.02, 0.05, 0.80)).isEqualTo(3213);
    }

    @Test
    @DisplayName("sample size: halving the effect about quadruples it; more power and a smaller alpha raise it")
    void sampleSizeGrowsAsExpected() {
        long base = SampleSize.perArm(0.10, 0.02, 0.05, 0.80);

        assertThat(SampleSize.perArm(0.10, 0.01, 0.05, 0.80)).isBetween(base * 35 / 10, base * 4);
        assertThat(SampleSize.perArm(0.10, 0.02, 0.05, 0.90)).isEqualTo(5142);
        assertThat(SampleSize.perArm(0.10, 0.02, 0.01, 0.80)).isEqualTo(5716);
    }

    @Test
    @DisplayName("sample size: at the size it gives, 2,000 seeded experiments detect the effect about 80 % of the time")
    void sampleSizeDeliversItsPower() {
        long n = SampleSize.perArm(0.10, 0.02, 0.05, 0.80);
        SplittableRandom random = new SplittableRandom(11);
        int detected = 0;
        int experiments = 2000;
        for (int e = 0; e < experiments; e++) {
            TwoProportionTest test =
                    TwoProportionTest.of(conversions(random, n, 0.10), n, conversions(random, n, 0.12), n);
            detected += test.significantAt(0.05) ? 1 : 0;
        }

        // The share's standard deviation is sqrt(0.8 * 0.2 / 2000) = 0.009.
        assertThat((double) detected / experiments).isBetween(0.77, 0.83);
    }

    @Test
    @DisplayName("sample size: rejects rates, alpha or power outside (0, 1) and an effect of 0")
    void sampleSizeRejectsBadInput() {
        assertThatThrownBy(() -> SampleSize.perArm(0, 0.02, 0.05, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.perArm(0.99, 0.02, 0.05, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.perArm(0.1, 0, 0.05, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.perArm(0.1, 0.02, 1, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.perArm(0.1, 0.02, 0.05, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("bootstrap: close to the normal interval 0.05 ± 0.0365 on 200 of 1,000 against 250 of 1,000")
    void bootstrapAgreesWithTheNormalInterval() {
        BootstrapInterval interval = BootstrapInterval.ofDifference(200, 1000, 250, 1000, 0.95, 2000, 42);

        assertThat(interval.estimate()).isCloseTo(0.05, within(1e-15));
        assertThat(interval.lower()).isCloseTo(0.05 - 0.0365, within(0.004));
        assertThat(interval.upper()).isCloseTo(0.05 + 0.0365, within(0.004));
        assertThat(interval.contains(interval.estimate())).isTrue();
        assertThat(interval.contains(0)).isFalse();
        assertThat(interval.seed()).isEqualTo(42);
        assertThat(interval.resamples()).isEqualTo(2000);
    }

    @Test
    @DisplayName("bootstrap: the same seed gives the same interval; 100 times the searches, a tenth of the width")
    void bootstrapIsRepeatableAndShrinks() {
        BootstrapInterval small = BootstrapInterval.ofDifference(20, 100, 25, 100, 0.9, 1000, 5);
        BootstrapInterval large = BootstrapInterval.ofDifference(2000, 10000, 2500, 10000, 0.9, 1000, 5);

        assertThat(BootstrapInterval.ofDifference(20, 100, 25, 100, 0.9, 1000, 5)).isEqualTo(small);
        double ratio = (large.upper() - large.lower()) / (small.upper() - small.lower());
        assertThat(ratio).isBetween(0.08, 0.12);
    }

    @Test
    @DisplayName("bootstrap: a higher confidence widens the interval; arms without variation give a point")
    void bootstrapEdges() {
        BootstrapInterval ninety = BootstrapInterval.ofDifference(30, 300, 45, 300, 0.90, 1000, 1);
        BootstrapInterval ninetyNine = BootstrapInterval.ofDifference(30, 300, 45, 300, 0.99, 1000, 1);

        assertThat(ninetyNine.lower()).isLessThan(ninety.lower());
        assertThat(ninetyNine.upper()).isGreaterThan(ninety.upper());
        BootstrapInterval none = BootstrapInterval.ofDifference(0, 50, 0, 80, 0.95, 200, 1);
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isZero();
    }

    @Test
    @DisplayName("rejects arms without searches or with impossible counts, and a bad confidence or resample count")
    void rejectsBadInput() {
        assertThatThrownBy(() -> TwoProportionTest.of(0, 0, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TwoProportionTest.of(11, 10, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TwoProportionTest.of(1, 10, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootstrapInterval.ofDifference(1, 10, 1, 10, 1.0, 100, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootstrapInterval.ofDifference(1, 10, 1, 10, 0.95, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long conversions(SplittableRandom random, long searches, double rate) {
        long converted = 0;
        for (long s = 0; s < searches; s++) {
            converted += random.nextDouble() < rate ? 1 : 0;
        }
        return converted;
    }
}
