package dev.mlkatas.ranking.rules;

import dev.mlkatas.ranking.catalog.Product;
import java.util.List;
import java.util.function.Function;

/**
 * What the shop insists on after the ranker has spoken: out-of-stock products below every in-stock one
 * ({@link OutOfStock}), and one product per group of near-duplicates ({@link NearDuplicates}); otherwise
 * the ranker's order stands.
 *
 * <p>Demotion runs first, so the copy of a near-duplicate group that survives is the best-ranked one a
 * shopper can buy: if "Salmon Fillets 1 lb" ranks first but is out of stock and "Salmon Fillets 2 lb" is
 * in stock, the 2 lb pack is shown (rather than a greyed-out 1 lb at the bottom of the page). Only when
 * every copy is out of stock does the best-ranked out-of-stock one stay, at the bottom.
 *
 * <p>The rules are generic over what the pipeline ranks, given how to find each item's product, and they
 * are idempotent: applying them twice changes nothing more.
 *
 * <p>Example: {@code List<Result> page = BusinessRules.apply(ranked, Result::product);}
 */
public final class BusinessRules {

    private BusinessRules() {
    }

    /**
     * The ranked items with out-of-stock products demoted and near-duplicates collapsed.
     *
     * @param ranked the items, best first
     * @param product each item's product
     * @return a sub-list of {@code ranked}, reordered only to move out-of-stock items down
     */
    public static <T> List<T> apply(List<T> ranked, Function<T, Product> product) {
        return NearDuplicates.collapse(OutOfStock.demote(ranked, product), product);
    }
}
