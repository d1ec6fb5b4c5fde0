package dev.mlkatas.ranking.features;

/**
 * Turns the signals of one (query, product) pair into its feature vector, exactly as the ranking kata's
 * statement defines each {@link Feature}.
 *
 * <p>Task 4 of the ranking kata, and a file you edit.
 */
public final class FeatureExtractor {

    /**
     * The features of one pair.
     *
     * <p>Example: for the query {@code [salmon, fillet]} and the name {@code [wild, salmon, fillet]},
     * {@code EXACT_MATCH} is 1 and {@code PARTIAL_MATCH} is 1.
     */
    public FeatureVector extract(Signals signals) {
        throw new UnsupportedOperationException(
                "Task 4 is yours: replace this line with your solution (./kata hint ranking when stuck)");
    }
}
