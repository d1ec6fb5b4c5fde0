package dev.mlkatas.crf.training;

import java.util.List;

/**
 * A per-token classifier: each token gets the label with the highest score, on its own. This is what an
 * LSTM with a softmax output layer does at the end: its hidden state sees the neighbours, but no decision
 * sees the other decisions.
 *
 * <p>Example: {@code new SoftmaxTagger(CrfTrainer.trainSoftmax(train, alphabet, settings)).tag(tokens)}.
 */
public final class SoftmaxTagger implements Tagger {

    private final EmissionModel model;

    public SoftmaxTagger(EmissionModel model) {
        this.model = model;
    }

    @Override
    public int[] tag(List<String> tokens) {
        double[][] scores = model.emissions(tokens);
        int[] tags = new int[scores.length];
        for (int t = 0; t < scores.length; t++) {
            for (int y = 1; y < scores[t].length; y++) {
                if (scores[t][y] > scores[t][tags[t]]) {
                    tags[t] = y;
                }
            }
        }
        return tags;
    }
}
