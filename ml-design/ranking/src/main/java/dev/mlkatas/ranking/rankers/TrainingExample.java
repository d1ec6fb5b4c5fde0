package dev.mlkatas.ranking.rankers;

import dev.mlkatas.ranking.features.FeatureVector;

/**
 * One result a shopper was shown, as the learned ranker trains on it.
 *
 * <p>Example: {@code new TrainingExample(features, 3, 1, 1.0)} is a product bought at the top of the page.
 *
 * @param features the (query, product) pair's features
 * @param grade what the shopper did: purchase 3, add-to-cart 2, click 1, nothing 0
 * @param position where it was shown, 1 for the top
 * @param weight how much it counts, e.g. {@link Propensities#weight(int)} of its position; 1 for plain
 *     training
 */
public record TrainingExample(FeatureVector features, int grade, int position, double weight) {

    public TrainingExample {
        if (features == null) {
            throw new IllegalArgumentException("a training example needs its features");
        }
        if (grade < 0) {
            throw new IllegalArgumentException("grade " + grade + " is negative");
        }
        if (position < 1) {
            throw new IllegalArgumentException("position " + position + " is below 1 (the top)");
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight " + weight + " is not a finite number of at least 0");
        }
    }

    /** This example with another weight. */
    public TrainingExample withWeight(double newWeight) {
        return new TrainingExample(features, grade, position, newWeight);
    }
}
