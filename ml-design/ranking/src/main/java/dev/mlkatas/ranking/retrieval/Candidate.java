package dev.mlkatas.ranking.retrieval;

import dev.mlkatas.ranking.catalog.Product;

/**
 * A product retrieval found for a query, with its BM25 score per field and in all.
 *
 * @param product the product
 * @param score the weighted sum of the field scores, which orders retrieval's results
 * @param nameScore BM25 of the query against the product's name
 * @param aisleScore BM25 of the query against the aisle's name
 * @param departmentScore BM25 of the query against the department's name
 */
public record Candidate(Product product, double score, double nameScore, double aisleScore, double departmentScore) {
}
