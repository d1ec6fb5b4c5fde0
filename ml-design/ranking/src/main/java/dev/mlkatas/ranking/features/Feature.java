package dev.mlkatas.ranking.features;

/**
 * The features of one (query, product) pair, in the order of a {@link FeatureVector}. Sparse ones come
 * from matching words, dense ones from learned vectors; the rest describe the product and the shopper.
 * The ranking kata's statement defines each exactly.
 */
public enum Feature {
    /** BM25 of the query against the product's name. */
    BM25_NAME,
    /** BM25 of the query against the aisle's name. */
    BM25_AISLE,
    /** BM25 of the query against the department's name. */
    BM25_DEPARTMENT,
    /** 1 if the query's terms occur in the name's terms as one run, in order; else 0. */
    EXACT_MATCH,
    /** The share of the query's distinct terms that occur among the name's terms. */
    PARTIAL_MATCH,
    /** P(the product's aisle | query). */
    INTENT_AISLE,
    /** P(the product's department | query). */
    INTENT_DEPARTMENT,
    /** Cosine similarity of the query's and the product's learned vectors. */
    DENSE_SIMILARITY,
    /** log(1 + purchases of the product in the search log). */
    POPULARITY,
    /** log(price / median price of the product's aisle), 0 when either is unknown. */
    PRICE,
    /** 1 if the product is in stock, else 0. */
    IN_STOCK,
    /** log(1 + the shopper's own purchases of the product), 0 for an anonymous search. */
    USER_PURCHASES;

    /** The feature's name in reports and JSON, e.g. {@code bm25_name}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
