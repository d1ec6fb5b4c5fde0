package dev.mlkatas.ranking.search;

import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.retrieval.Candidate;

/**
 * A candidate of one query with its features and the score a ranker gave it.
 *
 * @param candidate the product and its BM25 scores
 * @param features its features for the query (and the shopper, if one is known)
 * @param score the ranker's score; higher ranks higher
 */
public record Hit(Candidate candidate, FeatureVector features, double score) {

    public Product product() {
        return candidate.product();
    }
}
