package dev.mlkatas.crf.training;

import dev.mlkatas.crf.features.FeatureAlphabet;
import java.util.List;

/**
 * Per-token scores from a linear model over the token features: the score of label {@code y} for a token
 * is the sum of {@code weights[f][y]} over its features {@code f}. This is the part an LSTM replaces; its
 * output, one score per label per token, is what a softmax layer or a CRF layer sits on.
 *
 * <p>Example: {@code model.emissions(List.of("wild", "salmon"))} is a {@code 2 × 11} array.
 */
public final class EmissionModel {

    private final FeatureAlphabet alphabet;
    private final double[] weights;
    private final int labels;

    /** A model over {@code alphabet} whose weight of feature f and label y is {@code weights[f * labels + y]}. */
    public EmissionModel(FeatureAlphabet alphabet, double[] weights, int labels) {
        if (weights.length != alphabet.size() * labels) {
            throw new IllegalArgumentException(weights.length + " weights for " + alphabet.size() + " features x "
                    + labels + " labels");
        }
        this.alphabet = alphabet;
        this.weights = weights.clone();
        this.labels = labels;
    }

    /** The scores of every label for every token: {@code [token][label]}. */
    public double[][] emissions(List<String> tokens) {
        return emissions(alphabet.featurize(tokens));
    }

    /** The scores for tokens whose feature ids are already known. */
    double[][] emissions(int[][] features) {
        double[][] emissions = new double[features.length][labels];
        for (int t = 0; t < features.length; t++) {
            for (int f : features[t]) {
                int offset = f * labels;
                for (int y = 0; y < labels; y++) {
                    emissions[t][y] += weights[offset + y];
                }
            }
        }
        return emissions;
    }

    /** The feature alphabet. */
    public FeatureAlphabet alphabet() {
        return alphabet;
    }

    /** The number of labels. */
    public int labels() {
        return labels;
    }
}
