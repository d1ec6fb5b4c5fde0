package dev.mlkatas.ranking.search;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import smile.math.MathEx;

/**
 * What a shop knows from its past before it ranks anything: how often each product was bought, what each
 * shopper bought, and the median price of each aisle. Learned once from a search log; with an empty log
 * every count is 0, and the features built on them say nothing rather than something wrong.
 *
 * <p>Example: {@code ShopHistory.of(catalog, log).purchases(42)}.
 */
public final class ShopHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Integer, Long> purchases;
    private final Map<Integer, Map<Integer, Integer>> purchasesByUser;
    private final Map<Integer, Double> aisleMedianPrice;

    private ShopHistory(Map<Integer, Long> purchases, Map<Integer, Map<Integer, Integer>> purchasesByUser,
            Map<Integer, Double> aisleMedianPrice) {
        this.purchases = purchases;
        this.purchasesByUser = purchasesByUser;
        this.aisleMedianPrice = aisleMedianPrice;
    }

    /** Counts the purchases of the log; products the catalogue does not know are ignored. */
    public static ShopHistory of(Catalog catalog, SearchLog log) {
        Map<Integer, Long> purchases = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> byUser = new HashMap<>();
        for (Search search : log.searches()) {
            for (Impression impression : search.impressions()) {
                if (impression.purchased() && catalog.contains(impression.productId())) {
                    purchases.merge(impression.productId(), 1L, Long::sum);
                    byUser.computeIfAbsent(search.userId(), user -> new HashMap<>())
                            .merge(impression.productId(), 1, Integer::sum);
                }
            }
        }
        return new ShopHistory(Map.copyOf(purchases), byUser, medianPrices(catalog));
    }

    /** How often the product was bought in the log. */
    public long purchases(int productId) {
        return purchases.getOrDefault(productId, 0L);
    }

    /** How often this shopper bought the product; 0 for a shopper or product the log never saw. */
    public int purchases(int userId, int productId) {
        return purchasesByUser.getOrDefault(userId, Map.of()).getOrDefault(productId, 0);
    }

    /** The median price of the products of the aisle that have one, or {@code Double.NaN} if none has. */
    public double aisleMedianPrice(int aisleId) {
        return aisleMedianPrice.getOrDefault(aisleId, Double.NaN);
    }

    private static Map<Integer, Double> medianPrices(Catalog catalog) {
        Map<Integer, List<Double>> prices = new HashMap<>();
        for (Product product : catalog.products()) {
            if (product.hasPrice()) {
                prices.computeIfAbsent(product.aisleId(), aisle -> new ArrayList<>()).add(product.price());
            }
        }
        Map<Integer, Double> medians = new HashMap<>();
        prices.forEach((aisle, list) -> medians.put(aisle,
                MathEx.median(list.stream().mapToDouble(Double::doubleValue).toArray())));
        return Map.copyOf(medians);
    }

    @Override
    public String toString() {
        return "ShopHistory[" + purchases.values().stream().mapToLong(Long::longValue).sum() + " purchases of "
                + purchases.size() + " products by " + purchasesByUser.size() + " shoppers, "
                + aisleMedianPrice.size() + " aisles priced]";
    }
}
