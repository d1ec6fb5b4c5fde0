package dev.mlkatas.grocery.world.searches;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.catalogue.Product;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.orders.Order;
import dev.mlkatas.grocery.world.orders.OrderItem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SearchLogTest {

    @Property(tries = 30)
    void searchesClickCatalogueProductsAndBoughtOnesAreInTheirOrder(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 9_999) int index) {
        GroceryWorld world = GroceryWorld.generate(WorldSettings.of(10_000, seed));
        Customer customer = world.customer(index);
        List<Order> orders = world.orders(customer);
        Map<String, Order> byId = orders.stream().collect(Collectors.toMap(Order::id, Function.identity()));
        List<Search> searches = world.searches(customer, orders);
        assertThat(world.searches(customer, orders)).isEqualTo(searches);
        for (Search search : searches) {
            Order order = byId.get(search.orderId());
            Product clicked = world.catalogue().product(search.clickedProductId());
            assertThat(order).isNotNull();
            assertThat(clicked).isNotNull();
            assertThat(search.customerId()).isEqualTo(customer.id());
            assertThat(search.date()).isEqualTo(order.date());
            assertThat(search.query()).endsWith(clicked.kind());
            boolean inOrder = order.items().stream().map(OrderItem::productId).anyMatch(clicked.id()::equals);
            assertThat(search.bought()).isEqualTo(inOrder);
        }
    }

    @Property(tries = 3)
    void aboutOneLineInThreeIsSearchedAndSomeSearchesAreNotBought(@ForAll long seed) {
        GroceryWorld world = GroceryWorld.generate(WorldSettings.of(100, seed));
        long lines = world.orders().mapToLong(order -> order.items().size()).sum();
        List<Search> searches = world.searches().toList();
        long bought = searches.stream().filter(Search::bought).count();
        assertThat((double) bought / lines).isBetween(0.25, 0.32);
        assertThat(searches.size() - bought).isPositive();
    }
}
