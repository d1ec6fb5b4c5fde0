package dev.mlkatas.crf;

import java.util.Objects;

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
 * <p>The file of the crf-tagging kata: tasks 1 to 3.
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
        Objects.requireNonNull(scores, "scores");
        int n = scores.length();
        int labels = scores.labels();
        if (n == 0) {
            return new int[0];
        }
        double[][] emissions = scores.emissions();
        double[][] transitions = scores.transitions();
        double[] best = new double[labels];
        int[][] from = new int[n][labels];
        for (int y = 0; y < labels; y++) {
            best[y] = scores.start()[y] + emissions[0][y];
        }
        for (int t = 1; t < n; t++) {
            double[] next = new double[labels];
            for (int y = 0; y < labels; y++) {
                double max = Double.NEGATIVE_INFINITY;
                int argmax = 0;
                for (int x = 0; x < labels; x++) {
                    double candidate = best[x] + transitions[x][y];
                    if (candidate > max) {
                        max = candidate;
                        argmax = x;
                    }
                }
                next[y] = max + emissions[t][y];
                from[t][y] = argmax;
            }
            best = next;
        }
        int last = 0;
        for (int y = 1; y < labels; y++) {
            if (best[y] > best[last]) {
                last = y;
            }
        }
        if (best[last] == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("every labelling of the " + n
                    + " tokens is forbidden (scores -Infinity)");
        }
        int[] path = new int[n];
        path[n - 1] = last;
        for (int t = n - 1; t > 0; t--) {
            path[t - 1] = from[t][path[t]];
        }
        return path;
    }

    /**
     * Task 2: {@code log Z}, the log of the sum of {@code exp(score(y))} over every labelling {@code y}, by the
     * forward algorithm in log space so that scores in the hundreds neither overflow nor underflow. It is 0
     * for an empty sequence, and {@code -∞} when every labelling is forbidden.
     */
    public static double logPartition(ChainScores scores) {
        Objects.requireNonNull(scores, "scores");
        if (scores.length() == 0) {
            return 0;
        }
        double[][] alpha = forward(scores);
        return logSumExp(alpha[scores.length() - 1]);
    }

    /**
     * Task 3: the log-likelihood {@code score(labels) - log Z} of {@code labels} and its gradient with respect
     * to every emission, transition and start score: for each score, how often the labelling uses it minus
     * how often the CRF expects it to be used.
     *
     * @throws IllegalArgumentException if {@code labels} is not one label per token, or scores {@code -∞}
     */
    public static ChainGradient gradient(ChainScores scores, int[] labels) {
        Objects.requireNonNull(scores, "scores");
        scores.requireLabelling(labels);
        int n = scores.length();
        int count = scores.labels();
        double[][] emissionGradient = new double[n][count];
        double[][] transitionGradient = new double[count][count];
        double[] startGradient = new double[count];
        double observed = scores.score(labels);
        if (observed == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "the labelling uses a forbidden score (-Infinity): it has no likelihood");
        }
        if (n == 0) {
            return new ChainGradient(0, emissionGradient, transitionGradient, startGradient);
        }
        double[][] emissions = scores.emissions();
        double[][] transitions = scores.transitions();
        double[][] alpha = forward(scores);
        double[][] beta = backward(scores);
        double logZ = logSumExp(alpha[n - 1]);

        // Observed counts first; the expected counts are subtracted below.
        startGradient[labels[0]] += 1;
        for (int t = 0; t < n; t++) {
            emissionGradient[t][labels[t]] += 1;
            if (t > 0) {
                transitionGradient[labels[t - 1]][labels[t]] += 1;
            }
        }
        for (int t = 0; t < n; t++) {
            for (int y = 0; y < count; y++) {
                double marginal = Math.exp(alpha[t][y] + beta[t][y] - logZ);
                emissionGradient[t][y] -= marginal;
                if (t == 0) {
                    startGradient[y] -= marginal;
                }
            }
        }
        for (int t = 1; t < n; t++) {
            for (int x = 0; x < count; x++) {
                for (int y = 0; y < count; y++) {
                    double pair = alpha[t - 1][x] + transitions[x][y] + emissions[t][y] + beta[t][y] - logZ;
                    transitionGradient[x][y] -= Math.exp(pair);
                }
            }
        }
        return new ChainGradient(observed - logZ, emissionGradient, transitionGradient, startGradient);
    }

    /** {@code alpha[t][y]}: the log of the summed exp-scores of every labelling of tokens 0..t that ends in y. */
    private static double[][] forward(ChainScores scores) {
        int n = scores.length();
        int labels = scores.labels();
        double[][] alpha = new double[n][labels];
        double[] terms = new double[labels];
        for (int y = 0; y < labels; y++) {
            alpha[0][y] = scores.start()[y] + scores.emissions()[0][y];
        }
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < labels; y++) {
                for (int x = 0; x < labels; x++) {
                    terms[x] = alpha[t - 1][x] + scores.transitions()[x][y];
                }
                alpha[t][y] = logSumExp(terms) + scores.emissions()[t][y];
            }
        }
        return alpha;
    }

    /** {@code beta[t][x]}: the log of the summed exp-scores of every continuation of label x at t to the end. */
    private static double[][] backward(ChainScores scores) {
        int n = scores.length();
        int labels = scores.labels();
        double[][] beta = new double[n][labels];
        double[] terms = new double[labels];
        for (int t = n - 2; t >= 0; t--) {
            for (int x = 0; x < labels; x++) {
                for (int y = 0; y < labels; y++) {
                    terms[y] = scores.transitions()[x][y] + scores.emissions()[t + 1][y] + beta[t + 1][y];
                }
                beta[t][x] = logSumExp(terms);
            }
        }
        return beta;
    }

    /** {@code log Σ exp(v_i)} without overflow: shift by the largest term; {@code -∞} if every term is. */
    private static double logSumExp(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double v : values) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
