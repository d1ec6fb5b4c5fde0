package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.recommendations.NextBasket.Metrics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 5: next-basket hit rate and recall at k, and the popularity baseline")
class NextBasketTest {

    @Test
    @DisplayName("the statement's example: one hit with recall 1/2, one miss, one customer without recommendations")
    void hitRateAndRecall() {
        Map<String, List<String>> recommendations = Map.of("ann", List.of("milk", "eggs", "bread"),
                "bob", List.of("tea", "rice"));
        Map<String, Set<String>> last = new LinkedHashMap<>();
        last.put("ann", Set.of("milk", "bread"));
        last.put("bob", Set.of("bread"));
        last.put("cy", Set.of("tea"));
        last.put("dee", Set.of());

        assertThat(NextBasket.evaluate(recommendations, last, 2)).isEqualTo(new Metrics(3, 1.0 / 3, 0.5 / 3));
        Metrics atThree = NextBasket.evaluate(recommendations, last, 3);
        assertThat(atThree.hitRate()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(atThree.recall()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(NextBasket.evaluate(recommendations, Map.of(), 2)).isEqualTo(new Metrics(0, 0, 0));
    }

    @Test
    @DisplayName("popular: by orders holding the item, an item twice in one order once, ties by name")
    void popularity() {
        List<Order> orders = List.of(new Order("a", 1, List.of("tea", "tea", "rice")),
                new Order("b", 1, List.of("rice", "milk")), new Order("c", 1, List.of("milk", "eggs")),
                new Order("c", 2, List.of("eggs")));

        assertThat(NextBasket.popular(orders, 3)).containsExactly("eggs", "milk", "rice");
        assertThat(NextBasket.popular(orders, 10)).containsExactly("eggs", "milk", "rice", "tea");
        assertThat(NextBasket.popular(List.of(), 3)).isEmpty();
        // The most frequent item last in name order: the count, not the name, puts it first.
        List<Order> zucchini = List.of(new Order("a", 1, List.of("zucchini", "apples")),
                new Order("b", 1, List.of("zucchini")), new Order("c", 1, List.of("zucchini", "beans")));
        assertThat(NextBasket.popular(zucchini, 2)).containsExactly("zucchini", "apples");
    }

    @Property(tries = 200)
    @Label("hit rate and recall grow with k, recall never above the hit rate, both within [0, 1]")
    void metricsGrowWithK(@ForAll("recommendations") Map<String, List<String>> recommendations,
            @ForAll("lastBaskets") Map<String, Set<String>> last, @ForAll @IntRange(min = 1, max = 4) int k) {
        Metrics small = NextBasket.evaluate(recommendations, last, k);
        Metrics large = NextBasket.evaluate(recommendations, last, k + 1);

        assertThat(large.hitRate()).isGreaterThanOrEqualTo(small.hitRate());
        assertThat(large.recall()).isGreaterThanOrEqualTo(small.recall() - 1e-12);
        assertThat(small.recall()).isBetween(0.0, small.hitRate() + 1e-12);
        assertThat(small.customers()).isEqualTo((int) last.values().stream().filter(s -> !s.isEmpty()).count());
    }

    @Property(tries = 200)
    @Label("recommending each customer's whole last basket first is a hit with recall 1 at k = its size")
    void perfectRecommendations(@ForAll("lastBaskets") Map<String, Set<String>> last) {
        Map<String, List<String>> perfect = new HashMap<>();
        int k = 1;
        for (Map.Entry<String, Set<String>> entry : last.entrySet()) {
            perfect.put(entry.getKey(), List.copyOf(entry.getValue()));
            k = Math.max(k, entry.getValue().size());
        }
        Metrics metrics = NextBasket.evaluate(perfect, last, k);

        if (metrics.customers() > 0) {
            assertThat(metrics.hitRate()).isEqualTo(1.0);
            assertThat(metrics.recall()).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    @DisplayName("popular counts orders, not lines: three of one item in one order are one order")
    void popularCountsOrdersNotLines() {
        List<Order> orders = List.of(new Order("a", 1, List.of("apples", "apples", "apples")),
                new Order("b", 1, List.of("bread")), new Order("c", 1, List.of("bread", "apples", "bread")),
                new Order("d", 1, List.of("bread")));

        assertThat(NextBasket.popular(orders, 1)).containsExactly("bread");
        assertThat(NextBasket.popular(orders, 2)).containsExactly("bread", "apples");
    }

    @Property(tries = 200)
    @Label("popular is the first k items by the number of orders holding them, repeats in an order once, ties by name")
    void popularCountsOrders(@ForAll("orders") List<Order> orders, @ForAll @IntRange(min = 1, max = 6) int k) {
        Map<String, Long> holding = new HashMap<>();
        for (Order order : orders) {
            for (String item : new java.util.TreeSet<>(order.items())) {
                holding.merge(item, 1L, Long::sum);
            }
        }
        List<String> expected = holding.keySet().stream()
                .sorted(java.util.Comparator.comparing((String item) -> -holding.get(item))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .limit(k).toList();

        assertThat(NextBasket.popular(orders, k)).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<List<Order>> orders() {
        // Few items, often twice in one order: counting lines instead of orders reorders them.
        Arbitrary<List<String>> items = Arbitraries.of("a", "b", "c", "d", "e").list().ofMinSize(1).ofMaxSize(6);
        return Arbitraries.of("ann", "bob", "cy").flatMap(customer -> items.map(list -> new Order(customer, 1, list)))
                .list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Map<String, List<String>>> recommendations() {
        return Arbitraries.maps(Arbitraries.of("c1", "c2", "c3", "c4"),
                Arbitraries.of("a", "b", "c", "d", "e").list().uniqueElements().ofMaxSize(5));
    }

    @Provide
    Arbitrary<Map<String, Set<String>>> lastBaskets() {
        return Arbitraries.maps(Arbitraries.of("c1", "c2", "c3", "c4", "c5"),
                Arbitraries.of("a", "b", "c", "d", "e").set().ofMaxSize(3));
    }
}
