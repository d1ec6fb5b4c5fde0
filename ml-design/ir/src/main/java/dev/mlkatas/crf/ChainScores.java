package dev.mlkatas.crf;

import java.util.Arrays;
import java.util.Objects;

/**
 * The scores a linear-chain CRF gives one sequence of {@code n} tokens over {@code L} labels. The score of
 * a labelling {@code y} is
 *
 * <pre>
 * score(y) = start[y_0] + emissions[0][y_0] + Σ_{t=1}^{n-1} (transitions[y_{t-1}][y_t] + emissions[t][y_t])
 * </pre>
 *
 * and the CRF gives it the probability {@code exp(score(y)) / Z}, where {@code Z} sums {@code exp(score)}
 * over all {@code L^n} labellings.
 *
 * <p>Example: {@code new ChainScores(new double[][] {{1, 0}, {0, 2}}, new double[][] {{0, -2}, {-2, 0}},
 * new double[] {0, 0}).score(new int[] {0, 1})} is {@code 0 + 1 + (-2 + 2) = 1}.
 *
 * <p>An entry of {@code -∞} forbids what it scores: a transition set to {@code -∞} never occurs in a
 * labelling with a finite score. NaN and {@code +∞} are rejected.
 *
 * @param emissions {@code n × L}: how much token {@code t} looks like label {@code y}; {@code n} may be 0
 * @param transitions {@code L × L}: how much label {@code x} likes to be followed by label {@code y}
 * @param start {@code L}: how much a sequence likes to start with label {@code y}
 */
public record ChainScores(double[][] emissions, double[][] transitions, double[] start) {

    public ChainScores {
        Objects.requireNonNull(emissions, "emissions");
        Objects.requireNonNull(transitions, "transitions");
        Objects.requireNonNull(start, "start");
        int labels = start.length;
        if (labels == 0) {
            throw new IllegalArgumentException("there must be at least one label");
        }
        if (transitions.length != labels) {
            throw new IllegalArgumentException("transitions has " + transitions.length + " rows for " + labels
                    + " labels");
        }
        for (int x = 0; x < labels; x++) {
            requireRow("transitions", x, transitions[x], labels);
        }
        for (int t = 0; t < emissions.length; t++) {
            requireRow("emissions", t, emissions[t], labels);
        }
        requireRow("start", 0, start, labels);
    }

    /** The number of tokens, n. */
    public int length() {
        return emissions.length;
    }

    /** The number of labels, L. */
    public int labels() {
        return start.length;
    }

    /**
     * The score of {@code labelling}, possibly {@code -∞}.
     *
     * @throws IllegalArgumentException if it does not have one label from 0 to L - 1 per token
     */
    public double score(int[] labelling) {
        requireLabelling(labelling);
        if (labelling.length == 0) {
            return 0;
        }
        double score = start[labelling[0]] + emissions[0][labelling[0]];
        for (int t = 1; t < labelling.length; t++) {
            score += transitions[labelling[t - 1]][labelling[t]] + emissions[t][labelling[t]];
        }
        return score;
    }

    /** Throws an {@link IllegalArgumentException} unless {@code labelling} has one label from 0 to L - 1 per token. */
    public void requireLabelling(int[] labelling) {
        Objects.requireNonNull(labelling, "labelling");
        if (labelling.length != length()) {
            throw new IllegalArgumentException(labelling.length + " labels for " + length() + " tokens");
        }
        for (int t = 0; t < labelling.length; t++) {
            if (labelling[t] < 0 || labelling[t] >= labels()) {
                throw new IllegalArgumentException("label " + labelling[t] + " at token " + t + " is outside [0, "
                        + labels() + ")");
            }
        }
    }

    private static void requireRow(String name, int index, double[] row, int labels) {
        if (row == null || row.length != labels) {
            throw new IllegalArgumentException(name + " row " + index + " must have " + labels + " entries, not "
                    + (row == null ? "none" : row.length));
        }
        for (double value : row) {
            if (Double.isNaN(value) || value == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(name + " row " + index + " holds " + value
                        + ": scores are finite, or -Infinity to forbid");
            }
        }
    }

    @Override
    public String toString() {
        return "emissions " + Arrays.deepToString(emissions) + ", transitions " + Arrays.deepToString(transitions)
                + ", start " + Arrays.toString(start);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainScores s && Arrays.deepEquals(s.emissions, emissions)
                && Arrays.deepEquals(s.transitions, transitions) && Arrays.equals(s.start, start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.deepHashCode(emissions), Arrays.deepHashCode(transitions), Arrays.hashCode(start));
    }
}
