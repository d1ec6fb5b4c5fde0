package dev.mlkatas.ranking.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The provided binary metrics on their own: reciprocal rank, precision and recall against hand-worked
 * lists and a brute-force mean over the orders of tied items. How they compare with task 1's NDCG is
 * graded, in {@code RankingMetricsTest}.
 */
@DisplayName("RankingMetrics: reciprocal rank, precision and recall")
class BinaryRankingMetricsTest {

    @Test
    @DisplayName("reciprocal rank: 1 over the position of the first relevant item, 0 without one")
    void reciprocalRank() {
        assertThat(RankingMetrics.reciprocalRank(new double[] {3, 2, 1}, new int[] {0, 0, 2})).isCloseTo(1.0 / 3,
                within(1e-12));
        assertThat(RankingMetrics.reciprocalRank(new double[] {3, 2, 1}, new int[] {1, 3, 0})).isEqualTo(1.0);
        assertThat(RankingMetrics.reciprocalRank(new double[] {3, 2}, new int[] {0, 0})).isZero();
        assertThat(RankingMetrics.reciprocalRank(new double[] {}, new int[] {})).isZero();
    }

    @Test
    @DisplayName("reciprocal rank of the class's example: a tie for positions 2 and 3 gives (1/2 + 1/3) / 2")
    void reciprocalRankWithATie() {
        assertThat(RankingMetrics.reciprocalRank(new double[] {2, 1, 1}, new int[] {0, 1, 0}))
                .isCloseTo((0.5 + 1.0 / 3) / 2, within(1e-12));
    }

    @Test
    @DisplayName("reciprocal rank in a tie of four with two relevant items: the expected 1 / first position")
    void reciprocalRankOfTwoRelevantInATie() {
        // Of the 6 placements of 2 relevant items among 4 positions, the first relevant is at 1 in 3 of them,
        // at 2 in 2, at 3 in 1.
        double expected = (3 * 1.0 + 2 * 0.5 + 1.0 / 3) / 6;

        assertThat(RankingMetrics.reciprocalRank(new double[] {7, 7, 7, 7}, new int[] {0, 2, 0, 1}))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    @DisplayName("precision at k: relevant items among the first k, over k, even past the end of the list")
    void precision() {
        double[] scores = {4, 3, 2, 1};
        int[] grades = {1, 0, 3, 0};

        assertThat(RankingMetrics.precisionAt(1, scores, grades)).isEqualTo(1.0);
        assertThat(RankingMetrics.precisionAt(2, scores, grades)).isEqualTo(0.5);
        assertThat(RankingMetrics.precisionAt(4, scores, grades)).isEqualTo(0.5);
        assertThat(RankingMetrics.precisionAt(8, scores, grades)).isEqualTo(0.25);
        assertThat(RankingMetrics.precisionAt(2, new double[] {2, 1, 1}, new int[] {0, 1, 0})).isEqualTo(0.25);
    }

    @Test
    @DisplayName("recall at k: relevant items among the first k, over every relevant judged item")
    void recall() {
        double[] scores = {4, 3, 2};
        int[] grades = {1, 0, 3};
        int[] judged = {1, 0, 3, 2, 0};

        assertThat(RankingMetrics.recallAt(1, scores, grades, judged)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(RankingMetrics.recallAt(3, scores, grades, judged)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(RankingMetrics.recallAt(10, scores, grades, judged)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(RankingMetrics.recallAt(3, scores, new int[] {0, 0, 0}, new int[] {0, 0})).isZero();
    }

    @Test
    @DisplayName("does not depend on the order of tied items in the input")
    void independentOfInputOrder() {
        assertThat(RankingMetrics.reciprocalRank(new double[] {1, 1, 1}, new int[] {0, 0, 1}))
                .isEqualTo(RankingMetrics.reciprocalRank(new double[] {1, 1, 1}, new int[] {1, 0, 0}));
        assertThat(RankingMetrics.precisionAt(1, new double[] {1, 1}, new int[] {0, 1}))
                .isEqualTo(RankingMetrics.precisionAt(1, new double[] {1, 1}, new int[] {1, 0}))
                .isEqualTo(0.5);
    }

    @Test
    @DisplayName("each metric equals its mean over every order of the tied items, on 300 seeded random lists")
    void agreesWithTheMeanOverTieOrders() {
        Random random = new Random(20080407);
        for (int trial = 0; trial < 300; trial++) {
            int length = random.nextInt(8);
            double[] scores = random.doubles(length).map(x -> Math.floor(x * 3)).toArray();
            int[] grades = random.ints(length, 0, 4).toArray();
            int[] judged = Arrays.copyOf(grades, length + random.nextInt(3));
            int k = 1 + random.nextInt(8);
            List<int[]> orders = TieOrders.of(scores);
            long relevantJudged = Arrays.stream(judged).filter(g -> g >= 1).count();

            double rr = 0;
            double precision = 0;
            double recall = 0;
            for (int[] order : orders) {
                int[] shown = Arrays.stream(order).map(i -> grades[i]).toArray();
                int first = 0;
                while (first < shown.length && shown[first] < 1) {
                    first++;
                }
                rr += first < shown.length ? 1.0 / (first + 1) : 0;
                long top = Arrays.stream(shown).limit(k).filter(g -> g >= 1).count();
                precision += (double) top / k;
                recall += relevantJudged == 0 ? 0 : (double) top / relevantJudged;
            }
            String list = "trial " + trial + ": scores " + Arrays.toString(scores)
                    + ", grades " + Arrays.toString(grades);
            assertThat(RankingMetrics.reciprocalRank(scores, grades)).as(list)
                    .isCloseTo(rr / orders.size(), within(1e-12));
            assertThat(RankingMetrics.precisionAt(k, scores, grades)).as(list)
                    .isCloseTo(precision / orders.size(), within(1e-12));
            assertThat(RankingMetrics.recallAt(k, scores, grades, judged)).as(list)
                    .isCloseTo(recall / orders.size(), within(1e-12));
        }
    }

    @Test
    @DisplayName("rejects arrays of different lengths, NaN scores, negative grades, k < 1 and unjudged relevant items")
    void rejectsBadInput() {
        assertThatThrownBy(() -> RankingMetrics.reciprocalRank(new double[] {1}, new int[] {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankingMetrics.reciprocalRank(new double[] {Double.NaN}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankingMetrics.precisionAt(2, new double[] {1}, new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankingMetrics.precisionAt(0, new double[] {1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankingMetrics.recallAt(2, new double[] {1, 2}, new int[] {1, 1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
