package dev.mlkatas.crf;


/**
 * Inference in a linear-chain CRF over the {@link ChainScores} of one sequence: the best labelling
 * (Viterbi), the log partition function (the forward algorithm, in log space), and the gradient of the
 * log-likelihood of a labelling (forward-backward) that training follows.
 *
 * <p>Example: with emissions {@code {{1, 0}, {0, 2}}}, transitions {@code {{0, -2}, {-2, 0}}} and start
 * {@code {0, 0}}, {@code viterbi} is {@code [1, 1]} (score 2), not the per-token favourites {@code [0, 1]}
 * (score 1 + -2 + 2 = 1): changing label costs 2. {@code logPartition} is
 * {@code ln(e^1 + e^1 + e^-2 + e^2) ≈ 2.562}.
 *
 * <p>This is the file you edit in the crf-tagging kata: replace the body of each method with your solution,
 * one task at a time. {@code ./kata show crf-tagging} prints the statement and {@code ./kata test crf-tagging}
 * grades this file. Helper methods of your own are welcome.
 */
public final class LinearChainCrf {

    private LinearChainCrf() {
    }

    /**
     * Task 1: the labelling with the highest score, in {@code O(n L²)}; among labellings with equal scores,
     * any. An empty sequence has the empty labelling.
     *
     * @throws IllegalArgumentException if every labelling scores {@code -∞}
     */
    public static int[] viterbi(ChainScores scores) {
        throw new UnsupportedOperationException(
                "Task 1 (viterbi) is yours: replace this line with your solution"
                        + " (./kata hint crf-tagging when stuck)");
    }

    /**
     * Task 2: {@code log Z}, the log of the sum of {@code exp(score(y))} over every labelling {@code y}, by the
     * forward algorithm in log space so that scores in the hundreds neither overflow nor underflow. It is 0
     * for an empty sequence, and {@code -∞} when every labelling is forbidden.
     */
    public static double logPartition(ChainScores scores) {
        throw new UnsupportedOperationException(
                "Task 2 (logPartition) is yours: replace this line with your solution"
                        + " (./kata hint crf-tagging when stuck)");
    }

    /**
     * Task 3: the log-likelihood {@code score(labels) - log Z} of {@code labels} and its gradient with respect
     * to every emission, transition and start score: for each score, how often the labelling uses it minus
     * how often the CRF expects it to be used.
     *
     * @throws IllegalArgumentException if {@code labels} is not one label per token, or scores {@code -∞}
     */
    public static ChainGradient gradient(ChainScores scores, int[] labels) {
        throw new UnsupportedOperationException(
                "Task 3 (gradient) is yours: replace this line with your solution"
                        + " (./kata hint crf-tagging when stuck)");
    }
}
