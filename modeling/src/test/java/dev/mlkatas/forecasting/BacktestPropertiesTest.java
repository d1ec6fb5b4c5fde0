package dev.mlkatas.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The backtest's splits never look ahead and tile the series as stated; WAPE and MASE keep their meaning. */
class BacktestPropertiesTest {

    @Property
    @Label("no split learns from a value at or after its origin, and each forecasts exactly one horizon")
    void noLookAhead(@ForAll @IntRange(min = 0, max = 400) int length, @ForAll @IntRange(min = 1,
            max = 100) int initial,
            @ForAll @IntRange(min = 1, max = 30) int horizon, @ForAll @IntRange(min = 1, max = 30) int step) {
        List<Split> splits = Backtest.rollingOrigin(length, initial, horizon, step);

        for (int k = 0; k < splits.size(); k++) {
            Split split = splits.get(k);
            assertThat(split.trainStart()).isZero();
            assertThat(split.trainEnd()).as("the last training index is origin - 1").isEqualTo(split.origin());
            assertThat(split.origin()).isEqualTo(initial + k * step);
            assertThat(split.horizon()).isEqualTo(horizon);
            assertThat(split.testEnd()).isLessThanOrEqualTo(length);
        }
        int expected = length < initial + horizon ? 0 : (length - initial - horizon) / step + 1;
        assertThat(splits).hasSize(expected);
    }

    @Provide
    Arbitrary<double[]> sales() {
        return Arbitraries.doubles().between(0, 500).ofScale(2).array(double[].class).ofMinSize(1).ofMaxSize(60);
    }

    @Property
    @Label("the seasonal naive forecast of the training itself has MASE 1 on its own in-sample scale")
    void seasonalNaiveScoresOne(@ForAll @Size(min = 10, max = 120) List<@DoubleRange(min = 0, max = 300) Double> values,
            @ForAll @IntRange(min = 1, max = 9) int period) {
        double[] training = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] actual = Arrays.copyOfRange(training, period, training.length);
        double[] naive = Arrays.copyOfRange(training, 0, training.length - period);
        boolean flat = Arrays.equals(actual, naive);

        assertThat(Backtest.mase(actual, naive, training, period)).isCloseTo(flat ? 0 : 1, within(1e-12));
    }

    @Property
    @Label("WAPE is the total absolute error over the total volume, whatever the order of the days")
    void wapeIsARatioOfTotals(@ForAll("sales") double[] actual, @ForAll long seed,
            @ForAll @DoubleRange(min = 0.01, max = 100) double scale) {
        java.util.Random random = new java.util.Random(seed);
        double[] forecast = new double[actual.length];
        double errors = 0;
        double volume = 0;
        for (int i = 0; i < actual.length; i++) {
            forecast[i] = Math.max(0, actual[i] + random.nextGaussian() * 20);
            errors += Math.abs(actual[i] - forecast[i]);
            volume += actual[i];
        }
        double wape = Backtest.wape(actual, forecast);
        double[] reversedActual = reversed(actual);
        double[] reversedForecast = reversed(forecast);

        if (volume > 0) {
            assertThat(wape).isCloseTo(errors / volume, within(1e-9 * (1 + wape)));
            assertThat(Backtest.wape(reversedActual, reversedForecast)).isCloseTo(wape, within(1e-9 * (1 + wape)));
            assertThat(Backtest.wape(times(actual, scale), times(forecast, scale))).isCloseTo(wape,
                    within(1e-9 * (1 + wape)));
        }
    }

    @Property
    @Label("MASE does not depend on the unit of sales, and doubles when every error doubles")
    void maseIsScaleFree(@ForAll("sales") double[] actual, @ForAll @Size(min = 15, max = 60)
            List<@DoubleRange(min = 0, max = 300) Double> history, @ForAll @DoubleRange(min = 0.01,
                    max = 100) double scale) {
        double[] training = history.stream().mapToDouble(Double::doubleValue).toArray();
        double[] forecast = new double[actual.length];
        double[] twice = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            forecast[i] = actual[i] + (i % 3 - 1) * 5.5;
            twice[i] = actual[i] + (i % 3 - 1) * 11;
        }
        double mase = Backtest.mase(actual, forecast, training, 7);

        assertThat(Backtest.mase(times(actual, scale), times(forecast, scale), times(training, scale), 7))
                .isCloseTo(mase, within(1e-9 * (1 + mase)));
        assertThat(Backtest.mase(actual, twice, training, 7)).isCloseTo(2 * mase, within(1e-9 * (1 + mase)));
    }

    private static double[] reversed(double[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[values.length - 1 - i];
        }
        return copy;
    }

    private static double[] times(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }
}
