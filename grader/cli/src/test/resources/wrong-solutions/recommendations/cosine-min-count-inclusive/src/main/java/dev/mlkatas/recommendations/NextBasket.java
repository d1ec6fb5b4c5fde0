package dev.mlkatas.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        int customers = 0;
        int hits = 0;
        double recall = 0;
        for (Map.Entry<String, Set<String>> last : lastBaskets.entrySet()) {
            if (last.getValue().isEmpty()) {
                continue;
            }
            customers++;
            List<String> ranked = recommendations.getOrDefault(last.getKey(), List.of());
            Set<String> top = new HashSet<>(ranked.subList(0, Math.min(k, ranked.size())));
            top.retainAll(last.getValue());
            hits += top.isEmpty() ? 0 : 1;
            recall += (double) top.size() / last.getValue().size();
        }
        return customers == 0 ? new Metrics(0, 0, 0)
                : new Metrics(customers, (double) hits / customers, recall / customers);
    }

    /** The k items in the most orders (an item twice in one order counts once), ties by name. */
    public static List<String> popular(List<Order> orders, int k) {
        Map<String, Long> counts = new HashMap<>();
        for (Order order : orders) {
            new HashSet<>(order.items()).forEach(item -> counts.merge(item, 1L, Long::sum));
        }
        List<String> items = new ArrayList<>(counts.keySet());
        items.sort(Comparator.comparing((String item) -> counts.get(item)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(items.subList(0, Math.min(k, items.size())));
    }
}
