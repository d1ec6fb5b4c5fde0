package dev.mlkatas.recommendations;

import java.util.List;

/**
 * One order of one customer: its place in the customer's history (1 for the first) and the items of its
 * basket, as the order log holds them (an item may appear twice).
 *
 * <p>Example: {@code new Order("c7", 3, List.of("Organic Bananas", "Whole Milk"))}
 *
 * @param customer who placed it
 * @param number the order's place in that customer's history, 1 for the first
 * @param items the items of the basket
 */
public record Order(String customer, int number, List<String> items) {

    public Order {
        items = List.copyOf(items);
    }
}
