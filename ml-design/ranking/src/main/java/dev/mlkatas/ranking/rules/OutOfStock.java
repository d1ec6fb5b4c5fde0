package dev.mlkatas.ranking.rules;

import dev.mlkatas.ranking.catalog.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Products that cannot be bought now go below every one that can. They are demoted rather than removed:
 * a shopper looking for that exact product should still find it (and learn it is out of stock) instead of
 * concluding the shop never had it.
 *
 * <p>Example: {@code OutOfStock.demote(results, Result::product)}.
 */
public final class OutOfStock {

    private OutOfStock() {
    }

    /** The in-stock items in their order, then the out-of-stock ones in theirs: a stable partition. */
    public static <T> List<T> demote(List<T> ranked, Function<T, Product> product) {
        List<T> inStock = new ArrayList<>(ranked.size());
        List<T> outOfStock = new ArrayList<>();
        for (T item : ranked) {
            (product.apply(item).inStock() ? inStock : outOfStock).add(item);
        }
        inStock.addAll(outOfStock);
        return inStock;
    }
}
