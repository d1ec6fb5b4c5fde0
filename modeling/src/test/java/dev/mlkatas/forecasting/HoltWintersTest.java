package dev.mlkatas.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Holt-Winters, additive trend and season, on series small enough to check by hand")
class HoltWintersTest {

    private static final HoltWintersParameters HALVES = new HoltWintersParameters(0.5, 0.5, 0.5);

    @Test
    @DisplayName("the statement's example: a trend of 0.5 a day and a season of 2 are continued exactly")
    void statementExample() {
        double[] series = {1, 3, 2, 4, 3, 5};

        assertThat(HoltWinters.forecast(series, 2, HALVES, 3)).containsExactly(new double[] {4, 6, 5}, within(1e-12));
        assertThat(HoltWinters.oneStepSse(series, 2, HALVES)).isCloseTo(0, within(1e-20));
    }

    @Test
    @DisplayName("starts from the first two seasons: level, trend and detrended seasonal indices")
    void initialisation() {
        // alpha = beta = gamma = 0 keeps the initial states: level 2.25 at t = 1, trend 0.5, indices -0.75 and 0.75.
        double[] series = {1, 3, 2, 4, 9, 0};
        HoltWintersParameters frozen = new HoltWintersParameters(0, 0, 0);

        assertThat(HoltWinters.forecast(series, 2, frozen, 3)).containsExactly(new double[] {4, 6, 5}, within(1e-12));
        // One-step forecasts for t = 2..5 are 2, 4, 3, 5.
        assertThat(HoltWinters.oneStepSse(series, 2, frozen)).isCloseTo(0 + 0 + 36 + 25, within(1e-9));
    }

    @Test
    @DisplayName("one step by hand: alpha = 1 follows the last value, the index moves by gamma")
    void oneStepByHand() {
        double[] series = {1, 3, 2, 4, 7};
        // At t = 4: forecast 3 (level 3.25 + trend 0.5 - 0.75), error 4; alpha = 1: level 7.75, beta = 0.5:
        // trend 0.5 * (7.75 - 3.25) + 0.5 * 0.5 = 2.5, gamma = 0.5: index 0.5 * (7 - 7.75) + 0.5 * (-0.75) = -0.75.
        HoltWintersParameters p = new HoltWintersParameters(1, 0.5, 0.5);

        assertThat(HoltWinters.oneStepSse(series, 2, p)).isCloseTo(16, within(1e-9));
        assertThat(HoltWinters.forecast(series, 2, p, 2)).containsExactly(new double[] {7.75 + 2.5 + 0.75,
            7.75 + 5 - 0.75}, within(1e-9));
    }

    @Test
    @DisplayName("a week-long season: the forecast two weeks ahead repeats the last week's indices")
    void weeklySeasonTwoWeeksAhead() {
        double[] series = new double[28];
        double[] week = {5, 6, 7, 8, 9, 30, 25};
        for (int t = 0; t < series.length; t++) {
            series[t] = 100 + 2 * t + week[t % 7];
        }
        double[] forecast = HoltWinters.forecast(series, 7, new HoltWintersParameters(0.3, 0.1, 0.4), 14);

        for (int h = 1; h <= 14; h++) {
            int t = 27 + h;
            assertThat(forecast[h - 1]).as("h = %d", h).isCloseTo(100 + 2 * t + week[t % 7], within(1e-9));
        }
    }

    @Test
    @DisplayName("a noisy series: the one-step error and forecasts agree with the values worked out by hand")
    void noisySeries() {
        double[] series = {10, 20, 12, 22, 15, 21, 14, 25};
        HoltWintersParameters p = new HoltWintersParameters(0.5, 0.3, 0.2);
        double[] expected = HoltWintersOracle.sseAndForecast(series, 2, 0.5, 0.3, 0.2, 3);

        assertThat(HoltWinters.oneStepSse(series, 2, p)).isCloseTo(expected[0], within(1e-9));
        assertThat(HoltWinters.forecast(series, 2, p, 3))
                .containsExactly(new double[] {expected[1], expected[2], expected[3]}, within(1e-9));
    }

    @Test
    @DisplayName("fits the noisy weekly series as the statement's grid and refinement do")
    void fitsAsTheStatementSays() {
        double[] series = new double[70];
        java.util.Random random = new java.util.Random(3);
        for (int t = 0; t < series.length; t++) {
            series[t] = 50 + 0.3 * t + 8 * Math.sin(2 * Math.PI * t / 7) + random.nextGaussian() * 3;
        }
        double[] procedure = HoltWintersOracle.fit(series, 7);

        HoltWintersParameters fitted = HoltWinters.fit(series, 7);

        assertThat(new double[] {fitted.alpha(), fitted.beta(), fitted.gamma()}).containsExactly(procedure,
                within(0.01));
        double sse = HoltWinters.oneStepSse(series, 7, fitted);
        assertThat(sse).isCloseTo(HoltWintersOracle.sse(series, 7, procedure), within(1e-6 * sse));
    }

    @Test
    @DisplayName("an exact series fits perfectly everywhere: ties go to the first grid point, and nothing moves")
    void tiesGoToTheFirstGridPoint() {
        // Every one-step error is 0 at (0, 0, 0), the first point of the grid; no point is strictly better.
        HoltWintersParameters fitted = HoltWinters.fit(new double[] {1, 3, 2, 4, 3, 5, 4, 6}, 2);

        assertThat(fitted).isEqualTo(new HoltWintersParameters(0, 0, 0));
    }

    @Test
    @DisplayName("rejects a period below 2, fewer than two seasons, and a horizon below 1")
    void rejections() {
        double[] series = {1, 2, 3, 4, 5, 6};

        assertThatThrownBy(() -> HoltWinters.forecast(series, 1, HALVES, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HoltWinters.oneStepSse(series, 4, HALVES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HoltWinters.fit(series, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HoltWinters.forecast(series, 3, HALVES, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(HoltWinters.forecast(series, 3, HALVES, 1)).hasSize(1);
    }
}
