package dev.mlkatas.ranking.rankers;

import java.io.Serializable;

/**
 * How the learned ranker is trained.
 *
 * <p>Example: {@code new TrainingSettings(100, 0.1, 16, 10, 0.8, 42)}, or {@link #DEFAULTS}.
 *
 * @param trees how many boosting rounds, one regression tree each
 * @param shrinkage the learning rate: each tree's output is scaled by it, in (0, 1]
 * @param maxNodes the most leaves a tree may have, at least 2
 * @param minLeafSize the fewest examples a leaf may hold, at least 1
 * @param subsample the share of the queries each tree learns from, in (0, 1]: stochastic gradient
 *     boosting, whole queries at a time because LambdaMART's gradients compare results of one query
 * @param seed which queries each tree samples
 */
public record TrainingSettings(int trees, double shrinkage, int maxNodes, int minLeafSize, double subsample,
        long seed) implements Serializable {

    /**
     * 100 trees of at most 16 leaves with shrinkage 0.1: the usual LambdaMART starting point (small trees,
     * many of them, slow learning); 80% of the queries per tree for variance; 10 examples a leaf at least,
     * so that one shopper's odd purchase cannot make a leaf of its own.
     */
    public static final TrainingSettings DEFAULTS = new TrainingSettings(100, 0.1, 16, 10, 0.8, 42);

    public TrainingSettings {
        if (trees < 1) {
            throw new IllegalArgumentException("trees must be at least 1, not " + trees);
        }
        if (!(shrinkage > 0 && shrinkage <= 1)) {
            throw new IllegalArgumentException("shrinkage must be in (0, 1], not " + shrinkage);
        }
        if (maxNodes < 2) {
            throw new IllegalArgumentException("maxNodes must be at least 2, not " + maxNodes);
        }
        if (minLeafSize < 1) {
            throw new IllegalArgumentException("minLeafSize must be at least 1, not " + minLeafSize);
        }
        if (!(subsample > 0 && subsample <= 1)) {
            throw new IllegalArgumentException("subsample must be in (0, 1], not " + subsample);
        }
    }

    /** These settings with another seed. */
    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(trees, shrinkage, maxNodes, minLeafSize, subsample, newSeed);
    }

    /** These settings with another number of trees. */
    public TrainingSettings withTrees(int newTrees) {
        return new TrainingSettings(newTrees, shrinkage, maxNodes, minLeafSize, subsample, seed);
    }
}
