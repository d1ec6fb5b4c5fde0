package dev.mlkatas.ranking.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The provided bootstrap interval of the difference of two conversion rates. The A/B test's z-test and
 * sample size are the experiments kata's, tested there.
 */
@DisplayName("A/B test: the bootstrap interval of the difference of two conversion rates")
class BootstrapIntervalTest {

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
        assertThatThrownBy(() -> BootstrapInterval.ofDifference(0, 0, 1, 10, 0.95, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arm A has no search");
        assertThatThrownBy(() -> BootstrapInterval.ofDifference(11, 10, 1, 10, 0.95, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arm A has 11 conversions");
        assertThatThrownBy(() -> BootstrapInterval.ofDifference(1, 10, -1, 10, 0.95, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arm B has -1 conversions");
        assertThatThrownBy(() -> BootstrapInterval.ofDifference(1, 10, 1, 10, 1.0, 100, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootstrapInterval.ofDifference(1, 10, 1, 10, 0.95, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
