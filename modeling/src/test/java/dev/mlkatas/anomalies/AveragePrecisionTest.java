package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Average precision on examples worked out by hand, and what it refuses. */
@DisplayName("Average precision")
class AveragePrecisionTest {

    private static final double EXACT = 1e-12;

    @Test
    @DisplayName("the statement's example is 29/36")
    void statementExample() {
        double ap = AveragePrecision.of(new int[] {0, 1, 1, 0, 1}, new double[] {0.1, 0.9, 0.4, 0.4, 0.2});

        assertThat(ap).isCloseTo(29.0 / 36, within(EXACT));
    }

    @Test
    @DisplayName("is a sum of steps, not trapezoids: 1/3 · 1 + 1/3 · 1/2 for one fraud on top, one below a good order")
    void stepsNotTrapezoids() {
        double ap = AveragePrecision.of(new int[] {1, 0, 0, 1}, new double[] {4, 3, 1, 2});

        // Thresholds 4, 3, 2, 1: precision 1, 1/2, 2/3, 1/2 and recall 1/2, 1/2, 1, 1.
        assertThat(ap).isCloseTo(0.5 * 1 + 0.5 * 2 / 3.0, within(EXACT));
    }

    @Test
    @DisplayName("tied scores are one threshold: a fraud tied with a good order gets precision 1/2")
    void tiesAreOneThreshold() {
        assertThat(AveragePrecision.of(new int[] {1, 0}, new double[] {0.5, 0.5})).isCloseTo(0.5, within(EXACT));
        assertThat(AveragePrecision.of(new int[] {0, 1}, new double[] {0.5, 0.5})).isCloseTo(0.5, within(EXACT));
        assertThat(AveragePrecision.of(new int[] {0, 1, 0, 1, 0}, new double[] {3, 3, 3, 3, 1}))
                .isCloseTo(0.5, within(EXACT));
    }

    @Test
    @DisplayName("a perfect ranking, and labels that are all 1, give 1")
    void perfectRankingIsOne() {
        assertThat(AveragePrecision.of(new int[] {0, 1, 0, 1}, new double[] {0.2, 0.8, 0.1, 0.9}))
                .isCloseTo(1, within(EXACT));
        assertThat(AveragePrecision.of(new int[] {1, 1, 1}, new double[] {0.3, 0.3, 0.1})).isCloseTo(1, within(EXACT));
    }

    @Test
    @DisplayName("the worst ranking of one fraud among three rows is 1/3, the fraud rate")
    void worstRanking() {
        assertThat(AveragePrecision.of(new int[] {0, 0, 1}, new double[] {0.9, 0.8, 0.1}))
                .isCloseTo(1.0 / 3, within(EXACT));
    }

    @Test
    @DisplayName("on 0.2 % fraud, a ranking with ROC AUC 0.99 has an AP of about 0.09")
    void rareFraudIsHarderThanAucSays() {
        // 200 frauds and 99,800 good orders; 998 good orders (1 %) score above every fraud, the rest below.
        int n = 100_000;
        int[] labels = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < 200 ? 1 : 0;
            scores[i] = i < 200 ? 1_000 - i : i < 1_198 ? 2_000 + i : -i;
        }
        double ap = AveragePrecision.of(labels, scores);

        double expected = 0;
        for (int k = 1; k <= 200; k++) {
            expected += k / (998.0 + k) / 200;
        }
        assertThat(ap).isCloseTo(expected, within(1e-9)).isBetween(0.08, 0.10);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("arrays of different lengths", new int[] {1, 0}, new double[] {0.5}),
                Arguments.of("a label 2", new int[] {1, 2}, new double[] {0.5, 0.4}),
                Arguments.of("a label -1", new int[] {1, -1}, new double[] {0.5, 0.4}),
                Arguments.of("a NaN score", new int[] {1, 0}, new double[] {Double.NaN, 0.4}),
                Arguments.of("an infinite score", new int[] {1, 0}, new double[] {0.5, Double.NEGATIVE_INFINITY}),
                Arguments.of("no fraud at all", new int[] {0, 0, 0}, new double[] {0.5, 0.4, 0.3}),
                Arguments.of("no rows", new int[0], new double[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    @DisplayName("refuses with IllegalArgumentException")
    void refuses(String what, int[] labels, double[] scores) {
        assertThatThrownBy(() -> AveragePrecision.of(labels, scores)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("refuses null arrays with NullPointerException")
    void refusesNull() {
        assertThatThrownBy(() -> AveragePrecision.of(null, new double[0])).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AveragePrecision.of(new int[0], null)).isInstanceOf(NullPointerException.class);
    }
}
