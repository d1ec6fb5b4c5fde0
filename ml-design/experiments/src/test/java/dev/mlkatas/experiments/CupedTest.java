package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Task 3: CUPED on a small worked example. */
@DisplayName("Task 3: CUPED")
class CupedTest {

    static final double[] SPEND_T = {12, 15, 9, 20, 14, 18};
    static final double[] PRE_T = {10, 14, 7, 15, 12, 16};
    static final double[] SPEND_C = {10, 8, 13, 9, 11};
    static final double[] PRE_C = {11, 6, 14, 9, 12};

    @Test
    @DisplayName("theta is cov/var over both groups together: 1.0486, not the treatment's own 1.1105")
    void thetaFromBothGroups() {
        assertThat(Cuped.theta(SPEND_T, PRE_T, SPEND_C, PRE_C)).isCloseTo(1.048611111, within(1e-9));
    }

    @Test
    @DisplayName("theta is the slope of the metric on the covariate: 2 when spend is twice last month's plus 3")
    void thetaIsTheSlope() {
        double[] preT = {1, 2, 5};
        double[] preC = {4, 8};
        double[] spendT = {5, 7, 13};
        double[] spendC = {11, 19};

        assertThat(Cuped.theta(spendT, preT, spendC, preC)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    @DisplayName("the adjusted estimate: 2.4394 with standard error 0.8429, where the raw difference is 4.6 (p 0.043)")
    void adjusted() {
        Estimate e = Cuped.adjusted(SPEND_T, PRE_T, SPEND_C, PRE_C, 0.05);

        assertThat(e.difference()).isCloseTo(2.439352, within(1e-6));
        assertThat(e.standardError()).isCloseTo(0.842894, within(1e-6));
        assertThat(e.statistic()).isCloseTo(2.894020, within(1e-6));
        assertThat(e.degreesOfFreedom()).isCloseTo(8.336427, within(1e-6));
        assertThat(e.pValue()).isCloseTo(0.019225, within(1e-6));
        assertThat(e.low()).isCloseTo(0.509205, within(1e-6));
        assertThat(e.high()).isCloseTo(4.369499, within(1e-6));
    }

    @Test
    @DisplayName("refuses a covariate that does not vary, and metric and covariate of different lengths")
    void refuses() {
        double[] three = {1, 2, 3};
        assertThatThrownBy(() -> Cuped.theta(three, new double[] {4, 4, 4}, three, new double[] {4, 4, 4}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cuped.theta(three, new double[] {1, 2}, three, three))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cuped.theta(three, three, three, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cuped.adjusted(three, three, new double[] {1, 2}, three, 0.05))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
