package dev.mlkatas.crf;

/** Decodes left to right; forward and forward-backward in log space. */
public final class LinearChainCrf {

    private static final double NO = Double.NEGATIVE_INFINITY;

    private LinearChainCrf() {
    }

    public static int[] viterbi(ChainScores scores) {
        int n = scores.length();
        int labels = scores.labels();
        int[] path = new int[n];
        double total = 0;
        for (int t = 0; t < n; t++) {
            // Each token takes the label that scores best after the label already chosen before it.
            double top = NO;
            for (int y = 0; y < labels; y++) {
                double step = (t == 0 ? scores.start()[y] : scores.transitions()[path[t - 1]][y])
                        + scores.emissions()[t][y];
                if (step > top) {
                    top = step;
                    path[t] = y;
                }
            }
            total += top;
        }
        if (total == NO) {
            throw new IllegalArgumentException("every labelling is forbidden");
        }
        return path;
    }

    public static double logPartition(ChainScores scores) {
        if (scores.length() == 0) {
            return 0;
        }
        double[][] alpha = forward(scores);
        return logSumExp(alpha[alpha.length - 1]);
    }

    /** alpha[t][y]: log of the summed exp(score) of the labellings of tokens 0..t that end in y. */
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

    /** beta[t][x]: log of the summed exp(score) of tokens t+1..n-1 given label x at t. */
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

    private static double logSumExp(double[] values) {
        double max = NO;
        for (double value : values) {
            max = Math.max(max, value);
        }
        if (max == NO) {
            return NO;
        }
        double sum = 0;
        for (double value : values) {
            sum += Math.exp(value - max);
        }
        return max + Math.log(sum);
    }

    public static ChainGradient gradient(ChainScores scores, int[] labels) {
        double observed = scores.score(labels);
        if (observed == NO) {
            throw new IllegalArgumentException("the labels score -Infinity: the scores forbid them");
        }
        int n = scores.length();
        int count = scores.labels();
        double[][] emissions = new double[n][count];
        double[][] transitions = new double[count][count];
        double[] start = new double[count];
        if (n == 0) {
            return new ChainGradient(0, emissions, transitions, start);
        }
        double[][] alpha = forward(scores);
        double[][] beta = backward(scores);
        double logZ = logSumExp(alpha[n - 1]);
        for (int t = 0; t < n; t++) {
            emissions[t][labels[t]] += 1;
            for (int y = 0; y < count; y++) {
                emissions[t][y] -= Math.exp(alpha[t][y] + beta[t][y] - logZ);
            }
        }
        System.arraycopy(emissions[0], 0, start, 0, count);
        for (int t = 1; t < n; t++) {
            transitions[labels[t - 1]][labels[t]] += 1;
            for (int x = 0; x < count; x++) {
                for (int y = 0; y < count; y++) {
                    double logPair = alpha[t - 1][x] + scores.transitions()[x][y]
                            + scores.emissions()[t][y] + beta[t][y] - logZ;
                    transitions[x][y] -= Math.exp(logPair);
                }
            }
        }
        return new ChainGradient(observed - logZ, emissions, transitions, start);
    }
}
