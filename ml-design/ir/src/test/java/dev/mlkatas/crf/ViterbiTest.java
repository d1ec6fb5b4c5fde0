package dev.mlkatas.crf;

import static dev.mlkatas.crf.LinearChainCrf.viterbi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 1: viterbi")
class ViterbiTest {

    private static final double NO = Double.NEGATIVE_INFINITY;
    /** Far above what O(n L²) needs for the long sequences below; see CostBudget. */
    private static final Duration BUDGET = Duration.ofSeconds(10);

    @Test
    @DisplayName("decodes the statement's example jointly, not token by token")
    void decodesTheStatementsExample() {
        ChainScores scores = new ChainScores(new double[][] {{1, 0}, {0, 2}}, new double[][] {{0, -2}, {-2, 0}},
                new double[] {0, 0});

        assertThat(viterbi(scores)).containsExactly(1, 1);
    }

    @Test
    @DisplayName("follows the emissions when the transitions are all zero")
    void followsEmissionsWithoutTransitions() {
        ChainScores scores = new ChainScores(new double[][] {{0, 3, 1}, {2, 0, 1}, {0, 0, 5}},
                new double[3][3], new double[3]);

        assertThat(viterbi(scores)).containsExactly(1, 0, 2);
    }

    @Test
    @DisplayName("uses the start scores for the first token")
    void usesStartScores() {
        ChainScores scores = new ChainScores(new double[][] {{1, 0}}, new double[2][2], new double[] {0, 5});

        assertThat(viterbi(scores)).containsExactly(1);
    }

    @Test
    @DisplayName("lets a strong transition carry a label across a token that prefers another")
    void strongTransitionsWin() {
        // Token 1 prefers label 0 by 1, but 1 -> 1 -> 1 earns 2 + 2 in transitions.
        ChainScores scores = new ChainScores(new double[][] {{0, 5}, {1, 0}, {0, 5}},
                new double[][] {{0, 0}, {0, 2}}, new double[2]);

        assertThat(viterbi(scores)).containsExactly(1, 1, 1);
    }

    @Test
    @DisplayName("never takes a forbidden (-Infinity) transition, however good the emissions")
    void avoidsForbiddenTransitions() {
        // 1 -> 0 would score 18 but is forbidden; 1 -> 1 scores 10, 0 -> 0 scores 9.
        ChainScores scores = new ChainScores(new double[][] {{0, 9}, {9, 1}},
                new double[][] {{0, 0}, {NO, 0}}, new double[2]);

        int[] path = viterbi(scores);

        assertThat(path).isNotEqualTo(new int[] {1, 0});
        assertThat(path).containsExactly(1, 1);
    }

    @Test
    @DisplayName("returns the empty labelling for an empty sequence")
    void emptySequence() {
        assertThat(viterbi(new ChainScores(new double[0][], new double[2][2], new double[2]))).isEmpty();
    }

    @Test
    @DisplayName("handles a single label and long sequences")
    void singleLabelAndLongSequence() {
        double[][] emissions = new double[1000][1];
        assertThat(viterbi(new ChainScores(emissions, new double[][] {{-1}}, new double[] {0}))).hasSize(1000)
                .containsOnly(0);
    }

    @Test
    @DisplayName("rejects scores under which every labelling is forbidden")
    void rejectsAllForbidden() {
        ChainScores scores = new ChainScores(new double[][] {{0, 0}, {0, 0}},
                new double[][] {{NO, NO}, {NO, NO}}, new double[2]);

        assertThatThrownBy(() -> viterbi(scores)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("never outputs I-X after O under the BIO rules, even when every token looks most like I-PRODUCT")
    void bioRulesHold() {
        int inside = BioTags.indexOf("I-PRODUCT");
        double[][] emissions = new double[4][BioTags.TAGS.size()];
        for (double[] token : emissions) {
            token[inside] = 10;
        }
        ChainScores scores = new ChainScores(emissions, BioTags.forbiddenTransitions(), BioTags.forbiddenStarts());

        int[] path = viterbi(scores);

        assertThat(BioTags.isValid(path)).isTrue();
        assertThat(path).containsExactly(BioTags.indexOf("B-PRODUCT"), inside, inside, inside);
    }

    /**
     * O(n L²): 50,000 tokens over 4 labels take the reference a fraction of a second. Trying the 4^50000
     * labellings, or redoing the prefix for every token (n² L² ≈ 4·10^10 steps), cannot finish in the budget.
     */
    @Test
    @DisplayName("decodes 50,000 tokens over 4 labels in O(n L²): only the cycle 0, 1, 2, 3 is allowed")
    void decodesLongSequencesInLinearTime() throws Exception {
        int n = 50_000;
        int labels = 4;
        double[][] transitions = new double[labels][labels];
        for (int x = 0; x < labels; x++) {
            Arrays.fill(transitions[x], NO);
            transitions[x][(x + 1) % labels] = 0;
        }
        double[][] emissions = new double[n][labels];
        for (int t = 0; t < n; t++) {
            // Every token prefers the label after its own, which the cycle forbids.
            emissions[t][(t + 1) % labels] = 5;
        }

        ChainScores scores = new ChainScores(emissions, transitions, new double[] {0, NO, NO, NO});

        int[] path = CostBudget.within(BUDGET, () -> viterbi(scores));

        assertThat(path).hasSize(n);
        for (int t = 0; t < n; t += 9_973) {
            assertThat(path[t]).as("label of token %d", t).isEqualTo(t % labels);
        }
    }

    @Test
    @DisplayName("decodes 1,000 tokens over 50 labels in O(n L²): 50^1000 labellings are never listed")
    void decodesManyLabelsInPolynomialTime() throws Exception {
        int n = 1_000;
        int labels = 50;
        double[][] emissions = new double[n][labels];
        for (int t = 0; t < n; t++) {
            emissions[t][(7 * t) % labels] = 1;
        }
        double[][] transitions = new double[labels][labels];
        for (int x = 0; x < labels; x++) {
            // The labelling that follows the emissions also earns every bonus: the one best, by n - 1 halves.
            transitions[x][(x + 7) % labels] = 0.5;
        }

        ChainScores scores = new ChainScores(emissions, transitions, new double[labels]);

        int[] path = CostBudget.within(BUDGET, () -> viterbi(scores));

        assertThat(path).hasSize(n);
        for (int t = 0; t < n; t++) {
            assertThat(path[t]).as("label of token %d", t).isEqualTo((7 * t) % labels);
        }
    }
}
