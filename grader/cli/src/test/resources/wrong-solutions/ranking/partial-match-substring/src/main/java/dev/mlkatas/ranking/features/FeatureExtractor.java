package dev.mlkatas.ranking.features;

import dev.mlkatas.ranking.catalog.Product;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the signals of one (query, product) pair into its feature vector, exactly as the ranking kata's
 * statement defines each {@link Feature}.
 *
 * <p>Task 4 of the ranking kata.
 */
public final class FeatureExtractor {

    /**
     * The features of one pair.
     *
     * <p>Example: for the query {@code [salmon, fillet]} and the name {@code [wild, salmon, fillet]},
     * {@code EXACT_MATCH} is 1 and {@code PARTIAL_MATCH} is 1.
     */
    public FeatureVector extract(Signals signals) {
        Product product = signals.candidate().product();
        List<String> query = signals.query().terms();
        double[] values = new double[Feature.values().length];
        values[Feature.BM25_NAME.ordinal()] = signals.candidate().nameScore();
        values[Feature.BM25_AISLE.ordinal()] = signals.candidate().aisleScore();
        values[Feature.BM25_DEPARTMENT.ordinal()] = signals.candidate().departmentScore();
        values[Feature.EXACT_MATCH.ordinal()] = exactMatch(query, signals.nameTerms());
        values[Feature.PARTIAL_MATCH.ordinal()] = partialMatch(query, signals.nameTerms());
        values[Feature.INTENT_AISLE.ordinal()] = signals.aisleIntent();
        values[Feature.INTENT_DEPARTMENT.ordinal()] = signals.departmentIntent();
        values[Feature.DENSE_SIMILARITY.ordinal()] = cosine(signals.queryVector(), signals.productVector());
        values[Feature.POPULARITY.ordinal()] = Math.log1p(signals.purchases());
        values[Feature.PRICE.ordinal()] = relativePrice(product.price(), signals.aisleMedianPrice());
        values[Feature.IN_STOCK.ordinal()] = product.inStock() ? 1 : 0;
        values[Feature.USER_PURCHASES.ordinal()] = Math.log1p(signals.userPurchases());
        return new FeatureVector(values);
    }

    /** 1 if the query's terms occur in the name as one run, in order; an empty query matches nothing. */
    private static double exactMatch(List<String> query, List<String> name) {
        return !query.isEmpty() && Collections.indexOfSubList(name, query) >= 0 ? 1 : 0;
    }

    private static double partialMatch(List<String> query, List<String> name) {
        Set<String> distinct = new LinkedHashSet<>(query);
        if (distinct.isEmpty()) {
            return 0;
        }
        String joined = String.join(" ", name);
        long found = distinct.stream().filter(joined::contains).count();
        return (double) found / distinct.size();
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        if (normA == 0 || normB == 0) {
            return 0;
        }
        // Rounding can carry the quotient a hair past ±1 for parallel vectors.
        return Math.max(-1, Math.min(1, dot / (Math.sqrt(normA) * Math.sqrt(normB))));
    }

    private static double relativePrice(double price, double aisleMedian) {
        boolean known = price > 0 && aisleMedian > 0 && Double.isFinite(price) && Double.isFinite(aisleMedian);
        return known ? Math.log(price / aisleMedian) : 0;
    }
}
