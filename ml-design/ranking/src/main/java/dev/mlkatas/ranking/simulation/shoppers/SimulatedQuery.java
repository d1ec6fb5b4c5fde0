package dev.mlkatas.ranking.simulation.shoppers;

import dev.mlkatas.ranking.log.QuerySegment;

/**
 * One query of the simulated shop's population, and how often shoppers type it.
 *
 * <p>Example: {@code new SimulatedQuery("fish", QuerySegment.HEAD, 0.09)}: nine searches in a hundred are
 * "fish".
 *
 * @param text the query as shoppers type it, lower case
 * @param segment the kind of query
 * @param weight the query's share of all searches; the weights of a population sum to 1
 */
public record SimulatedQuery(String text, QuerySegment segment, double weight) {
}
