package dev.mlkatas.ranking.query;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.retrieval.Candidate;
import dev.mlkatas.ranking.retrieval.Retriever;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Query intent without a search log, by pseudo-relevance feedback: the aisles and departments of the
 * query's top {@code depth} retrieved products, each product weighted by its retrieval score.
 *
 * <p>Example: {@code new RetrievalIntentModel(retriever, catalog).aisleProbability(normaliser.parse("salmon"), 15)}
 * is the share of the top 50 results' BM25 score that sits in aisle 15.
 *
 * <p>This is what the system knows of a query in a catalogue nobody has searched yet, and what the
 * {@link LoggedIntentModel} starts from for a query its log has not seen. It trusts retrieval: for "fish"
 * it leans to wherever the word "fish" is written (fish sauce, fish-shaped crackers) until a log says
 * where shoppers actually go. A query that retrieves nothing gets the catalogue's shares: the fraction of
 * products in each aisle and department.
 *
 * <p>Thread-safe when its retriever is (the Lucene one is); each query is retrieved once, then cached.
 */
public final class RetrievalIntentModel extends CachedIntentModel {

    /** How many top results vote, by default: enough to outvote one odd product, few enough to stay on topic. */
    public static final int DEFAULT_DEPTH = 50;

    private final Retriever retriever;
    private final int depth;
    private final QueryIntent catalogueShares;

    /**
     * @param retriever the retrieval whose top results vote
     * @param catalog the catalogue it retrieves from: its aisles and departments are the outcomes
     * @param depth how many top results vote, at least 1
     */
    public RetrievalIntentModel(Retriever retriever, Catalog catalog, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("the depth of retrieval intent must be at least 1, was " + depth);
        }
        this.retriever = retriever;
        this.depth = depth;
        this.catalogueShares = QueryIntent.catalogueShares(catalog);
    }

    /** The model with the {@link #DEFAULT_DEPTH default depth}. */
    public RetrievalIntentModel(Retriever retriever, Catalog catalog) {
        this(retriever, catalog, DEFAULT_DEPTH);
    }

    /** The terms are what retrieval sees. */
    @Override
    String key(ParsedQuery query) {
        return String.join(" ", query.terms());
    }

    @Override
    QueryIntent compute(ParsedQuery query) {
        List<Candidate> top = retriever.retrieve(query, depth);
        double total = top.stream().mapToDouble(Candidate::score).sum();
        if (!(total > 0)) {
            return catalogueShares;
        }
        // Every aisle and department of the catalogue is an outcome, most of them with probability 0.
        Map<Integer, Double> aisles = zeros(catalogueShares.aisles());
        Map<Integer, Double> departments = zeros(catalogueShares.departments());
        for (Candidate candidate : top) {
            Product product = candidate.product();
            aisles.merge(product.aisleId(), candidate.score(), Double::sum);
            departments.merge(product.departmentId(), candidate.score(), Double::sum);
        }
        return new QueryIntent(QueryIntent.normalised(aisles), QueryIntent.normalised(departments));
    }

    private static Map<Integer, Double> zeros(Map<Integer, Double> ids) {
        Map<Integer, Double> zeros = new TreeMap<>();
        ids.keySet().forEach(id -> zeros.put(id, 0.0));
        return zeros;
    }
}
