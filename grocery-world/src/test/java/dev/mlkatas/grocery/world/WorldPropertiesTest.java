package dev.mlkatas.grocery.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.catalogue.Product;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.orders.Order;
import dev.mlkatas.grocery.world.orders.OrderItem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WorldPropertiesTest {

    @Property(tries = 20)
    void theSameSeedGivesTheSameWorld(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int customers) {
        GroceryWorld first = GroceryWorld.generate(WorldSettings.of(customers, seed));
        GroceryWorld second = GroceryWorld.generate(WorldSettings.of(customers, seed));
        assertThat(second.catalogue().products()).isEqualTo(first.catalogue().products());
        assertThat(second.city().stores()).isEqualTo(first.city().stores());
        assertThat(second.customers().toList()).isEqualTo(first.customers().toList());
        assertThat(second.orders().toList()).isEqualTo(first.orders().toList());
    }

    @Property(tries = 10)
    void differentSeedsGiveDifferentWorlds(@ForAll long seed) {
        List<Order> first = GroceryWorld.generate(WorldSettings.of(20, seed)).orders().toList();
        List<Order> second = GroceryWorld.generate(WorldSettings.of(20, seed + 1)).orders().toList();
        assertThat(second).isNotEqualTo(first);
    }

    @Property(tries = 30)
    void everyOrderIsWellFormed(@ForAll long seed, @ForAll @IntRange(min = 0, max = 99_999) int index) {
        GroceryWorld world = GroceryWorld.generate(WorldSettings.of(100_000, seed));
        Catalogue catalogue = world.catalogue();
        Set<String> stores = world.city().stores().stream().map(store -> store.id()).collect(Collectors.toSet());
        Customer customer = world.customer(index);
        List<Order> orders = world.orders(customer);
        assertThat(orders).isNotEmpty();
        Set<String> ids = new HashSet<>();
        Order previous = null;
        for (Order order : orders) {
            assertThat(ids.add(order.id())).isTrue();
            assertThat(order.customerId()).isEqualTo(customer.id());
            assertThat(stores).contains(order.storeId());
            assertThat(order.date()).isAfterOrEqualTo(WorldSettings.START).isBefore(world.settings().end());
            assertThat(order.date()).isAfterOrEqualTo(customer.signupDate());
            if (previous != null) {
                assertThat(order.date().atTime(order.time()))
                        .isAfterOrEqualTo(previous.date().atTime(previous.time()));
            }
            assertThat(order.items()).isNotEmpty();
            assertThat(order.items()).extracting(OrderItem::productId).doesNotHaveDuplicates();
            for (OrderItem item : order.items()) {
                Product product = catalogue.product(item.productId());
                assertThat(product).isNotNull();
                assertThat(item.quantity()).isPositive().isLessThanOrEqualTo(product.byWeight() ? 1000 : 6);
                if (!product.byWeight()) {
                    assertThat(item.quantity() % 1).isZero();
                }
                assertThat(item.unitPrice()).isPositive().isLessThanOrEqualTo(product.price());
            }
            assertThat(order.amount()).isPositive();
            previous = order;
        }
    }

    @Property(tries = 10)
    void everyProductHasAPositivePriceAndAUniqueId(@ForAll long seed) {
        Catalogue catalogue = Catalogue.of(seed);
        assertThat(catalogue.products()).extracting(Product::id).doesNotHaveDuplicates();
        for (Product product : catalogue.products()) {
            assertThat(product.price()).isPositive();
            assertThat(Math.round(product.price() * 100) % 10).isEqualTo(9);
            assertThat(catalogue.product(product.index())).isEqualTo(product);
            assertThat(product.name()).contains(product.brand()).contains(product.kind());
            assertThat(product.words()).isNotEmpty();
        }
    }

    @Property(tries = 5)
    void plantedComplementsCoOccurMoreThanChance(@ForAll @LongRange(min = 0, max = 1000) long seed) {
        GroceryWorld world = GroceryWorld.generate(WorldSettings.of(400, seed));
        long[] counts = new long[4];
        world.orders().forEach(order -> {
            Set<String> kinds = order.items().stream()
                    .map(item -> world.catalogue().product(item.productId()).kind()).collect(Collectors.toSet());
            boolean pasta = kinds.contains("spaghetti") || kinds.contains("penne");
            boolean sauce = kinds.contains("pasta sauce");
            counts[0]++;
            counts[1] += pasta ? 1 : 0;
            counts[2] += sauce ? 1 : 0;
            counts[3] += pasta && sauce ? 1 : 0;
        });
        double lift = (double) counts[3] * counts[0] / ((double) counts[1] * counts[2]);
        assertThat(lift).isGreaterThan(1.2);
    }

    @Property(tries = 5)
    void substitutesMeetInACustomersOrdersNeverInOne(@ForAll @LongRange(min = 0, max = 1000) long seed) {
        GroceryWorld world = GroceryWorld.generate(WorldSettings.of(300, seed));
        Catalogue catalogue = world.catalogue();
        long[] sameOrder = new long[1];
        long[] differentOrders = new long[1];
        world.customers().forEach(customer -> {
            List<Set<String>> baskets = world.orders(customer).stream()
                    .map(order -> order.items().stream().map(OrderItem::productId).collect(Collectors.toSet()))
                    .toList();
            for (int i = 0; i < baskets.size(); i++) {
                for (String product : baskets.get(i)) {
                    for (int other : catalogue.substitutes(catalogue.product(product).index())) {
                        String substitute = catalogue.product(other).id();
                        sameOrder[0] += baskets.get(i).contains(substitute) ? 1 : 0;
                        differentOrders[0] += i + 1 < baskets.size() && baskets.get(i + 1).contains(substitute) ? 1 : 0;
                    }
                }
            }
        });
        assertThat(sameOrder[0]).isZero();
        assertThat(differentOrders[0]).isPositive();
    }
}
