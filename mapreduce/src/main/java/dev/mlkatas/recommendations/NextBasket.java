package dev.mlkatas.recommendations;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Task 5: how well recommendations foresee each customer's next basket, and the popularity baseline every
 * recommender has to beat.
 *
 * <p>Example: recommending {@code [milk, eggs]} to a customer whose last basket is {@code {milk, bread}} is a
 * hit at k = 2 with recall 1/2.
 */
public final class NextBasket {

    private NextBasket() {
    }

    /**
     * Hit rate and recall at k, averaged over the customers.
     *
     * @param customers the customers with a non-empty last basket
     * @param hitRate the share of them with at least one item of the last basket among their first k
     * @param recall the mean of (items of the last basket among the first k) / (items of the last basket)
     */
    public record Metrics(int customers, double hitRate, double recall) {}

    /**
     * Scores the first k recommendations of each customer against the customer's last basket. Customers
     * whose last basket is empty are left out; a customer without recommendations counts as a miss.
     */
    public static Metrics evaluate(Map<String, List<String>> recommendations, Map<String, Set<String>> lastBaskets,
            int k) {
        throw new UnsupportedOperationException("Task 5: write evaluate (see statement.md)");
    }

    /** The k items in the most orders (an item twice in one order counts once), ties by name. */
    public static List<String> popular(List<Order> orders, int k) {
        throw new UnsupportedOperationException("Task 5: write popular (see statement.md)");
    }
}
