package dev.mlkatas.ranking.dense;

import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The second step of the dense model: query terms pulled toward the products shoppers bought for them.
 * For a term {@code t} with text vector {@code x} (length 1, or zeros), and purchase evidence of total
 * weight {@code n} whose weighted mean of unit product vectors points along {@code b}, the pulled vector is
 * {@code unit((1 - a) x + a unit(b))} with {@code a = n / (n + PRIOR_EVIDENCE)}.
 *
 * <p>Example: after a thousand purchases of salmon and cod for "fish", {@code pull(...).get("fish")}
 * points where salmon and cod do, not where the crackers named "fish" do.
 */
final class PurchasePull {

    /** How many purchases a term's text vector is worth: with this much evidence the pull is half-way. */
    static final double PRIOR_EVIDENCE = 5;
    /** A purchase is the surest sign of what the query wanted. */
    static final double PURCHASE_WEIGHT = 1;
    /** Added to the cart but not bought: wanted, less surely. */
    static final double ADD_TO_CART_WEIGHT = 0.5;

    private PurchasePull() {
    }

    /**
     * The vectors of every term of the catalogue and of every query that led to a purchase.
     *
     * @param textVectors the catalogue terms' vectors, length 1 or zeros
     * @param productVectors each product's vector, by id
     * @throws IllegalArgumentException naming the search if the log names a product that is not there
     */
    static Map<String, double[]> pull(Map<String, double[]> textVectors, Map<Integer, double[]> productVectors,
            SearchLog log, Function<String, List<String>> analyser, int dimensions) {
        Map<String, double[]> evidence = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        Map<String, List<String>> analysed = new HashMap<>();
        Map<Integer, double[]> unitProducts = new HashMap<>();
        for (Search search : log.searches()) {
            List<String> terms = null;
            for (Impression impression : search.impressions()) {
                double weight = impression.purchased() ? PURCHASE_WEIGHT
                        : impression.addedToCart() ? ADD_TO_CART_WEIGHT : 0;
                if (weight == 0) {
                    continue;
                }
                double[] product = productVectors.get(impression.productId());
                if (product == null) {
                    throw new IllegalArgumentException("search " + search.id() + " ('" + search.query()
                            + "'): product " + impression.productId() + " is not in the catalogue");
                }
                double[] direction = unitProducts.computeIfAbsent(impression.productId(),
                        id -> DenseModel.unit(product));
                if (terms == null) {
                    // Each distinct term once: "fish fish" is no stronger evidence than "fish".
                    terms = List.copyOf(new LinkedHashSet<>(analysed.computeIfAbsent(search.query(), analyser)));
                }
                for (String term : terms) {
                    double[] sum = evidence.computeIfAbsent(term, t -> new double[dimensions]);
                    for (int i = 0; i < dimensions; i++) {
                        sum[i] += weight * direction[i];
                    }
                    weights.merge(term, weight, Double::sum);
                }
            }
        }
        Map<String, double[]> pulled = new HashMap<>(textVectors);
        for (Map.Entry<String, double[]> entry : evidence.entrySet()) {
            if (DenseModel.allZeros(entry.getValue())) {
                continue; // the products bought have no vector to pull toward
            }
            double[] bought = DenseModel.unit(entry.getValue());
            double n = weights.get(entry.getKey());
            double share = n / (n + PRIOR_EVIDENCE);
            double[] text = textVectors.getOrDefault(entry.getKey(), new double[dimensions]);
            double[] blended = new double[dimensions];
            for (int i = 0; i < dimensions; i++) {
                blended[i] = (1 - share) * text[i] + share * bought[i];
            }
            pulled.put(entry.getKey(), DenseModel.unit(blended));
        }
        return pulled;
    }
}
