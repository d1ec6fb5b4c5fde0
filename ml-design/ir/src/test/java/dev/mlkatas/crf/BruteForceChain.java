package dev.mlkatas.crf;

/**
 * The oracle of the CRF properties: tries all {@code L^n} labellings of a short sequence. Slow, and
 * obviously right: it scores each labelling from the definition and adds up with a shifted log-sum-exp.
 */
final class BruteForceChain {

    private BruteForceChain() {
    }

    /** The score of {@code labels}, straight from the definition. */
    static double score(ChainScores s, int[] labels) {
        double score = 0;
        for (int t = 0; t < labels.length; t++) {
            score += s.emissions()[t][labels[t]];
            score += t == 0 ? s.start()[labels[t]] : s.transitions()[labels[t - 1]][labels[t]];
        }
        return score;
    }

    /** Every labelling, in lexicographic order. */
    static int[][] labellings(int n, int labels) {
        int count = (int) Math.pow(labels, n);
        int[][] all = new int[count][n];
        for (int i = 0; i < count; i++) {
            int rest = i;
            for (int t = n - 1; t >= 0; t--) {
                all[i][t] = rest % labels;
                rest /= labels;
            }
        }
        return all;
    }

    /** The highest score over all labellings; {@code -∞} if all are forbidden. */
    static double maxScore(ChainScores s) {
        double max = Double.NEGATIVE_INFINITY;
        for (int[] labels : labellings(s.length(), s.labels())) {
            max = Math.max(max, score(s, labels));
        }
        return max;
    }

    /** How many labellings score within {@code tolerance} of the best. */
    static int countNearBest(ChainScores s, double tolerance) {
        double max = maxScore(s);
        int count = 0;
        for (int[] labels : labellings(s.length(), s.labels())) {
            if (score(s, labels) >= max - tolerance) {
                count++;
            }
        }
        return count;
    }

    /** The best labelling (the first in lexicographic order among equals). */
    static int[] argmax(ChainScores s) {
        int[] best = null;
        double max = Double.NEGATIVE_INFINITY;
        for (int[] labels : labellings(s.length(), s.labels())) {
            double score = score(s, labels);
            if (best == null || score > max) {
                best = labels;
                max = score;
            }
        }
        return best;
    }

    /** {@code log Σ_y exp(score(y))}, shifted by the largest score so that nothing overflows. */
    static double logPartition(ChainScores s) {
        double max = maxScore(s);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int[] labels : labellings(s.length(), s.labels())) {
            sum += Math.exp(score(s, labels) - max);
        }
        return max + Math.log(sum);
    }
}
