package dev.mlkatas.recommendations;

import dev.mlkatas.recommendations.Affinity.Related;
import dev.mlkatas.recommendations.AssociationRules.Rule;
import dev.mlkatas.recommendations.NextBasket.Metrics;
import dev.mlkatas.recommendations.Substitutes.Substitute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the job found: the items related to each product (complements), the substitutes, the association
 * rules, and how well two recommenders foresee each customer's last basket. Computed from the counts of the
 * co-occurrence job with the five tasks' code.
 *
 * <p>Example: {@code Findings.of(dataset, counts, settings).related().get("Spaghetti")}
 *
 * @param related product to its top related items, products in name order
 * @param substitutes every substitute pair, strongest first; empty without customers and aisles
 * @param rules the association rules, strongest first
 * @param popularity next-basket metrics of the popularity baseline; null without customers
 * @param personal next-basket metrics of the customer's own usual items, then popular ones; null without customers
 */
public record Findings(CoCounts counts, Map<String, List<Related>> related, List<Substitute> substitutes,
        List<Rule> rules, Metrics popularity, Metrics personal) {

    /** The knobs of the analysis, as the command line sets them. */
    public record Settings(int top, long minCount, long minSwitchers, double minSupport, double minConfidence,
            int maxLength) {}

    public static Findings of(Dataset data, CoCounts counts, Settings settings) {
        Map<String, List<Related>> related = new TreeMap<>();
        for (String item : new TreeSet<>(counts.items())) {
            related.put(item, Affinity.topRelated(counts, item, settings.top(), settings.minCount()));
        }
        List<Rule> rules = AssociationRules.mine(data.baskets(), settings.minSupport(), settings.minConfidence(),
                settings.maxLength());
        if (!data.hasCustomers()) {
            return new Findings(counts, related, List.of(), rules, null, null);
        }
        List<Substitute> substitutes = Substitutes.find(data.orders(), data.aisles(), settings.minSwitchers());
        Map<String, Order> last = new HashMap<>();
        for (Order order : data.orders()) {
            last.merge(order.customer(), order, (a, b) -> a.number() >= b.number() ? a : b);
        }
        List<Order> history = data.orders().stream().filter(o -> last.get(o.customer()) != o).toList();
        Map<String, Set<String>> lastBaskets = new LinkedHashMap<>();
        last.forEach((customer, order) -> lastBaskets.put(customer, Set.copyOf(order.items())));
        List<String> popular = NextBasket.popular(history, settings.top());
        Map<String, List<String>> popularToAll = new HashMap<>();
        lastBaskets.keySet().forEach(c -> popularToAll.put(c, popular));
        Metrics popularity = NextBasket.evaluate(popularToAll, lastBaskets, settings.top());
        Metrics personal = NextBasket.evaluate(usualItems(history, popular, settings.top()), lastBaskets,
                settings.top());
        return new Findings(counts, related, substitutes, rules, popularity, personal);
    }

    /** Each customer's items by the number of their past orders holding them, then the popular items. */
    private static Map<String, List<String>> usualItems(List<Order> history, List<String> popular, int k) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Order order : history) {
            Map<String, Integer> mine = counts.computeIfAbsent(order.customer(), c -> new HashMap<>());
            Set.copyOf(order.items()).forEach(item -> mine.merge(item, 1, Integer::sum));
        }
        Map<String, List<String>> lists = new HashMap<>();
        counts.forEach((customer, mine) -> {
            List<String> items = new ArrayList<>(mine.keySet());
            items.sort(Comparator.comparing((String item) -> -mine.get(item)).thenComparing(Comparator.naturalOrder()));
            List<String> list = new ArrayList<>(items.subList(0, Math.min(k, items.size())));
            for (String item : popular) {
                if (list.size() < k && !list.contains(item)) {
                    list.add(item);
                }
            }
            lists.put(customer, list);
        });
        return lists;
    }

    /** The strongest substitute pairs of one product, at most k. */
    public List<Substitute> substitutesOf(String item, int k) {
        return substitutes.stream().filter(s -> s.item().equals(item) || s.other().equals(item)).limit(k).toList();
    }

    /** Whether {@code b} is among the related items of {@code a}, or {@code a} among those of {@code b}. */
    public boolean related(String a, String b) {
        return related.getOrDefault(a, List.of()).stream().anyMatch(r -> r.item().equals(b))
                || related.getOrDefault(b, List.of()).stream().anyMatch(r -> r.item().equals(a));
    }

    /** Whether the pair is the strongest substitute of {@code a} or of {@code b}. */
    public boolean topSubstitute(String a, String b) {
        for (String item : List.of(a, b)) {
            List<Substitute> best = substitutesOf(item, 1);
            if (!best.isEmpty() && Set.of(best.get(0).item(), best.get(0).other()).equals(Set.of(a, b))) {
                return true;
            }
        }
        return false;
    }
}
