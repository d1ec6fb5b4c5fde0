package dev.mlkatas.ranking.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How the provided binary metrics compare with task 1's NDCG on the same lists: every test here uses
 * {@link Ndcg}, so an unsolved task 1 fails them all. The binary metrics' own tests are with the provided
 * code's, in {@code BinaryRankingMetricsTest}.
 */
@DisplayName("RankingMetrics (provided) beside NDCG")
class RankingMetricsTest {

    @Test
    @DisplayName("with one relevant item at rank r, NDCG is 1 / log2(r + 1) where reciprocal rank is 1 / r")
    void ndcgDiscountsMoreGentlyThanReciprocalRank() {
        for (int rank = 1; rank <= 6; rank++) {
            double[] scores = {6, 5, 4, 3, 2, 1};
            int[] grades = new int[6];
            grades[rank - 1] = 1;

            assertThat(RankingMetrics.reciprocalRank(scores, grades)).isCloseTo(1.0 / rank, within(1e-12));
            assertThat(Ndcg.at(10, scores, grades, grades)).as("rank %d", rank)
                    .isCloseTo(Math.log(2) / Math.log(rank + 1), within(1e-12))
                    .isGreaterThanOrEqualTo(1.0 / rank);
        }
    }

    @Test
    @DisplayName("a ranking that puts every relevant item first scores 1 on NDCG, reciprocal rank and recall")
    void perfectRanking() {
        double[] scores = {5, 4, 3, 2, 1};
        int[] grades = {3, 2, 1, 0, 0};

        assertThat(Ndcg.at(3, scores, grades, grades)).isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.reciprocalRank(scores, grades)).isEqualTo(1.0);
        assertThat(RankingMetrics.recallAt(3, scores, grades, grades)).isEqualTo(1.0);
        assertThat(RankingMetrics.precisionAt(3, scores, grades)).isEqualTo(1.0);
    }

    @Test
    @DisplayName("binary metrics ignore the grade that NDCG weighs: swapping a purchase and a click moves NDCG only")
    void onlyNdcgSeesGrades() {
        double[] scores = {2, 1};
        int[] purchaseFirst = {3, 1};
        int[] clickFirst = {1, 3};
        int[] judged = {3, 1};

        assertThat(RankingMetrics.reciprocalRank(scores, clickFirst))
                .isEqualTo(RankingMetrics.reciprocalRank(scores, purchaseFirst));
        assertThat(RankingMetrics.precisionAt(1, scores, clickFirst))
                .isEqualTo(RankingMetrics.precisionAt(1, scores, purchaseFirst));
        assertThat(Ndcg.at(2, scores, clickFirst, judged)).isLessThan(Ndcg.at(2, scores, purchaseFirst, judged));
    }
}
