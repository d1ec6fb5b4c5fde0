package dev.mlkatas.recommendations;

import java.util.List;
import java.util.Map;

/**
 * Task 4: substitutes, the items that the same customers buy in different orders but not in the same basket,
 * within one aisle.
 *
 * <p>Example: in the dairy aisle, a customer who buys whole milk in one order and oat milk in the next is a
 * switcher of the pair; one who buys both in one order is not.
 */
public final class Substitutes {

    private Substitutes() {
    }

    /**
     * A pair of items of one aisle.
     *
     * @param item the first of the pair in {@link String#compareTo} order
     * @param other the second
     * @param score switchers over the customers who bought either item
     * @param switchers customers who bought both items, never in the same order
     * @param together customers who bought both items in the same order at least once
     */
    public record Substitute(String item, String other, double score, long switchers, long together) {}

    /**
     * Every pair of distinct items of the same aisle with at least minSwitchers switchers, in the statement's
     * order. Items without an aisle pair with nothing.
     */
    public static List<Substitute> find(List<Order> orders, Map<String, String> aisles, long minSwitchers) {
        throw new UnsupportedOperationException("Task 4: write find (see statement.md)");
    }
}
