package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Task 4: the mixture sequential probability ratio test on worked examples. */
@DisplayName("Task 4: mSPRT")
class MsprtTest {

    static final double[] DIFFERENCES = {0.05, 0.2, 0.3, 0.3, 0.1};
    static final double[] VARIANCES = {0.04, 0.02, 0.01, 0.005, 0.004};

    @Test
    @DisplayName("Lambda: 0.5 for no difference with v = 1 and tau2 = 3; the sign of the difference does not matter")
    void likelihoodRatio() {
        assertThat(Msprt.likelihoodRatio(0.0, 1.0, 3.0)).isCloseTo(0.5, within(1e-12));
        assertThat(Msprt.likelihoodRatio(2.0, 1.0, 3.0)).isCloseTo(2.240844535, within(1e-9));
        assertThat(Msprt.likelihoodRatio(0.3, 0.01, 0.04)).isCloseTo(16.367228015, within(1e-8));
        assertThat(Msprt.likelihoodRatio(-0.3, 0.01, 0.04)).isCloseTo(16.367228015, within(1e-8));
        assertThat(Msprt.likelihoodRatio(0.1, 0.02, 0.5)).isCloseTo(0.249408378, within(1e-9));
    }

    @Test
    @DisplayName("always-valid p-values: the running minimum of 1 / Lambda, never above 1")
    void alwaysValidPValues() {
        double[] differences = {0.5, 0.1, 0.3, 0.25, 0.2};
        double[] variances = {0.5, 0.1, 0.05, 0.02, 0.01};

        double[] p = Msprt.alwaysValidPValues(differences, variances, 0.09);

        assertThat(p).hasSize(5);
        assertThat(p[0]).isEqualTo(1.0);
        assertThat(p[1]).isEqualTo(1.0);
        assertThat(p[2]).isCloseTo(0.938228534, within(1e-9));
        assertThat(p[3]).isCloseTo(0.653093454, within(1e-9));
        assertThat(p[4]).isCloseTo(0.522720981, within(1e-9));
    }

    @Test
    @DisplayName("always-valid p-values never rise, also when the evidence falls back")
    void neverRise() {
        double[] p = Msprt.alwaysValidPValues(DIFFERENCES, VARIANCES, 0.04);

        assertThat(p[2]).isCloseTo(1 / 16.367228015, within(1e-9));
        assertThat(p[3]).isCloseTo(1 / 993.652662347, within(1e-9));
        assertThat(p[4]).isEqualTo(p[3]);
    }

    @Test
    @DisplayName("the first rejection is the first look with Lambda >= 1 / alpha: look 3 at 5 %, look 2 at 10 %")
    void firstRejection() {
        assertThat(Msprt.firstRejection(DIFFERENCES, VARIANCES, 0.04, 0.05)).isEqualTo(3);
        assertThat(Msprt.firstRejection(DIFFERENCES, VARIANCES, 0.04, 0.10)).isEqualTo(2);
        assertThat(Msprt.firstRejection(DIFFERENCES, VARIANCES, 0.04, 0.001)).isEqualTo(-1);
        assertThat(Msprt.firstRejection(new double[] {0.0}, new double[] {1.0}, 3.0, 0.99)).isEqualTo(-1);
        assertThat(Msprt.firstRejection(new double[0], new double[0], 3.0, 0.05)).isEqualTo(-1);
    }

    @Test
    @DisplayName("refuses a variance or tau2 not above zero, looks of different lengths, alpha outside (0, 1)")
    void refuses() {
        assertThatThrownBy(() -> Msprt.likelihoodRatio(0.1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Msprt.likelihoodRatio(0.1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Msprt.likelihoodRatio(0.1, Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Msprt.alwaysValidPValues(new double[2], new double[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Msprt.firstRejection(new double[] {1}, new double[] {1, 1}, 1, 0.05))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Msprt.firstRejection(new double[] {1}, new double[] {1}, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Msprt.firstRejection(new double[] {1}, new double[] {1}, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
