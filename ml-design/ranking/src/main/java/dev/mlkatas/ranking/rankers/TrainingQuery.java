package dev.mlkatas.ranking.rankers;

import java.util.List;

/**
 * One search as the learned ranker trains on it: the query and the results shown for it. LambdaMART only
 * compares results within a query, so this grouping is what it learns from.
 *
 * <p>Example: {@code new TrainingQuery("fish", List.of(bought, skipped))}.
 *
 * @param query the query, for error messages and reports
 * @param shown the results shown, in any order
 */
public record TrainingQuery(String query, List<TrainingExample> shown) {

    public TrainingQuery {
        shown = List.copyOf(shown);
    }
}
