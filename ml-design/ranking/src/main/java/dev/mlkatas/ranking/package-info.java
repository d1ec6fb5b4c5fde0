/**
 * The ranking kata: a grocery search system from the query "fish" to an online experiment.
 *
 * <p>Every stage is an interface with a reference implementation, in a package of its own:
 * {@code catalog} (products, the Instacart file format, the synthetic default), {@code behaviour} (the
 * search log and its simulator), {@code retrieval} (BM25 with Lucene; the candidate's own BM25),
 * {@code query} (normalisation and intent), {@code features}, {@code rankers}, {@code rules} (what runs
 * after ranking), {@code evaluation} (offline metrics) and {@code online} (A/B tests and interleaving).
 */
package dev.mlkatas.ranking;
