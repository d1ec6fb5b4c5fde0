package dev.mlkatas.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Holt-Winters against an oracle written in the error-correction form, on random series and parameters;
 * exact forecasts of exactly seasonal series with a linear trend; and the fit against the statement's
 * procedure and its grid.
 */
class HoltWintersPropertiesTest {

    /** A random series of a random period, two to six seasons long. */
    record Case(double[] series, int period) {}

    @Provide
    Arbitrary<Case> noisySeries() {
        return Arbitraries.integers().between(2, 8).flatMap(m -> Arbitraries.integers().between(2 * m, 6 * m)
                .flatMap(n -> Arbitraries.doubles().between(-50, 200).ofScale(3).array(double[].class).ofSize(n))
                .map(y -> new Case(y, m)));
    }

    @Provide
    Arbitrary<Case> seasonalWithTrend() {
        Arbitrary<Integer> periods = Arbitraries.integers().between(2, 9);
        return periods.flatMap(m -> Combinators.combine(
                Arbitraries.doubles().between(-100, 500).ofScale(2),
                Arbitraries.doubles().between(-5, 5).ofScale(3),
                Arbitraries.doubles().between(-40, 40).ofScale(2).array(double[].class).ofSize(m),
                Arbitraries.integers().between(2 * m, 12 * m))
                .as((intercept, slope, shape, n) -> {
                    double mean = 0;
                    for (double s : shape) {
                        mean += s / m;
                    }
                    double[] y = new double[n];
                    for (int t = 0; t < n; t++) {
                        y[t] = intercept + slope * t + shape[t % m] - mean;
                    }
                    return new Case(y, m);
                }));
    }

    /** A seasonal series with a trend, plus noise as large as the season: what the fit meets on the shelves. */
    @Provide
    Arbitrary<Case> noisySeasonal() {
        return Combinators.combine(seasonalWithTrend(), Arbitraries.longs()).as((c, seed) -> {
            java.util.Random random = new java.util.Random(seed);
            double[] y = c.series().clone();
            for (int t = 0; t < y.length; t++) {
                y[t] += 10 * random.nextGaussian();
            }
            return new Case(y, c.period());
        });
    }

    @Property(tries = 200)
    @Label("an exactly seasonal series with a linear trend is forecast exactly, whatever the parameters")
    void exactSeriesAreForecastExactly(@ForAll("seasonalWithTrend") Case c,
            @ForAll @DoubleRange(min = 0, max = 1) double alpha, @ForAll @DoubleRange(min = 0, max = 1) double beta,
            @ForAll @DoubleRange(min = 0, max = 1) double gamma, @ForAll @IntRange(min = 1, max = 20) int horizon) {
        double[] y = c.series();
        int m = c.period();
        double[] forecast = HoltWinters.forecast(y, m, new HoltWintersParameters(alpha, beta, gamma), horizon);
        // The series continues: y(t) = y(t - m) + m * slope, and the slope is the mean step over a season.
        double slope = (y[m] - y[0]) / m;
        double scale = 1 + maxAbs(y);

        assertThat(forecast).hasSize(horizon);
        for (int h = 1; h <= horizon; h++) {
            int t = y.length - 1 + h;
            int seasonsAhead = (t - (y.length - m)) / m;
            double expected = y[t - m * seasonsAhead] + slope * m * seasonsAhead;
            assertThat(forecast[h - 1]).as("h = %d", h).isCloseTo(expected, within(1e-9 * scale));
        }
        assertThat(HoltWinters.oneStepSse(y, m, new HoltWintersParameters(alpha, beta, gamma)))
                .isCloseTo(0, within(1e-18 * scale * scale * y.length));
    }

    @Property(tries = 200)
    @Label("the one-step SSE and the forecasts agree with the error-correction oracle")
    void agreesWithTheOracle(@ForAll("noisySeries") Case c, @ForAll @DoubleRange(min = 0, max = 1) double alpha,
            @ForAll @DoubleRange(min = 0, max = 1) double beta, @ForAll @DoubleRange(min = 0, max = 1) double gamma,
            @ForAll @IntRange(min = 1, max = 20) int horizon) {
        double[] oracle = HoltWintersOracle.sseAndForecast(c.series(), c.period(), alpha, beta, gamma, horizon);
        HoltWintersParameters p = new HoltWintersParameters(alpha, beta, gamma);

        double sse = HoltWinters.oneStepSse(c.series(), c.period(), p);
        double[] forecast = HoltWinters.forecast(c.series(), c.period(), p, horizon);

        assertThat(sse).isCloseTo(oracle[0], within(1e-9 * (1 + oracle[0])));
        for (int h = 1; h <= horizon; h++) {
            assertThat(forecast[h - 1]).as("h = %d", h).isCloseTo(oracle[h], within(1e-9 * (1 + Math.abs(oracle[h]))));
        }
    }

    @Property(tries = 25)
    @Label("the fitted parameters lie in [0, 1] and the SSE is no worse than the grid's best")
    void fitIsInTheUnitCubeAndBeatsTheGrid(@ForAll("noisySeasonal") Case c) {
        HoltWintersParameters fitted = HoltWinters.fit(c.series(), c.period());
        double[] grid = HoltWintersOracle.gridBest(c.series(), c.period());
        double gridSse = HoltWintersOracle.sse(c.series(), c.period(), grid);

        for (double value : new double[] {fitted.alpha(), fitted.beta(), fitted.gamma()}) {
            assertThat(value).isBetween(0.0, 1.0);
        }
        assertThat(HoltWinters.oneStepSse(c.series(), c.period(), fitted)).isLessThanOrEqualTo(gridSse * (1 + 1e-12));
    }

    @Property(tries = 25)
    @Label("the fit reaches the SSE of the statement's procedure, within 1e-6 of it")
    void fitFollowsTheProcedure(@ForAll("noisySeasonal") Case c) {
        double[] procedure = HoltWintersOracle.fit(c.series(), c.period());
        double procedureSse = HoltWintersOracle.sse(c.series(), c.period(), procedure);

        HoltWintersParameters fitted = HoltWinters.fit(c.series(), c.period());

        assertThat(HoltWinters.oneStepSse(c.series(), c.period(), fitted))
                .isCloseTo(procedureSse, within(1e-6 * (1 + procedureSse)));
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
