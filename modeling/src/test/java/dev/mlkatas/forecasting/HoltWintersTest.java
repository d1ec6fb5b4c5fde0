package dev.mlkatas.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertReachesTheSseOf(procedure, series, 7, fitted);
    }

    @Test
    @DisplayName("an exact series fits perfectly everywhere: ties go to the first grid point, and nothing moves")
    void tiesGoToTheFirstGridPoint() {
        // Every one-step error is 0 at (0, 0, 0), the first point of the grid; no point is strictly better.
        HoltWintersParameters fitted = HoltWinters.fit(new double[] {1, 3, 2, 4, 3, 5, 4, 6}, 2);

        assertThat(fitted).isEqualTo(new HoltWintersParameters(0, 0, 0));
    }

    /**
     * Short series of small counts, a slow-moving item's sales, whose best fit puts one parameter at 1.0:
     * a grid that stops at 0.9 for it ends the compass search at a worse SSE (by 4 %, 1.3 % and 0.07 %).
     */
    static Stream<Arguments> countsFittedAtTheGridsEdge() {
        return Stream.of(
                Arguments.of("alpha", new double[] {1, 2, 0, 1, 1, 0, 4}),
                Arguments.of("beta", new double[] {4, 5, 1, 4, 3, 2, 2, 2, 4, 0, 4, 4, 4}),
                Arguments.of("gamma", new double[] {4, 0, 2, 3, 1, 1, 1, 4, 5, 4}));
    }

    @ParameterizedTest(name = "{0} = 1")
    @MethodSource("countsFittedAtTheGridsEdge")
    @DisplayName("the grid includes 1.0 for every parameter: counts whose best fit lies on that edge")
    void gridIncludesItsUpperEdge(String parameter, double[] series) {
        double[] procedure = HoltWintersOracle.fit(series, 3);

        HoltWintersParameters fitted = HoltWinters.fit(series, 3);

        assertReachesTheSseOf(procedure, series, 3, fitted);
    }

    @Test
    @DisplayName("the refinement tries + step before - step: three noisy weeks with two valleys in alpha")
    void refinementTriesUpBeforeDown() {
        // The grid's best is (0.1, 0, 0), and both steps in alpha lower its SSE. The statement's order, + then -,
        // moves up and ends in the valley at alpha 0.16 (SSE 2373.42); - first would end in the one at 0.05.
        double[] series = {-173.54, -202.6, -167.54, -182.01, -162.57, -184.92, -181.56, -195.55, -201.95, -167.54,
            -166.58, -169.99, -169.99, -183.74, -164.44, -189.97, -184.2, -188.41, -172.46, -207.7, -188.81, -186.36};
        double[] procedure = HoltWintersOracle.fit(series, 7);

        HoltWintersParameters fitted = HoltWinters.fit(series, 7);

        assertThat(fitted.alpha()).isCloseTo(procedure[0], within(0.01));
        assertReachesTheSseOf(procedure, series, 7, fitted);
    }

    @Test
    @DisplayName("a step that lowers the SSE by rounding alone is not taken: a falling series, alpha 0")
    void roundingIsNoImprovement() {
        // At alpha = 0 the level never learns, and beta changes the SSE only in its last bits. A search that
        // took such a step as progress walks beta up to 1 and ends elsewhere (SSE 4434.11, not 4436.73).
        double[] series = {9, -3, 0, 0, -6, -10, -20, -3, -29, -20, -38, 2, -19, -22, -40, -39, -35, -20, -27, -40, -45,
            -26, -41, -18, -45, -61, -53, -41, -50, -45, -71, -48, -59, -43, -72, -59, -75, -44, -73, -52, -72, -57};
        double[] procedure = HoltWintersOracle.fit(series, 2);

        HoltWintersParameters fitted = HoltWinters.fit(series, 2);

        assertThat(new double[] {fitted.alpha(), fitted.beta(), fitted.gamma()}).containsExactly(procedure,
                within(0.01));
        assertReachesTheSseOf(procedure, series, 2, fitted);
    }

    /** The fit's one-step SSE is the statement's procedure's (the oracle's), within the statement's 1e-6. */
    private static void assertReachesTheSseOf(double[] procedure, double[] series, int period,
            HoltWintersParameters fitted) {
        double procedureSse = HoltWintersOracle.sse(series, period, procedure);
        assertThat(HoltWinters.oneStepSse(series, period, fitted))
                .as("the fit's SSE; the procedure ends at %s", Arrays.toString(procedure))
                .isCloseTo(procedureSse, within(1e-6 * (1 + procedureSse)));
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
