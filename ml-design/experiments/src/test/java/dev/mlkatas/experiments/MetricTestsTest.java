package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Task 2: the test that fits the metric, on worked examples and against Apache Commons Math. */
@DisplayName("Task 2: Welch, two proportions, the delta method")
class MetricTestsTest {

    /** Welch's t-test, example 1 of Wikipedia's article: t = -2.46, df = 24.99, p = 0.021. */
    static final double[] A1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7,
        21.4};
    static final double[] A2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5,
        24.4};

    @Test
    @DisplayName("Welch: the published example, t = -2.46 with 24.99 degrees of freedom, p = 0.021")
    void welchPublishedExample() {
        Estimate e = MetricTests.welch(A1, A2, 0.05);

        assertThat(e.difference()).isCloseTo(-2.166667, within(1e-6));
        assertThat(e.standardError()).isCloseTo(0.882425, within(1e-6));
        assertThat(e.statistic()).isCloseTo(-2.455356, within(1e-6));
        assertThat(e.degreesOfFreedom()).isCloseTo(24.988529, within(1e-6));
        assertThat(e.pValue()).isCloseTo(0.021378, within(1e-6));
        assertThat(e.low()).isCloseTo(-3.984096, within(1e-6));
        assertThat(e.high()).isCloseTo(-0.349237, within(1e-6));
    }

    @Test
    @DisplayName("Welch: the same t and p-value as Commons Math's TTest, which does not assume equal variances")
    void welchAgreesWithCommonsMath() {
        double[] treatment = {3.1, 4.7, 2.2, 9.8, 5.5, 6.1, 0.4};
        double[] control = {4.0, 4.2, 3.9, 4.4, 4.1, 3.8, 4.3, 4.0, 4.6, 3.7, 4.2};

        Estimate e = MetricTests.welch(treatment, control, 0.10);

        assertThat(e.statistic()).isCloseTo(new TTest().t(treatment, control), within(1e-12));
        assertThat(e.pValue()).isCloseTo(new TTest().tTest(treatment, control), within(1e-10));
        assertThat(e.pValue()).isNotCloseTo(new TTest().homoscedasticTTest(treatment, control), within(0.01));
    }

    @Test
    @DisplayName("Welch: a 90 % interval is narrower than a 95 % one, around the same difference")
    void welchLevel() {
        Estimate wide = MetricTests.welch(A1, A2, 0.05);
        Estimate narrow = MetricTests.welch(A1, A2, 0.10);

        assertThat(narrow.low()).isCloseTo(-3.673999, within(1e-6));
        assertThat(narrow.high()).isCloseTo(-0.659335, within(1e-6));
        assertThat(narrow.pValue()).isEqualTo(wide.pValue());
    }

    @Test
    @DisplayName("two proportions: 12 % against 10 % of 1,000 users each, z = 1.43, p = 0.153")
    void twoProportions() {
        Estimate e = MetricTests.twoProportions(120, 1000, 100, 1000, 0.05);

        assertThat(e.difference()).isCloseTo(0.02, within(1e-12));
        assertThat(e.standardError()).isCloseTo(0.013985707, within(1e-9));
        assertThat(e.statistic()).isCloseTo(1.429300850, within(1e-9));
        assertThat(e.degreesOfFreedom()).isInfinite();
        assertThat(e.pValue()).isCloseTo(0.152917782, within(1e-9));
        assertThat(e.low()).isCloseTo(-0.007411482, within(1e-9));
        assertThat(e.high()).isCloseTo(0.047411482, within(1e-9));
    }

    @Test
    @DisplayName("two proportions of unequal groups: pooled for the statistic, unpooled for the interval")
    void pooledForTheTestUnpooledForTheInterval() {
        Estimate e = MetricTests.twoProportions(30, 100, 200, 1000, 0.05);
        Estimate e90 = MetricTests.twoProportions(30, 100, 200, 1000, 0.10);

        assertThat(e.statistic()).isCloseTo(2.344621798, within(1e-9));
        assertThat(e.pValue()).isCloseTo(0.019046389, within(1e-9));
        assertThat(e.standardError()).isCloseTo(0.047539457, within(1e-9));
        assertThat(e.low()).isCloseTo(0.006824376, within(1e-9));
        assertThat(e.high()).isCloseTo(0.193175624, within(1e-9));
        assertThat(e90.low()).isCloseTo(0.021804551, within(1e-9));
        assertThat(e90.high()).isCloseTo(0.178195449, within(1e-9));
    }

    @Test
    @DisplayName("two proportions: z squared is Pearson's chi-squared of the 2 x 2 table (Commons Math)")
    void zSquaredIsChiSquared() {
        long[][] table = {{37, 463}, {61, 939}};

        Estimate e = MetricTests.twoProportions(37, 500, 61, 1000, 0.05);

        double chiSquared = new ChiSquareTest().chiSquare(table);
        assertThat(e.statistic() * e.statistic()).isCloseTo(chiSquared, within(1e-9));
        assertThat(e.pValue()).isCloseTo(new ChiSquareTest().chiSquareTest(table), within(1e-9));
    }

    @Test
    @DisplayName("delta method: revenue per order of 11.11 against 10.56, standard error 1.035 with the covariance")
    void deltaMethod() {
        double[] revenueT = {10, 25, 28, 22, 15};
        double[] ordersT = {1, 2, 3, 2, 1};
        double[] revenueC = {12, 9, 24, 30, 20};
        double[] ordersC = {1, 1, 2, 3, 2};

        Estimate e = MetricTests.ratio(revenueT, ordersT, revenueC, ordersC, 0.05);

        assertThat(e.difference()).isCloseTo(0.555556, within(1e-6));
        assertThat(e.standardError()).isCloseTo(1.035125, within(1e-6));
        assertThat(e.statistic()).isCloseTo(0.536704, within(1e-6));
        assertThat(e.degreesOfFreedom()).isInfinite();
        assertThat(e.pValue()).isCloseTo(0.591472, within(1e-6));
        assertThat(e.low()).isCloseTo(-1.473251, within(1e-6));
        assertThat(e.high()).isCloseTo(2.584363, within(1e-6));
    }

    @Test
    @DisplayName("delta method: the ratio is of sums, not the mean of each user's ratio")
    void ratioOfSums() {
        double[] revenue = {10, 30, 5, 5};
        double[] orders = {1, 1, 1, 3};

        Estimate e = MetricTests.ratio(revenue, orders, new double[] {4, 8, 6}, new double[] {1, 2, 1}, 0.05);

        assertThat(e.difference()).isCloseTo(50.0 / 6 - 18.0 / 4, within(1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    @DisplayName("refuses what no test can be computed from with an IllegalArgumentException")
    void refuses(String what, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> badArguments() {
        double[] two = {1, 2};
        double[] one = {1};
        return Stream.of(
                Arguments.of("Welch, one treatment user", (Executable) () -> MetricTests.welch(one, two, 0.05)),
                Arguments.of("Welch, one control user", (Executable) () -> MetricTests.welch(two, one, 0.05)),
                Arguments.of("Welch, both constant",
                        (Executable) () -> MetricTests.welch(new double[] {3, 3}, new double[] {1, 1, 1}, 0.05)),
                Arguments.of("Welch, alpha 0", (Executable) () -> MetricTests.welch(two, two, 0)),
                Arguments.of("Welch, alpha 1", (Executable) () -> MetricTests.welch(two, two, 1)),
                Arguments.of("proportions, no treatment users",
                        (Executable) () -> MetricTests.twoProportions(0, 0, 1, 10, 0.05)),
                Arguments.of("proportions, no control users",
                        (Executable) () -> MetricTests.twoProportions(1, 10, 0, 0, 0.05)),
                Arguments.of("proportions, more successes than users",
                        (Executable) () -> MetricTests.twoProportions(11, 10, 1, 10, 0.05)),
                Arguments.of("proportions, more control successes than users",
                        (Executable) () -> MetricTests.twoProportions(1, 10, 11, 10, 0.05)),
                Arguments.of("proportions, negative successes",
                        (Executable) () -> MetricTests.twoProportions(-1, 10, 1, 10, 0.05)),
                Arguments.of("proportions, negative control successes",
                        (Executable) () -> MetricTests.twoProportions(1, 10, -1, 10, 0.05)),
                Arguments.of("proportions, nobody converted",
                        (Executable) () -> MetricTests.twoProportions(0, 10, 0, 10, 0.05)),
                Arguments.of("proportions, everybody converted",
                        (Executable) () -> MetricTests.twoProportions(10, 10, 5, 5, 0.05)),
                Arguments.of("proportions, alpha 1.5",
                        (Executable) () -> MetricTests.twoProportions(1, 10, 2, 10, 1.5)),
                Arguments.of("ratio, lengths differ in treatment",
                        (Executable) () -> MetricTests.ratio(new double[] {1, 2, 3}, two, two, two, 0.05)),
                Arguments.of("ratio, lengths differ in control",
                        (Executable) () -> MetricTests.ratio(two, two, two, new double[] {1, 2, 3}, 0.05)),
                Arguments.of("ratio, one treatment user",
                        (Executable) () -> MetricTests.ratio(one, one, two, two, 0.05)),
                Arguments.of("ratio, one control user", (Executable) () -> MetricTests.ratio(two, two, one, one, 0.05)),
                Arguments.of("ratio, treatment denominators sum to zero",
                        (Executable) () -> MetricTests.ratio(two, new double[] {0, 0}, two, two, 0.05)),
                Arguments.of("ratio, control denominators sum to zero",
                        (Executable) () -> MetricTests.ratio(two, two, two, new double[] {0, 0}, 0.05)),
                Arguments.of("ratio, every user's ratio the same",
                        (Executable) () -> MetricTests.ratio(new double[] {2, 4}, two, new double[] {3, 6}, two, 0.05)),
                Arguments.of("ratio, alpha 0", (Executable) () -> MetricTests.ratio(new double[] {3, 1, 4},
                        new double[] {1, 2, 1}, new double[] {5, 2, 6}, new double[] {2, 1, 3}, 0)),
                Arguments.of("ratio, alpha 1", (Executable) () -> MetricTests.ratio(new double[] {3, 1, 4},
                        new double[] {1, 2, 1}, new double[] {5, 2, 6}, new double[] {2, 1, 3}, 1)));
    }
}
