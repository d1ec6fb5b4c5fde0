package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Task 1: sample size and power, on worked examples of the statement's formulas. */
@DisplayName("Task 1: sample size and power")
class SampleSizeTest {

    @Test
    @DisplayName("means: a shift of half a standard deviation needs 63 users a group (Cohen's d = 0.5)")
    void halfAStandardDeviation() {
        assertThat(SampleSize.perGroupForMeans(1.0, 0.5, 0.05, 0.8)).isEqualTo(63);
        assertThat(SampleSize.perGroupForMeans(40.0, 20.0, 0.05, 0.8)).isEqualTo(63);
        assertThat(SampleSize.perGroupForMeans(1.0, -0.5, 0.05, 0.8)).isEqualTo(63);
    }

    @Test
    @DisplayName("means: alpha 0.01 and power 0.9 for a shift of half a standard deviation need 120 users a group")
    void stricter() {
        assertThat(SampleSize.perGroupForMeans(2.0, 1.0, 0.01, 0.9)).isEqualTo(120);
    }

    @Test
    @DisplayName("proportions: 20 % to 25 % needs 1,094 users a group; 10 % to 11 %, 14,751")
    void proportions() {
        assertThat(SampleSize.perGroupForProportions(0.20, 0.05, 0.05, 0.8)).isEqualTo(1094);
        assertThat(SampleSize.perGroupForProportions(0.10, 0.01, 0.05, 0.8)).isEqualTo(14751);
    }

    @Test
    @DisplayName("proportions: a drop from 5 % to 4 % with power 0.9 needs 9,030 users a group")
    void drop() {
        assertThat(SampleSize.perGroupForProportions(0.05, -0.01, 0.05, 0.9)).isEqualTo(9030);
    }

    @Test
    @DisplayName("power of means: 63 users a group buy 80.1 %, 100 buy 94.2 %")
    void powerOfMeans() {
        assertThat(SampleSize.powerForMeans(1.0, 0.5, 0.05, 63)).isCloseTo(0.801301, within(1e-5));
        assertThat(SampleSize.powerForMeans(1.0, -0.5, 0.05, 100)).isCloseTo(0.942438, within(1e-5));
    }

    @Test
    @DisplayName("power of proportions: 1,094 users a group buy 80.0 % for 20 % to 25 %, 500 buy 47.3 %")
    void powerOfProportions() {
        assertThat(SampleSize.powerForProportions(0.20, 0.05, 0.05, 1094)).isCloseTo(0.800094, within(1e-5));
        assertThat(SampleSize.powerForProportions(0.20, 0.05, 0.05, 500)).isCloseTo(0.473339, within(1e-5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    @DisplayName("refuses arguments outside their ranges with an IllegalArgumentException")
    void refuses(String what, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of("baseline 0", (Executable) () -> SampleSize.perGroupForProportions(0, 0.1, 0.05, 0.8)),
                Arguments.of("baseline 1", (Executable) () -> SampleSize.perGroupForProportions(1, -0.1, 0.05, 0.8)),
                Arguments.of("baseline + effect 1",
                        (Executable) () -> SampleSize.perGroupForProportions(0.9, 0.1, 0.05, 0.8)),
                Arguments.of("baseline + effect 0",
                        (Executable) () -> SampleSize.perGroupForProportions(0.1, -0.1, 0.05, 0.8)),
                Arguments.of("effect 0", (Executable) () -> SampleSize.perGroupForProportions(0.1, 0, 0.05, 0.8)),
                Arguments.of("alpha 0", (Executable) () -> SampleSize.perGroupForProportions(0.1, 0.01, 0, 0.8)),
                Arguments.of("alpha 1", (Executable) () -> SampleSize.perGroupForMeans(1, 0.1, 1, 0.8)),
                Arguments.of("power 0", (Executable) () -> SampleSize.perGroupForProportions(0.1, 0.01, 0.05, 0)),
                Arguments.of("power 1", (Executable) () -> SampleSize.perGroupForMeans(1, 0.1, 0.05, 1)),
                Arguments.of("power of proportions, 0 users",
                        (Executable) () -> SampleSize.powerForProportions(0.1, 0.01, 0.05, 0)),
                Arguments.of("power of proportions, alpha 1",
                        (Executable) () -> SampleSize.powerForProportions(0.1, 0.01, 1, 10)),
                Arguments.of("power of proportions, baseline 1.2",
                        (Executable) () -> SampleSize.powerForProportions(1.2, -0.5, 0.05, 10)),
                Arguments.of("power of means, 0 users", (Executable) () -> SampleSize.powerForMeans(1, 0.1, 0.05, 0)),
                Arguments.of("power of means, effect 0", (Executable) () -> SampleSize.powerForMeans(1, 0, 0.05, 9)),
                Arguments.of("power of means, sd 0", (Executable) () -> SampleSize.powerForMeans(0, 0.1, 0.05, 9)),
                Arguments.of("sd 0", (Executable) () -> SampleSize.perGroupForMeans(0, 0.1, 0.05, 0.8)),
                Arguments.of("sd negative", (Executable) () -> SampleSize.perGroupForMeans(-1, 0.1, 0.05, 0.8)),
                Arguments.of("sd infinite",
                        (Executable) () -> SampleSize.perGroupForMeans(Double.POSITIVE_INFINITY, 0.1, 0.05, 0.8)),
                Arguments.of("sd NaN", (Executable) () -> SampleSize.perGroupForMeans(Double.NaN, 0.1, 0.05, 0.8)),
                Arguments.of("effect infinite",
                        (Executable) () -> SampleSize.perGroupForMeans(1, Double.POSITIVE_INFINITY, 0.05, 0.8)),
                Arguments.of("effect NaN", (Executable) () -> SampleSize.perGroupForMeans(1, Double.NaN, 0.05, 0.8)));
    }
}
