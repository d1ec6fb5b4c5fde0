package dev.mlkatas.crf;

import static dev.mlkatas.crf.LinearChainCrf.logPartition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 2: logPartition")
class LogPartitionTest {

    private static final double NO = Double.NEGATIVE_INFINITY;
    /** Far above what O(n L²) needs for the long sequences below; see CostBudget. */
    private static final Duration BUDGET = Duration.ofSeconds(10);

    @Test
    @DisplayName("gives the statement's example: ln(e^1 + e^1 + e^-2 + e^2)")
    void statementsExample() {
        ChainScores scores = new ChainScores(new double[][] {{1, 0}, {0, 2}}, new double[][] {{0, -2}, {-2, 0}},
                new double[] {0, 0});

        assertThat(logPartition(scores)).isCloseTo(Math.log(2 * Math.E + Math.exp(-2) + Math.exp(2)), within(1e-12));
    }

    @Test
    @DisplayName("is the log-sum-exp of start plus emission for one token")
    void oneToken() {
        ChainScores scores = new ChainScores(new double[][] {{1, 2, 3}}, new double[3][3], new double[] {0, 1, -1});

        assertThat(logPartition(scores)).isCloseTo(Math.log(Math.exp(1) + Math.exp(3) + Math.exp(2)), within(1e-12));
    }

    @Test
    @DisplayName("is n ln L when every score is zero: L^n labellings of score 0")
    void allZero() {
        ChainScores scores = new ChainScores(new double[6][3], new double[3][3], new double[3]);

        assertThat(logPartition(scores)).isCloseTo(6 * Math.log(3), within(1e-12));
    }

    @Test
    @DisplayName("does not overflow with scores in the thousands")
    void noOverflow() {
        ChainScores scores = new ChainScores(new double[][] {{1000, 1000}, {1000, 1000}}, new double[2][2],
                new double[2]);

        assertThat(logPartition(scores)).isCloseTo(2000 + 2 * Math.log(2), within(1e-9));
    }

    @Test
    @DisplayName("does not underflow to -Infinity with scores of minus thousands")
    void noUnderflow() {
        ChainScores scores = new ChainScores(new double[][] {{-1000, -1000}, {-1000, -1000}}, new double[2][2],
                new double[2]);

        assertThat(logPartition(scores)).isCloseTo(-2000 + 2 * Math.log(2), within(1e-9));
    }

    @Test
    @DisplayName("leaves out forbidden labellings")
    void forbiddenLabellingsCountZero() {
        // Only 0 -> 0 and 1 -> 1 are allowed: two labellings, each of score 0.
        ChainScores scores = new ChainScores(new double[2][2], new double[][] {{0, NO}, {NO, 0}}, new double[2]);

        assertThat(logPartition(scores)).isCloseTo(Math.log(2), within(1e-12));
    }

    @Test
    @DisplayName("is -Infinity, not NaN, when every labelling is forbidden")
    void allForbidden() {
        ChainScores scores = new ChainScores(new double[2][2], new double[][] {{NO, NO}, {NO, NO}}, new double[2]);

        assertThat(logPartition(scores)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    @DisplayName("is 0 for an empty sequence: one labelling, the empty one, of score 0")
    void emptySequence() {
        assertThat(logPartition(new ChainScores(new double[0][], new double[2][2], new double[2]))).isZero();
    }

    /** The forward algorithm is O(n L²); brute force over the 4^50000 labellings cannot finish in the budget. */
    @Test
    @DisplayName("is n ln L for 50,000 tokens of zero scores over 4 labels, by the forward algorithm")
    void longSequenceByTheForwardAlgorithm() throws Exception {
        int n = 50_000;
        ChainScores scores = new ChainScores(new double[n][4], new double[4][4], new double[4]);

        double expected = n * Math.log(4);
        assertThat(CostBudget.within(BUDGET, () -> logPartition(scores))).isCloseTo(expected, within(1e-9 * expected));
    }
}
