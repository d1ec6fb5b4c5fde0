package dev.mlkatas.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Task 4: substitutes, the items that the same customers buy in different orders but not in the same basket,
 * within one aisle.
 *
 * <p>Example: in the dairy aisle, a customer who buys whole milk in one order and oat milk in the next is a
 * switcher of the pair; one who buys both in one order is not.
 */
public final class Substitutes {

    private static final Comparator<Substitute> STRONGEST_FIRST =
            Comparator.comparingDouble(Substitute::score).reversed()
                    .thenComparing(Comparator.comparingLong(Substitute::switchers).reversed())
                    .thenComparing(Substitute::item)
                    .thenComparing(Substitute::other);

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
        Map<String, Set<String>> bought = new HashMap<>();
        Map<String, Set<List<String>>> together = new HashMap<>();
        for (Order order : orders) {
            List<String> items = new ArrayList<>(new TreeSet<>(order.items()));
            bought.computeIfAbsent(order.customer(), c -> new HashSet<>()).addAll(items);
            Set<List<String>> pairs = together.computeIfAbsent(order.customer(), c -> new HashSet<>());
            forEachPair(items, aisles, (a, b) -> pairs.add(List.of(a, b)));
        }
        Map<String, Long> buyers = new HashMap<>();
        Map<List<String>, long[]> pairCounts = new HashMap<>();
        bought.forEach((customer, items) -> {
            items.forEach(item -> buyers.merge(item, 1L, Long::sum));
            Set<List<String>> sameOrder = together.get(customer);
            forEachPair(new ArrayList<>(new TreeSet<>(items)), aisles, (a, b) -> {
                long[] counts = pairCounts.computeIfAbsent(List.of(a, b), p -> new long[2]);
                counts[sameOrder.contains(List.of(a, b)) ? 1 : 0]++;
            });
        });
        List<Substitute> substitutes = new ArrayList<>();
        pairCounts.forEach((pair, counts) -> {
            long switchers = counts[0];
            if (switchers >= minSwitchers) {
                long both = switchers + counts[1];
                long either = buyers.get(pair.get(0)) + buyers.get(pair.get(1));
                substitutes.add(new Substitute(pair.get(0), pair.get(1), (double) switchers / either, switchers,
                        counts[1]));
            }
        });
        substitutes.sort(STRONGEST_FIRST);
        return List.copyOf(substitutes);
    }

    private interface PairAction {
        void accept(String a, String b);
    }

    /** Each pair a before b of the sorted items whose aisles are known and equal. */
    private static void forEachPair(List<String> sorted, Map<String, String> aisles, PairAction action) {
        for (int i = 0; i < sorted.size(); i++) {
            String aisle = aisles.get(sorted.get(i));
            for (int j = i + 1; aisle != null && j < sorted.size(); j++) {
                if (aisle.equals(aisles.get(sorted.get(j)))) {
                    action.accept(sorted.get(i), sorted.get(j));
                }
            }
        }
    }
}
