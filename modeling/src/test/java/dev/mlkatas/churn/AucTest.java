package dev.mlkatas.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 1: Auc.of")
class AucTest {

    @Test
    @DisplayName("gives the statement's example 0.75: three of the four leaver-stayer pairs are ranked right")
    void statementsExample() {
        assertThat(Auc.of(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8})).isEqualTo(0.75);
    }

    @Test
    @DisplayName("is 1 when every positive scores above every negative")
    void perfectRanking() {
        assertThat(Auc.of(new int[] {1, 0, 1, 0, 0}, new double[] {0.9, 0.2, 0.7, 0.1, 0.3})).isEqualTo(1.0);
    }

    @Test
    @DisplayName("is 0 when every positive scores below every negative")
    void reversedRanking() {
        assertThat(Auc.of(new int[] {1, 0, 1, 0}, new double[] {-5, 3, -7, 2})).isEqualTo(0.0);
    }

    @Test
    @DisplayName("is 0.5 when every score is the same: every pair is a tie")
    void allTied() {
        assertThat(Auc.of(new int[] {1, 0, 0, 1, 0}, new double[] {0.3, 0.3, 0.3, 0.3, 0.3})).isEqualTo(0.5);
    }

    @Test
    @DisplayName("counts a tie between a positive and a negative as half a correctly ranked pair")
    void tiesCountHalf() {
        // Pairs (positive, negative): (0.5, 0.5) tie = 0.5, (0.5, 0.1) = 1, (0.9, 0.5) = 1, (0.9, 0.1) = 1.
        assertThat(Auc.of(new int[] {1, 0, 1, 0}, new double[] {0.5, 0.5, 0.9, 0.1})).isEqualTo(3.5 / 4);
    }

    @Test
    @DisplayName("ignores ties among positives or among negatives: they are never compared")
    void tiesWithinAClassDoNotCount() {
        assertThat(Auc.of(new int[] {1, 1, 0, 0}, new double[] {0.8, 0.8, 0.2, 0.2})).isEqualTo(1.0);
    }

    @Test
    @DisplayName("works with one positive and one negative")
    void onePair() {
        assertThat(Auc.of(new int[] {0, 1}, new double[] {2.0, 1.0})).isEqualTo(0.0);
    }

    @Test
    @DisplayName("uses only the order of the scores, not their scale: negative and huge scores are fine")
    void anyFiniteScores() {
        assertThat(Auc.of(new int[] {0, 1, 0, 1}, new double[] {-1e300, 1e300, -0.0, 0.0}))
                .isCloseTo(0.875, within(1e-12));
    }

    @Test
    @DisplayName("rejects labels of one class: the AUC is undefined, and the message says so")
    void rejectsOneClass() {
        assertThatThrownBy(() -> Auc.of(new int[] {1, 1, 1}, new double[] {0.1, 0.2, 0.3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one class");
        assertThatThrownBy(() -> Auc.of(new int[] {0, 0}, new double[] {0.1, 0.2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one class");
    }

    @Test
    @DisplayName("rejects empty input: there is no pair to compare")
    void rejectsEmpty() {
        assertThatThrownBy(() -> Auc.of(new int[0], new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("rejects arrays of different lengths")
    void rejectsDifferentLengths() {
        assertThatThrownBy(() -> Auc.of(new int[] {0, 1, 1}, new double[] {0.1, 0.2}))
                .isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
    }

    @Test
    @DisplayName("rejects a label that is neither 0 nor 1")
    void rejectsOtherLabels() {
        assertThatThrownBy(() -> Auc.of(new int[] {0, 1, 2}, new double[] {0.1, 0.2, 0.3}))
                .isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
    }

    @Test
    @DisplayName("rejects NaN and infinite scores")
    void rejectsNonFiniteScores() {
        assertThatThrownBy(() -> Auc.of(new int[] {0, 1}, new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
        assertThatThrownBy(() -> Auc.of(new int[] {0, 1}, new double[] {Double.NEGATIVE_INFINITY, 0.2}))
                .isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
    }

    @Test
    @DisplayName("rejects null with a NullPointerException that says what is wrong")
    void rejectsNull() {
        assertThatThrownBy(() -> Auc.of(null, new double[] {0.1})).isInstanceOf(NullPointerException.class)
                .message().isNotBlank();
        assertThatThrownBy(() -> Auc.of(new int[] {1}, null)).isInstanceOf(NullPointerException.class)
                .message().isNotBlank();
    }

    @Test
    @DisplayName("leaves its arguments as they were")
    void leavesInputAlone() {
        int[] labels = {1, 0, 1, 0, 1};
        double[] scores = {0.9, 0.1, 0.4, 0.8, 0.4};

        Auc.of(labels, scores);

        assertThat(labels).containsExactly(1, 0, 1, 0, 1);
        assertThat(scores).containsExactly(0.9, 0.1, 0.4, 0.8, 0.4);
    }

    @Test
    @DisplayName("is 1 for 50,000 positives above 50,000 negatives: 2.5 billion pairs, more than an int holds")
    void moreWinsThanAnIntHolds() {
        int n = 100_000;
        int[] labels = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            scores[i] = labels[i] == 1 ? 1.0 : 0.0;
        }

        // 50,000 x 50,000 pairs, a rank sum of 3.75 billion: counted in int, each wraps past 2^31 - 1.
        assertThat(Auc.of(labels, scores)).isEqualTo(1.0);
        // Rows 0 and 1 swap classes: the positive at 0 ties 49,999 negatives, the negative at 1 ties 49,999
        // positives, so the wins are 49,999 x 49,999.5 + 24,999.5 of 2.5 billion: 1 - 1/50,000.
        labels[0] = 1;
        labels[1] = 0;
        assertThat(Auc.of(labels, scores)).isCloseTo(1.0 - 1.0 / 50_000, within(1e-12));
    }

    @Test
    @DisplayName("agrees with Smile on a million rows full of ties (a pairwise loop would take hours)")
    void millionRows() {
        int n = 1_000_000;
        int[] labels = new int[n];
        double[] scores = new double[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(4) == 0 ? 1 : 0;
            // Positives score a little higher on average; rounding makes many ties.
            scores[i] = Math.round((random.nextGaussian() + labels[i]) * 100) / 100.0;
        }

        assertThat(Auc.of(labels, scores)).isCloseTo(smile.validation.metric.AUC.of(labels, scores), within(1e-9));
    }
}
