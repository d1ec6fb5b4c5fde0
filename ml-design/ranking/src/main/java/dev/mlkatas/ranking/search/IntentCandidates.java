package dev.mlkatas.ranking.search;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.dense.DenseModel;
import dev.mlkatas.ranking.query.IntentModel;
import dev.mlkatas.ranking.query.ParsedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The second source of candidates: products of the departments a query's intent leans to whose names hold
 * none of the query's words, closest to the query's dense vector first. BM25 cannot find salmon for "fish";
 * this can, once the intent knows "fish" means the meat and seafood department.
 *
 * <p>Everything a query needs is laid out once per department, when a query first leans to it (its products
 * with their unit vectors and name terms), so that a query costs one dot product per product of its
 * departments, and a shop that answers one search lays out only the departments it needs. Thread-safe.
 *
 * <p>Example: {@code new IntentCandidates(catalog, dense, analyser).of(query, intent, 50)}.
 */
final class IntentCandidates {

    /** The least P(department | query) for a department to add candidates. */
    static final double THRESHOLD = 0.1;

    private record Shelf(List<Product> products, double[][] unitVectors, List<Set<String>> nameTerms) {
    }

    private final DenseModel dense;
    private final Function<Product, List<String>> nameTerms;
    private final Map<Integer, List<Product>> byDepartment = new HashMap<>();
    private final Map<Integer, Shelf> shelves = new ConcurrentHashMap<>();

    IntentCandidates(Catalog catalog, DenseModel dense, Function<Product, List<String>> nameTerms) {
        this.dense = dense;
        this.nameTerms = nameTerms;
        for (Product product : catalog.products()) {
            byDepartment.computeIfAbsent(product.departmentId(), d -> new ArrayList<>()).add(product);
        }
    }

    private Shelf shelf(int department) {
        return shelves.computeIfAbsent(department, d -> {
            List<Product> products = byDepartment.get(d);
            double[][] vectors = new double[products.size()][];
            List<Set<String>> terms = new ArrayList<>(products.size());
            for (int i = 0; i < vectors.length; i++) {
                vectors[i] = unit(dense.productVector(products.get(i).id()));
                terms.add(new HashSet<>(nameTerms.apply(products.get(i))));
            }
            return new Shelf(List.copyOf(products), vectors, terms);
        });
    }

    /**
     * Up to {@code count} products, shared between the departments in proportion to P(department | query),
     * each department's closest first (ties by catalogue order).
     */
    List<Product> of(ParsedQuery query, IntentModel intent, int count) {
        double[] queryVector = unit(dense.queryVector(query.terms()));
        List<Product> chosen = new ArrayList<>();
        byDepartment.forEach((department, products) -> {
            double probability = intent.departmentProbability(query, department);
            if (probability >= THRESHOLD) {
                chosen.addAll(closest(shelf(department), query.terms(), queryVector,
                        (int) Math.ceil(probability * count)));
            }
        });
        return chosen;
    }

    /** The {@code count} products of the shelf without a query term in their names, by cosine, best first. */
    private static List<Product> closest(Shelf shelf, List<String> queryTerms, double[] queryVector, int count) {
        // A bounded selection: the best `count` so far, kept sorted; shelves hold thousands, count is tens.
        int[] best = new int[count];
        double[] bestScore = new double[count];
        int size = 0;
        for (int i = 0; i < shelf.products().size(); i++) {
            if (mentionsAny(shelf.nameTerms().get(i), queryTerms)) {
                continue;
            }
            double score = dot(queryVector, shelf.unitVectors()[i]);
            if (size == count && score <= bestScore[size - 1]) {
                continue;
            }
            int at = size == count ? size - 1 : size++;
            while (at > 0 && bestScore[at - 1] < score) {
                best[at] = best[at - 1];
                bestScore[at] = bestScore[at - 1];
                at--;
            }
            best[at] = i;
            bestScore[at] = score;
        }
        List<Product> products = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            products.add(shelf.products().get(best[i]));
        }
        return products;
    }

    private static boolean mentionsAny(Set<String> nameTerms, List<String> queryTerms) {
        for (String term : queryTerms) {
            if (nameTerms.contains(term)) {
                return true;
            }
        }
        return false;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] unit(double[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        if (norm == 0) {
            return vector.clone();
        }
        double[] unit = new double[vector.length];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }
}
