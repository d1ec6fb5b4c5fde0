package dev.mlkatas.ranking.query;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one query is after: P(aisle | query) for every aisle of the catalogue and P(department | query)
 * for every department, each summing to 1.
 *
 * <p>Example: for "fish", {@code intent.aisle(15)} may be 0.8 when aisle 15 is the seafood counter, and
 * {@code intent.topAisle()} is then 15.
 *
 * @param aisles aisle id → probability, for every aisle of the catalogue, in id order
 * @param departments department id → probability, for every department of the catalogue, in id order
 */
public record QueryIntent(Map<Integer, Double> aisles, Map<Integer, Double> departments) {

    public QueryIntent {
        aisles = Collections.unmodifiableMap(new LinkedHashMap<>(aisles));
        departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
    }

    /** P(aisle | query); 0 for an aisle the catalogue does not have. */
    public double aisle(int aisleId) {
        return aisles.getOrDefault(aisleId, 0.0);
    }

    /** P(department | query); 0 for a department the catalogue does not have. */
    public double department(int departmentId) {
        return departments.getOrDefault(departmentId, 0.0);
    }

    /** The most probable aisle (the lowest id among equals), or empty for an empty catalogue. */
    public Optional<Integer> topAisle() {
        return top(aisles);
    }

    /** The most probable department (the lowest id among equals), or empty for an empty catalogue. */
    public Optional<Integer> topDepartment() {
        return top(departments);
    }

    private static Optional<Integer> top(Map<Integer, Double> distribution) {
        return distribution.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /**
     * The share of the catalogue's products in each aisle and department: what is known of a query
     * before anything about it is.
     */
    static QueryIntent catalogueShares(Catalog catalog) {
        Map<Integer, Double> aisles = new TreeMap<>();
        Map<Integer, Double> departments = new TreeMap<>();
        for (Product product : catalog.products()) {
            aisles.merge(product.aisleId(), 1.0, Double::sum);
            departments.merge(product.departmentId(), 1.0, Double::sum);
        }
        return new QueryIntent(normalised(aisles), normalised(departments));
    }

    /**
     * Weights made into probabilities over the given ids (every id a key of {@code weights}, possibly
     * with weight 0); an all-zero map stays all zero.
     */
    static Map<Integer, Double> normalised(Map<Integer, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Integer, Double> probabilities = new TreeMap<>();
        weights.forEach((id, weight) -> probabilities.put(id, total > 0 ? weight / total : 0.0));
        return probabilities;
    }
}
