package dev.mlkatas.crf;

import java.util.Arrays;

/**
 * The log-likelihood of one labelling under a linear-chain CRF, and its gradient with respect to every
 * score of the {@link ChainScores}: each array has the shape of the scores it differentiates.
 *
 * <p>Example: for one token with emissions {@code {0, 0}} and the label 0, the log-likelihood is
 * {@code ln(1/2)} and the gradient of the emissions is {@code {{0.5, -0.5}}}: observed minus expected.
 *
 * @param logLikelihood {@code score(labels) - log Z}, at most 0
 * @param emissions {@code ∂ logLikelihood / ∂ emissions[t][y]}, {@code n × L}
 * @param transitions {@code ∂ logLikelihood / ∂ transitions[x][y]}, {@code L × L}
 * @param start {@code ∂ logLikelihood / ∂ start[y]}, {@code L}
 */
public record ChainGradient(double logLikelihood, double[][] emissions, double[][] transitions, double[] start) {

    @Override
    public String toString() {
        return "log-likelihood " + logLikelihood + ", emissions " + Arrays.deepToString(emissions) + ", transitions "
                + Arrays.deepToString(transitions) + ", start " + Arrays.toString(start);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainGradient g && Double.compare(g.logLikelihood, logLikelihood) == 0
                && Arrays.deepEquals(g.emissions, emissions) && Arrays.deepEquals(g.transitions, transitions)
                && Arrays.equals(g.start, start);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(logLikelihood) + 31 * Arrays.deepHashCode(emissions)
                + 961 * Arrays.deepHashCode(transitions) + Arrays.hashCode(start);
    }
}
