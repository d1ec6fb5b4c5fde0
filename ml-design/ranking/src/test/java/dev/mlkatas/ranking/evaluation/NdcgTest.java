package dev.mlkatas.ranking.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 1: Ndcg")
class NdcgTest {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    @Test
    @DisplayName("gives the statement's example: a tie for positions 2 and 3 shares its average gain")
    void statementsExample() {
        double dcg = 1 + 3.5 / LOG2_3 + 3.5 / 2;
        double ideal = 7 + 3 / LOG2_3 + 1.0 / 2;

        double ndcg = Ndcg.at(3, new double[] {0.9, 0.5, 0.5, 0.1}, new int[] {1, 3, 0, 0}, new int[] {1, 3, 0, 0, 2});

        assertThat(ndcg).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(ndcg).isCloseTo(0.5279, within(1e-4));
    }

    @Test
    @DisplayName("a tie is worth the mean of its two orders, whichever order the input has")
    void tieIsTheMeanOfItsOrders() {
        int[] judged = {3, 0};
        double relevantFirst = Ndcg.at(2, new double[] {2, 1}, new int[] {3, 0}, judged);
        double relevantSecond = Ndcg.at(2, new double[] {1, 2}, new int[] {3, 0}, judged);

        double tied = Ndcg.at(2, new double[] {1, 1}, new int[] {3, 0}, judged);
        double tiedReversed = Ndcg.at(2, new double[] {1, 1}, new int[] {0, 3}, judged);

        assertThat(relevantFirst).isEqualTo(1.0);
        assertThat(relevantSecond).isCloseTo(1 / LOG2_3, within(1e-12));
        assertThat(tied).isCloseTo((relevantFirst + relevantSecond) / 2, within(1e-12));
        assertThat(tiedReversed).isCloseTo(tied, within(1e-12));
    }

    @Test
    @DisplayName("scores everything alike as the average gain on every position")
    void allTied() {
        // Gains 7, 1, 0, 0 share positions 1 to 4: each counts 2 there.
        double dcg = 2 * (1 + 1 / LOG2_3 + 0.5 + 1 / (Math.log(5) / Math.log(2)));
        double ideal = 7 + 1 / LOG2_3;

        double ndcg = Ndcg.at(4, new double[] {5, 5, 5, 5}, new int[] {0, 3, 0, 1}, new int[] {0, 3, 0, 1});

        assertThat(ndcg).isCloseTo(dcg / ideal, within(1e-12));
    }

    @Test
    @DisplayName("a tie that straddles the cut-off brings its average gain only to the positions inside it")
    void tieAcrossTheCutOff() {
        // Positions 1 and 2 of a tie of three with gains 7, 0, 0: 7/3 each; position 3 is cut off.
        double dcg = 7.0 / 3 * (1 + 1 / LOG2_3);
        double ideal = 7;

        assertThat(Ndcg.at(2, new double[] {4, 4, 4}, new int[] {0, 0, 3}, new int[] {0, 0, 3}))
                .isCloseTo(dcg / ideal, within(1e-12));
    }

    @Test
    @DisplayName("is 1 for a list in the ideal order")
    void idealOrderScoresOne() {
        assertThat(Ndcg.at(5, new double[] {9, 7, 5, 3}, new int[] {3, 2, 1, 0}, new int[] {3, 2, 1, 0}))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    @DisplayName("gains 2^g - 1: a grade 2 then a grade 1 beats the reverse by the exponential gain")
    void exponentialGain() {
        int[] judged = {2, 1};
        double ideal = 3 + 1 / LOG2_3;

        assertThat(Ndcg.at(2, new double[] {2, 1}, new int[] {2, 1}, judged)).isCloseTo(1.0, within(1e-12));
        assertThat(Ndcg.at(2, new double[] {1, 2}, new int[] {2, 1}, judged))
                .isCloseTo((1 + 3 / LOG2_3) / ideal, within(1e-12));
    }

    @Test
    @DisplayName("builds the ideal from every judged item, so a relevant item never retrieved costs")
    void idealCountsWhatWasNotRetrieved() {
        double ndcg = Ndcg.at(2, new double[] {1.0}, new int[] {3}, new int[] {3, 3});

        assertThat(ndcg).isCloseTo(7 / (7 + 7 / LOG2_3), within(1e-12));
    }

    @Test
    @DisplayName("takes a cut-off beyond the end of the list: missing positions gain nothing, the ideal goes on")
    void cutOffBeyondTheList() {
        double ndcg = Ndcg.at(10, new double[] {3, 2}, new int[] {1, 1}, new int[] {1, 1, 1});
        double ideal = 1 + 1 / LOG2_3 + 0.5;

        assertThat(ndcg).isCloseTo((1 + 1 / LOG2_3) / ideal, within(1e-12));
    }

    @Test
    @DisplayName("at k = 1 only the first item counts")
    void cutOffOne() {
        assertThat(Ndcg.at(1, new double[] {3, 2}, new int[] {1, 3}, new int[] {1, 3}))
                .isCloseTo(1.0 / 7, within(1e-12));
    }

    @Test
    @DisplayName("is 0 when no judged item of the query is relevant, and for an empty list")
    void noRelevantItem() {
        assertThat(Ndcg.at(5, new double[] {2, 1}, new int[] {0, 0}, new int[] {0, 0, 0})).isZero();
        assertThat(Ndcg.at(5, new double[] {2, 1}, new int[] {0, 0}, new int[] {})).isZero();
        assertThat(Ndcg.at(5, new double[] {}, new int[] {}, new int[] {})).isZero();
        assertThat(Ndcg.at(5, new double[] {}, new int[] {}, new int[] {2, 1})).isZero();
    }

    @Test
    @DisplayName("treats 0.0 and -0.0 as the same score, and takes infinite scores")
    void signedZeroAndInfinity() {
        double tied = Ndcg.at(2, new double[] {0.0, -0.0}, new int[] {0, 3}, new int[] {0, 3});
        double tiedReversed = Ndcg.at(2, new double[] {-0.0, 0.0}, new int[] {0, 3}, new int[] {0, 3});

        assertThat(tied).isCloseTo((1 + 1 / LOG2_3) / 2, within(1e-12));
        assertThat(tiedReversed).isCloseTo(tied, within(1e-12));
        assertThat(Ndcg.at(2, new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, new int[] {0, 1},
                new int[] {0, 1})).isEqualTo(1.0);
    }

    @Test
    @DisplayName("rejects k < 1, arrays of different lengths, NaN scores and negative grades")
    void rejectsBadInput() {
        assertThatThrownBy(() -> Ndcg.at(0, new double[] {1}, new int[] {1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ndcg.at(3, new double[] {1, 2}, new int[] {1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ndcg.at(3, new double[] {Double.NaN}, new int[] {1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ndcg.at(3, new double[] {1}, new int[] {-1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ndcg.at(3, new double[] {1}, new int[] {0}, new int[] {-2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("rejects a list with more items of some grade than were judged: the ideal would not be ideal")
    void rejectsListedGradesMissingFromTheJudgements() {
        assertThatThrownBy(() -> Ndcg.at(3, new double[] {2, 1}, new int[] {2, 2}, new int[] {2, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
        assertThatThrownBy(() -> Ndcg.at(3, new double[] {2}, new int[] {1}, new int[] {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
