package dev.mlkatas.anomalies;

/**
 * Task 2 of the anomalies kata: a streaming robust detector. Each value is scored against the median and the
 * MAD (median absolute deviation) of the {@code window} values before it, and flagged when it lies more than
 * {@code k} scaled MADs from that median.
 *
 * <p>This is one of the three files you edit ({@code ./kata show anomalies} prints the statement,
 * {@code ./kata test anomalies} grades it). The anomalies job runs it over every order's amount. Sorting the
 * window again for every value is O(w log w) a point; the statement asks for a few O(log w) steps.
 */
public final class RollingMad {

    /** The scale that makes the MAD of normal data estimate its standard deviation. */
    public static final double SCALE = 1.4826;

    /**
     * What the detector says about one value.
     *
     * @param median the median of the window before the value; NaN while the window is not full
     * @param mad the median absolute deviation of that window from its median, unscaled; NaN while not full
     * @param score |value − median| / (1.4826 · mad); 0 while the window is not full
     * @param anomaly whether the score is above the detector's k
     */
    public record Verdict(double median, double mad, double score, boolean anomaly) {
    }

    private final int window;
    private final double k;

    /**
     * A detector that flags a value more than {@code k} scaled MADs from the median of the {@code window} values
     * before it.
     *
     * <p>Example: {@code new RollingMad(5, 3.0)}: after 1, 2, 3, 4, 100, the value 50 scores 47 / 1.4826.
     *
     * @throws IllegalArgumentException if the window is below 1 or k is negative or not finite
     */
    public RollingMad(int window, double k) {
        this.window = window;
        this.k = k;
    }

    /**
     * Scores {@code value} against the window before it, then lets it into the window (the oldest value leaves
     * once the window is full).
     *
     * <p>Example: with a window of 3, the fourth value 9 after 1, 2, 4 has median 2, MAD 1 and score
     * 7 / 1.4826, an anomaly for k = 3.
     *
     * @throws IllegalArgumentException if the value is NaN or infinite (the window is left as it was)
     */
    public Verdict next(double value) {
        throw new UnsupportedOperationException(
                "Task 2 is yours: keep the window sorted as it slides in RollingMad.next (./kata hint anomalies)");
    }
}
