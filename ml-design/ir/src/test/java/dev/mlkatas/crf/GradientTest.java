package dev.mlkatas.crf;

import static dev.mlkatas.crf.LinearChainCrf.gradient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 3: gradient")
class GradientTest {

    private static final double NO = Double.NEGATIVE_INFINITY;
    /** Far above what O(n L²) needs for the long sequences below; see CostBudget. */
    private static final Duration BUDGET = Duration.ofSeconds(10);

    @Test
    @DisplayName("for one token is the softmax's: observed one-hot minus the probabilities")
    void oneTokenIsSoftmax() {
        ChainScores scores = new ChainScores(new double[][] {{1, 2, 3}}, new double[3][3], new double[3]);
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);

        ChainGradient g = gradient(scores, new int[] {1});

        assertThat(g.logLikelihood()).isCloseTo(2 - Math.log(z), within(1e-12));
        assertThat(g.emissions()[0][0]).isCloseTo(-Math.exp(1) / z, within(1e-12));
        assertThat(g.emissions()[0][1]).isCloseTo(1 - Math.exp(2) / z, within(1e-12));
        assertThat(g.emissions()[0][2]).isCloseTo(-Math.exp(3) / z, within(1e-12));
        assertThat(g.start()).containsExactly(g.emissions()[0][0], g.emissions()[0][1], g.emissions()[0][2]);
    }

    @Test
    @DisplayName("gives the statement's example: ln(1/2) and observed minus expected")
    void statementsExample() {
        ChainGradient g = gradient(new ChainScores(new double[][] {{0, 0}}, new double[2][2], new double[2]),
                new int[] {0});

        assertThat(g.logLikelihood()).isCloseTo(Math.log(0.5), within(1e-12));
        assertThat(g.emissions()[0]).containsExactly(new double[] {0.5, -0.5}, within(1e-12));
    }

    @Test
    @DisplayName("counts the transitions the labelling uses, minus their expected counts")
    void transitionGradient() {
        // All scores zero: every one of the 4 labellings has probability 1/4, each transition is expected 1/4 times.
        ChainGradient g = gradient(new ChainScores(new double[2][2], new double[2][2], new double[2]), new int[] {0,
                1});

        assertThat(g.logLikelihood()).isCloseTo(Math.log(0.25), within(1e-12));
        assertThat(g.transitions()[0]).containsExactly(new double[] {-0.25, 0.75}, within(1e-12));
        assertThat(g.transitions()[1]).containsExactly(new double[] {-0.25, -0.25}, within(1e-12));
        assertThat(g.emissions()[1]).containsExactly(new double[] {-0.5, 0.5}, within(1e-12));
    }

    @Test
    @DisplayName("gives a forbidden transition no expected count, so a zero gradient unless observed")
    void forbiddenTransitionsHaveNoGradient() {
        ChainScores scores = new ChainScores(new double[3][2], new double[][] {{0, 0}, {NO, 0}}, new double[2]);

        ChainGradient g = gradient(scores, new int[] {0, 0, 1});

        assertThat(g.transitions()[1][0]).isZero();
        assertThat(g.logLikelihood()).isCloseTo(-Math.log(4), within(1e-12));
    }

    @Test
    @DisplayName("has shapes matching the scores, and a log-likelihood of 0 for an empty sequence")
    void shapes() {
        ChainGradient g = gradient(new ChainScores(new double[0][], new double[3][3], new double[3]), new int[0]);

        assertThat(g.logLikelihood()).isZero();
        assertThat(g.emissions()).isEmpty();
        assertThat(g.transitions()).hasDimensions(3, 3);
        assertThat(g.start()).hasSize(3);
    }

    @Test
    @DisplayName("has all-zero transition and start gradients for an empty sequence, whatever the scores")
    void emptySequenceHasZeroGradients() {
        ChainScores scores = new ChainScores(new double[0][], new double[][] {{1, NO}, {-2, 3}}, new double[] {4, -1});

        ChainGradient g = gradient(scores, new int[0]);

        assertThat(g.logLikelihood()).isZero();
        assertThat(g.transitions()).isDeepEqualTo(new double[2][2]);
        assertThat(g.start()).containsExactly(0, 0);
    }

    @Test
    @DisplayName("stays finite with scores in the thousands")
    void noOverflow() {
        ChainScores scores = new ChainScores(new double[][] {{1000, 999}, {-1000, 1000}}, new double[][] {{900, 0},
                {0, 0}},
                new double[2]);

        ChainGradient g = gradient(scores, new int[] {0, 1});

        assertThat(g.logLikelihood()).isFinite();
        assertThat(g.emissions()[0][0]).isFinite();
    }

    @Test
    @DisplayName("rejects labels of the wrong length or out of range, and a forbidden labelling")
    void rejectsBadLabels() {
        ChainScores scores = new ChainScores(new double[2][2], new double[][] {{0, NO}, {0, 0}}, new double[2]);

        assertThatThrownBy(() -> gradient(scores, new int[] {0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gradient(scores, new int[] {0, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gradient(scores, new int[] {-1, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gradient(scores, new int[] {0, 1})).isInstanceOf(IllegalArgumentException.class);
    }

    /** Forward-backward is O(n L²); brute force over the 4^20000 labellings cannot finish in the budget. */
    @Test
    @DisplayName("for 20,000 tokens of zero scores over 4 labels: -n ln L, and 1 - 1/4 or -1/4 per emission")
    void longSequenceByForwardBackward() throws Exception {
        int n = 20_000;
        int[] labels = new int[n];
        for (int t = 0; t < n; t++) {
            labels[t] = t % 4;
        }

        ChainScores scores = new ChainScores(new double[n][4], new double[4][4], new double[4]);

        ChainGradient g = CostBudget.within(BUDGET, () -> gradient(scores, labels));

        assertThat(g.logLikelihood()).isCloseTo(-n * Math.log(4), within(1e-9 * n));
        for (int t = 0; t < n; t += 997) {
            for (int y = 0; y < 4; y++) {
                double observed = y == labels[t] ? 1 : 0;
                assertThat(g.emissions()[t][y]).as("emission gradient [%d][%d]", t, y)
                        .isCloseTo(observed - 0.25, within(1e-6));
            }
        }
        // Each of the n - 1 steps goes to each of the 16 label pairs with probability 1/16.
        assertThat(g.transitions()[0][1]).isCloseTo(5_000 - (n - 1) / 16.0, within(1e-3));
        assertThat(g.transitions()[0][0]).isCloseTo(-(n - 1) / 16.0, within(1e-3));
    }
}
