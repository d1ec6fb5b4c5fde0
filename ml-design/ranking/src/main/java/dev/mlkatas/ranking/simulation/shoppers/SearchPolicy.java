package dev.mlkatas.ranking.simulation.shoppers;

import java.util.List;

/**
 * What a shop shows for a query: the ranking under test, or the one that collected a log.
 *
 * <p>Example: {@code (query, user) -> ranker.top(query.text(), 20)}.
 */
@FunctionalInterface
public interface SearchPolicy {

    /** The page of results for one search: product ids, top first. */
    List<Integer> page(SimulatedQuery query, int userId);
}
