/**
 * The ranking kata: a grocery search system from the query "fish" to an online experiment.
 *
 * <p>What serves a query, every stage in a package of its own: {@code catalog} (products and the Instacart
 * file format), {@code log} (the search log a shop records, and its CSV format), {@code query}
 * (normalisation and intent), {@code retrieval} (BM25 with Lucene; the candidate's own BM25, checked
 * against it), {@code dense} (learned vectors), {@code features}, {@code rankers}, {@code rules} (what runs
 * after ranking) and {@code search} (the whole path). {@code evaluation} and {@code online} hold the
 * metrics and statistics that judge rankers.
 *
 * <p>The world the system runs in is simulated under {@code simulation}, which the serving path never
 * imports: the synthetic catalogue, the shoppers and their clicks, and the experiments on them.
 * {@code commands} is the job that puts the two together.
 */
package dev.mlkatas.ranking;
