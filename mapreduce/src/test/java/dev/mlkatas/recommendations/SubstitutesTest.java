package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.recommendations.Substitutes.Substitute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 4: substitutes, bought by the same customers in different orders, within one aisle")
class SubstitutesTest {

    private static final Map<String, String> AISLES = Map.of("whole milk", "dairy", "oat milk", "dairy",
            "butter", "dairy", "bread", "bakery", "bagels", "bakery");

    @Test
    @DisplayName("the statement's example: two switchers, one customer buying both together, one of oat milk only")
    void switchersOverEither() {
        List<Order> orders = List.of(
                new Order("ann", 1, List.of("whole milk", "bread")), new Order("ann", 2, List.of("oat milk")),
                new Order("bob", 1, List.of("oat milk")), new Order("bob", 2, List.of("whole milk", "whole milk")),
                new Order("cy", 1, List.of("whole milk", "oat milk")), new Order("cy", 2, List.of("oat milk")),
                new Order("dee", 1, List.of("oat milk", "bagels")));

        assertThat(Substitutes.find(orders, AISLES, 1))
                .containsExactly(new Substitute("oat milk", "whole milk", 0.5, 2, 1));
        assertThat(Substitutes.find(orders, AISLES, 2)).hasSize(1);
        assertThat(Substitutes.find(orders, AISLES, 3)).isEmpty();
    }

    @Test
    @DisplayName("pairs of different aisles or without an aisle are never substitutes")
    void onlyWithinAnAisle() {
        List<Order> orders = List.of(new Order("ann", 1, List.of("bread")), new Order("ann", 2, List.of("butter")),
                new Order("ann", 3, List.of("caviar")), new Order("ann", 4, List.of("bagels")));

        assertThat(Substitutes.find(orders, AISLES, 1))
                .containsExactly(new Substitute("bagels", "bread", 1.0, 1, 0));
    }

    @Test
    @DisplayName("ties: by score, then switchers, then the first item's name, then the second's")
    void tieOrder() {
        List<Order> orders = new ArrayList<>();
        for (String customer : List.of("a", "b")) {
            orders.add(new Order(customer, 1, List.of("whole milk")));
            orders.add(new Order(customer, 2, List.of("oat milk")));
            orders.add(new Order(customer, 3, List.of("bread")));
            orders.add(new Order(customer, 4, List.of("bagels")));
        }
        orders.add(new Order("c", 1, List.of("butter")));
        orders.add(new Order("c", 2, List.of("oat milk")));

        assertThat(Substitutes.find(orders, AISLES, 1)).extracting(s -> s.item() + "|" + s.other()).containsExactly(
                "bagels|bread", "oat milk|whole milk", "butter|oat milk");
    }

    @Property(tries = 200)
    @Label("agrees with counting every customer for every same-aisle pair by hand")
    void agreesWithBruteForce(@ForAll("orders") List<Order> orders, @ForAll @IntRange(min = 1, max = 3) int min) {
        Map<String, String> aisles = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
        Set<String> customers = new TreeSet<>(orders.stream().map(Order::customer).toList());
        List<Substitute> expected = new ArrayList<>();
        List<String> items = List.of("a", "b", "c", "d", "e", "f");
        for (String a : items) {
            for (String b : items) {
                if (a.compareTo(b) >= 0 || !aisles.containsKey(a) || !aisles.get(a).equals(aisles.get(b))) {
                    continue;
                }
                long either = 0;
                long switchers = 0;
                long together = 0;
                for (String c : customers) {
                    List<Order> mine = orders.stream().filter(o -> o.customer().equals(c)).toList();
                    boolean hasA = mine.stream().anyMatch(o -> o.items().contains(a));
                    boolean hasB = mine.stream().anyMatch(o -> o.items().contains(b));
                    boolean same = mine.stream().anyMatch(o -> o.items().contains(a) && o.items().contains(b));
                    either += hasA || hasB ? 1 : 0;
                    together += same ? 1 : 0;
                    switchers += hasA && hasB && !same ? 1 : 0;
                }
                if (switchers >= min) {
                    expected.add(new Substitute(a, b, (double) switchers / either, switchers, together));
                }
            }
        }
        expected.sort(Comparator.comparingDouble(Substitute::score).reversed()
                .thenComparing(Comparator.comparingLong(Substitute::switchers).reversed())
                .thenComparing(Substitute::item).thenComparing(Substitute::other));

        assertThat(Substitutes.find(orders, aisles, min)).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<List<Order>> orders() {
        Arbitrary<Order> order = Combinators.combine(Arbitraries.of("c1", "c2", "c3", "c4", "c5"),
                Arbitraries.integers().between(1, 4),
                Arbitraries.of("a", "b", "c", "d", "e", "f").list().ofMaxSize(4)).as(Order::new);
        return order.list().ofMaxSize(25);
    }

    @Test
    @DisplayName("a customer's items are a set: buying an item twice in an order or in two orders counts once")
    void repeatsCountOnce() {
        List<Order> orders = List.of(new Order("ann", 1, List.of("bread", "bread")),
                new Order("ann", 2, List.of("bread", "bagels")), new Order("bob", 1, List.of("bagels")),
                new Order("bob", 2, List.of("bread")), new Order("bob", 3, List.of("bread")));

        assertThat(Substitutes.find(orders, AISLES, 1))
                .containsExactly(new Substitute("bagels", "bread", 0.5, 1, 1));
        assertThat(new HashSet<>(orders)).hasSize(5);
    }
}
