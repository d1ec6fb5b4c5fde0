package dev.mlkatas.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 3: the pinball loss and coverage, worked examples")
class QuantileEtaTest {

    @Test
    @DisplayName("late costs tau a minute, early costs 1 - tau a minute, on time costs nothing")
    void pinball() {
        assertThat(QuantileEta.pinball(30, 25, 0.9)).isCloseTo(4.5, offset(1e-12));
        assertThat(QuantileEta.pinball(20, 25, 0.9)).isCloseTo(0.5, offset(1e-12));
        assertThat(QuantileEta.pinball(25, 25, 0.9)).isZero();
        assertThat(QuantileEta.pinball(20, 25, 0.5)).isCloseTo(2.5, offset(1e-12));
        assertThat(QuantileEta.pinball(40, 25, 0.1)).isCloseTo(1.5, offset(1e-12));
    }

    @Test
    @DisplayName("the mean pinball loss of three deliveries at the p90: (4.5 + 0.5 + 0) / 3")
    void meanPinball() {
        double[] actual = {30, 20, 25};
        double[] predicted = {25, 25, 25};

        assertThat(QuantileEta.meanPinball(actual, predicted, 0.9)).isCloseTo(5.0 / 3, offset(1e-12));
    }

    @Test
    @DisplayName("coverage: 3 of 4 deliveries took at most their predicted minutes (equal counts as covered)")
    void coverage() {
        double[] actual = {10, 25, 31, 18};
        double[] predicted = {12, 25, 30, 40};

        assertThat(QuantileEta.coverage(actual, predicted)).isEqualTo(0.75);
    }

    @Test
    @DisplayName("the empirical quantile: the smallest value with a share tau at or below it")
    void empiricalQuantile() {
        double[] minutes = {31, 12, 18, 25, 40, 22, 27, 35, 19, 29};

        assertThat(QuantileEta.empiricalQuantile(minutes, 0.5)).isEqualTo(25);
        assertThat(QuantileEta.empiricalQuantile(minutes, 0.9)).isEqualTo(35);
        assertThat(QuantileEta.empiricalQuantile(minutes, 0.7)).isEqualTo(29);
        assertThat(QuantileEta.empiricalQuantile(minutes, 0.91)).isEqualTo(40);
        assertThat(QuantileEta.empiricalQuantile(minutes, 0.01)).isEqualTo(12);
        assertThat(QuantileEta.empiricalQuantile(new double[] {7}, 0.99)).isEqualTo(7);
    }

    @Test
    @DisplayName("the empirical quantile leaves the caller's minutes in their order")
    void empiricalQuantileLeavesItsInputAlone() {
        double[] minutes = {31, 12, 18, 25, 40, 22, 27, 35, 19, 29};

        assertThat(QuantileEta.empiricalQuantile(minutes, 0.5)).isEqualTo(25);
        assertThat(minutes).containsExactly(31, 12, 18, 25, 40, 22, 27, 35, 19, 29);
        assertThat(QuantileEta.empiricalQuantile(minutes, 0.1)).isEqualTo(12);
    }

    @Test
    @DisplayName("refuses tau outside (0, 1), unpaired arrays and empty ones")
    void refuses() {
        double[] one = {1};
        assertThatIllegalArgumentException().isThrownBy(() -> QuantileEta.pinball(1, 2, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> QuantileEta.pinball(1, 2, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> QuantileEta.pinball(1, 2, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> QuantileEta.meanPinball(one, new double[2], 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> QuantileEta.meanPinball(one, one, 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> QuantileEta.coverage(new double[0], new double[0]));
        assertThatIllegalArgumentException().isThrownBy(() -> QuantileEta.coverage(one, new double[3]));
        assertThatIllegalArgumentException().isThrownBy(() -> QuantileEta.empiricalQuantile(new double[0], 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> QuantileEta.empiricalQuantile(one, 1));
    }
}
