package dev.mlkatas.forecasting;

/**
 * One split of a rolling-origin backtest, as half-open index ranges of the series: the model learns from
 * {@code [trainStart, trainEnd)} and forecasts {@code [testStart, testEnd)}. The origin is {@code testStart},
 * the first day forecast.
 *
 * <p>Example: {@code new Split(0, 365, 365, 372)} learns from the first year and forecasts the next week.
 */
public record Split(int trainStart, int trainEnd, int testStart, int testEnd) {

    public Split {
        if (trainStart < 0 || trainEnd < trainStart || testEnd < testStart) {
            throw new IllegalArgumentException("not a split: [" + trainStart + ", " + trainEnd + ") then ["
                    + testStart + ", " + testEnd + ")");
        }
    }

    /** The first index forecast. */
    public int origin() {
        return testStart;
    }

    /** How many days are forecast. */
    public int horizon() {
        return testEnd - testStart;
    }
}
