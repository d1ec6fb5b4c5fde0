package dev.mlkatas.crf.training;

import dev.mlkatas.crf.ChainScores;
import dev.mlkatas.crf.LinearChainCrf;
import java.util.List;

/**
 * A linear-chain CRF tagger: per-token scores from an {@link EmissionModel}, plus a transition layer (a
 * score for every pair of consecutive labels and for every first label), decoded jointly by Viterbi.
 *
 * <p>Example: {@code new CrfModel(emissions, BioTags.forbiddenTransitions(), BioTags.forbiddenStarts())}
 * decodes a per-token classifier's scores under the BIO rules alone;
 * {@code CrfTrainer.trainCrf(train, alphabet, settings)} learns all three parts together.
 */
public final class CrfModel implements Tagger {

    private final EmissionModel emissions;
    private final double[][] transitions;
    private final double[] start;

    public CrfModel(EmissionModel emissions, double[][] transitions, double[] start) {
        this.emissions = emissions;
        this.transitions = copy(transitions);
        this.start = start.clone();
    }

    /** The chain scores of {@code tokens}. */
    public ChainScores scores(List<String> tokens) {
        return new ChainScores(emissions.emissions(tokens), copy(transitions), start.clone());
    }

    @Override
    public int[] tag(List<String> tokens) {
        return LinearChainCrf.viterbi(scores(tokens));
    }

    /** The transition scores, {@code [previous][next]}. */
    public double[][] transitions() {
        return copy(transitions);
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }
}
