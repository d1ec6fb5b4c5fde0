package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.anomalies.RollingMad.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rolling median and MAD detector on windows worked out by hand, and what it refuses. */
@DisplayName("Rolling median and MAD")
class RollingMadTest {

    private static final double EXACT = 1e-12;

    private static Verdict last(RollingMad detector, double... values) {
        Verdict verdict = null;
        for (double value : values) {
            verdict = detector.next(value);
        }
        return verdict;
    }

    private static void assertVerdict(Verdict verdict, double median, double mad, double score, boolean anomaly) {
        assertThat(verdict.median()).as("median").isCloseTo(median, within(EXACT));
        assertThat(verdict.mad()).as("mad").isCloseTo(mad, within(EXACT));
        assertThat(verdict.score()).as("score").isCloseTo(score, within(EXACT));
        assertThat(verdict.anomaly()).as("anomaly").isEqualTo(anomaly);
    }

    @Test
    @DisplayName("the statement's example: after 1, 2, 3, 4, 100 the value 50 is 47 scaled MADs out")
    void statementExample() {
        Verdict verdict = last(new RollingMad(5, 3.0), 1, 2, 3, 4, 100, 50);

        assertVerdict(verdict, 3, 1, 47 / (1.4826 * 1), true);
    }

    @Test
    @DisplayName("says nothing while the window is not full: NaN median and MAD, score 0, no anomaly")
    void notFullYet() {
        RollingMad detector = new RollingMad(3, 0.0);

        for (double value : new double[] {5, 1_000, -7}) {
            Verdict verdict = detector.next(value);
            assertThat(verdict.median()).isNaN();
            assertThat(verdict.mad()).isNaN();
            assertThat(verdict.score()).isZero();
            assertThat(verdict.anomaly()).isFalse();
        }
        assertThat(detector.next(5).median()).isCloseTo(5, within(EXACT));
    }

    @Test
    @DisplayName("the window is the values before the point, never the point itself")
    void windowIsBeforeThePoint() {
        Verdict verdict = last(new RollingMad(3, 3.0), 1, 2, 4, 9);

        assertVerdict(verdict, 2, 1, 7 / 1.4826, true);
    }

    @Test
    @DisplayName("the window slides: the oldest value leaves")
    void windowSlides() {
        Verdict verdict = last(new RollingMad(3, 3.0), 1, 2, 4, 9, 100);

        // Window {2, 4, 9}: median 4, distances 2, 0, 5, MAD 2.
        assertVerdict(verdict, 4, 2, 96 / (1.4826 * 2), true);
        assertVerdict(last(new RollingMad(2, 1.0), 8, 1, 2, 3, 2.5), 2.5, 0.5, 0, false);
    }

    @Test
    @DisplayName("an even window takes the mean of the two middle values, for the median and for the MAD")
    void evenWindow() {
        Verdict verdict = last(new RollingMad(4, 3.0), 1, 2, 4, 10, 5);

        // Median (2 + 4) / 2 = 3; distances 2, 1, 1, 7, MAD (1 + 2) / 2 = 1.5.
        assertVerdict(verdict, 3, 1.5, 2 / (1.4826 * 1.5), false);
    }

    @Test
    @DisplayName("a MAD of 0: the median itself scores 0, anything else is infinitely far")
    void madZero() {
        RollingMad detector = new RollingMad(3, 3.0);
        last(detector, 5, 5, 5);

        assertVerdict(detector.next(5), 5, 0, 0, false);
        Verdict off = detector.next(5.5);
        assertThat(off.score()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(off.anomaly()).isTrue();
        // A window of one value always has MAD 0.
        assertThat(last(new RollingMad(1, 3.0), 4, 4).score()).isZero();
        assertThat(last(new RollingMad(1, 3.0), 4, 3).score()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    @DisplayName("flags a score strictly above k: with k = 0 the median is no anomaly, a neighbour is")
    void strictlyAboveK() {
        RollingMad detector = new RollingMad(3, 0.0);
        last(detector, 1, 2, 4);

        assertVerdict(detector.next(2), 2, 1, 0, false);
        assertVerdict(last(new RollingMad(3, 0.0), 1, 2, 4, 2.5), 2, 1, 0.5 / 1.4826, true);
    }

    @Test
    @DisplayName("negative values and duplicates in the window")
    void negativesAndDuplicates() {
        Verdict verdict = last(new RollingMad(5, 2.0), -3, -3, 7, -3, 1, -10);

        // Window {-3, -3, 7, -3, 1}: median -3, distances 0, 0, 10, 0, 4, MAD 0; -10 is 7 away.
        assertThat(verdict.median()).isCloseTo(-3, within(EXACT));
        assertThat(verdict.mad()).isZero();
        assertThat(verdict.score()).isEqualTo(Double.POSITIVE_INFINITY);
        assertVerdict(last(new RollingMad(5, 2.0), 2, -3, 7, -3, 1, -10), 1, 4, 11 / (1.4826 * 4), false);
    }

    @ParameterizedTest(name = "window {0}, k {1}")
    @CsvSource({"0, 3", "-1, 3", "5, -0.5", "5, NaN", "5, Infinity"})
    @DisplayName("refuses a window below 1 and a k that is negative or not finite")
    void refusesSettings(int window, double k) {
        assertThatThrownBy(() -> new RollingMad(window, k)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("refuses a value that is not finite, and keeps the window as it was")
    void refusesValues() {
        RollingMad detector = new RollingMad(2, 3.0);
        detector.next(1);
        detector.next(3);

        assertThatThrownBy(() -> detector.next(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> detector.next(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertVerdict(detector.next(2), 2, 1, 0, false);
    }
}
