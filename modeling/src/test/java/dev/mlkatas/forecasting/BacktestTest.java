package dev.mlkatas.forecasting;

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

@DisplayName("The rolling-origin backtest, WAPE and MASE, on cases small enough to check by hand")
class BacktestTest {

    @Test
    @DisplayName("the statement's example: origins 4 and 6 of a series of 10, horizon 3, step 2")
    void statementExample() {
        assertThat(Backtest.rollingOrigin(10, 4, 3, 2)).containsExactly(new Split(0, 4, 4, 7), new Split(0, 6, 6, 9));
    }

    @Test
    @DisplayName("the last split may end on the last value; none when the first horizon does not fit")
    void lastSplitAndNone() {
        assertThat(Backtest.rollingOrigin(9, 4, 3, 2)).containsExactly(new Split(0, 4, 4, 7), new Split(0, 6, 6, 9));
        assertThat(Backtest.rollingOrigin(7, 4, 3, 1)).containsExactly(new Split(0, 4, 4, 7));
        assertThat(Backtest.rollingOrigin(6, 4, 3, 1)).isEmpty();
        assertThat(Backtest.rollingOrigin(0, 1, 1, 1)).isEmpty();
    }

    @Test
    @DisplayName("WAPE weighs each error by volume: one big day counts more than a small one")
    void wape() {
        double[] actual = {100, 2, 0, 8};
        double[] forecast = {90, 4, 1, 8};

        assertThat(Backtest.wape(actual, forecast)).isCloseTo(13.0 / 110, within(1e-15));
        // Not the mean of percentage errors, which would be (10 % + 100 % + undefined + 0 %) / 4.
        assertThat(Backtest.wape(new double[] {10, 1}, new double[] {9, 2})).isCloseTo(2.0 / 11, within(1e-15));
        assertThat(Backtest.wape(new double[] {-4, 4}, new double[] {-2, 4})).isCloseTo(0.25, within(1e-15));
    }

    @Test
    @DisplayName("WAPE with nothing sold: 0 for a perfect forecast, infinity otherwise")
    void wapeWithNothingSold() {
        assertThat(Backtest.wape(new double[] {0, 0}, new double[] {0, 0})).isZero();
        assertThat(Backtest.wape(new double[] {0, 0}, new double[] {0, 1})).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    @DisplayName("MASE scales by the in-sample seasonal naive error, not the day-before naive error")
    void mase() {
        // Seasonal naive errors with m = 2 on the training: |3-1|, |4-2|, |6-3| -> mean 7/3.
        double[] training = {1, 2, 3, 4, 6};
        double[] actual = {5, 7};
        double[] forecast = {6, 4};

        assertThat(Backtest.mase(actual, forecast, training, 2)).isCloseTo(2.0 / (7.0 / 3), within(1e-15));
        assertThat(Backtest.mase(actual, forecast, training, 1)).isCloseTo(2.0 / (5.0 / 4), within(1e-15));
    }

    @Test
    @DisplayName("MASE on a training of one repeated season: 0 for a perfect forecast, infinity otherwise")
    void maseWithZeroScale() {
        double[] training = {3, 5, 3, 5, 3};

        assertThat(Backtest.mase(new double[] {5, 3}, new double[] {5, 3}, training, 2)).isZero();
        assertThat(Backtest.mase(new double[] {5, 3}, new double[] {5, 4}, training, 2))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    @DisplayName("MASE with the shortest training the period allows, one value past a season")
    void maseShortestTraining() {
        assertThat(Backtest.mase(new double[] {4}, new double[] {1}, new double[] {1, 5, 3}, 2)).isCloseTo(1.5,
                within(1e-15));
    }

    static Stream<Arguments> rejections() {
        double[] two = {1, 2};
        return Stream.of(
                Arguments.of("initial 0", (Executable) () -> Backtest.rollingOrigin(10, 0, 3, 1)),
                Arguments.of("horizon 0", (Executable) () -> Backtest.rollingOrigin(10, 4, 0, 1)),
                Arguments.of("step 0", (Executable) () -> Backtest.rollingOrigin(10, 4, 3, 0)),
                Arguments.of("negative length", (Executable) () -> Backtest.rollingOrigin(-1, 4, 3, 1)),
                Arguments.of("WAPE of nothing", (Executable) () -> Backtest.wape(new double[0], new double[0])),
                Arguments.of("WAPE of unequal lengths", (Executable) () -> Backtest.wape(two, new double[] {1})),
                Arguments.of("MASE of unequal lengths", (Executable) () -> Backtest.mase(two, new double[] {1}, two,
                        1)),
                Arguments.of("MASE of nothing", (Executable) () -> Backtest.mase(new double[0], new double[0], two, 1)),
                Arguments.of("MASE, training of one season", (Executable) () -> Backtest.mase(two, two, two, 2)),
                Arguments.of("MASE, period 0", (Executable) () -> Backtest.mase(two, two, new double[] {1, 2, 3}, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    @DisplayName("rejects what makes no backtest or no error")
    void rejects(String what, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class);
    }
}
