package dev.mlkatas.recommendations;

import java.util.List;
import java.util.Map;

/**
 * What the recommendations job reads: the baskets, and when the input knows them, the orders of each customer
 * and the aisle of each product.
 *
 * <p>Example: a basket-per-line file gives baskets only; Instacart's files give all three.
 *
 * @param source the input, as the report names it
 * @param baskets the items of every basket, each item once
 * @param orders every order with its customer, empty when the input has no customers
 * @param aisles product to aisle, empty when the input has no aisles
 */
public record Dataset(String source, List<List<String>> baskets, List<Order> orders, Map<String, String> aisles) {

    public Dataset {
        baskets = List.copyOf(baskets);
        orders = List.copyOf(orders);
        aisles = Map.copyOf(aisles);
    }

    /** Whether substitutes and the next-basket evaluation can be computed: orders of customers, and aisles. */
    public boolean hasCustomers() {
        return !orders.isEmpty() && !aisles.isEmpty();
    }
}
