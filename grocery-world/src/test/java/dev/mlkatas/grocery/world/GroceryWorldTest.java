package dev.mlkatas.grocery.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.catalogue.Product;
import dev.mlkatas.grocery.world.catalogue.Shelves;
import dev.mlkatas.grocery.world.city.ClosingDays;
import dev.mlkatas.grocery.world.city.Location;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.orders.Order;
import dev.mlkatas.grocery.world.orders.OrderItem;
import dev.mlkatas.grocery.world.orders.OrderProcess;
import dev.mlkatas.grocery.world.orders.PlannedOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroceryWorldTest {

    private static final GroceryWorld WORLD = GroceryWorld.generate(WorldSettings.of(3000, 7));

    @Test
    @DisplayName("the catalogue has real groceries, each kind in two to four brands, with ids of kind and slot")
    void catalogueOfRealGroceries() {
        Catalogue catalogue = WORLD.catalogue();
        assertThat(catalogue.products()).extracting(Product::kind).contains("bananas", "milk", "salmon fillet");
        for (int k = 0; k < Shelves.KINDS.size(); k++) {
            List<Integer> brands = catalogue.ofKind(Shelves.KINDS.get(k).name());
            assertThat(brands).hasSizeBetween(2, 4);
            assertThat(catalogue.product(brands.get(0)).id()).isEqualTo(String.format("P%03d00", k));
        }
        Product milk = catalogue.product(catalogue.ofKind("milk").get(0));
        assertThat(milk.name()).startsWith(milk.brand()).endsWith("milk 1 gal");
        assertThat(milk.department()).isEqualTo("dairy & eggs");
        assertThat(catalogue.product(milk.id())).isEqualTo(milk);
    }

    @Test
    @DisplayName("substitutes share the kind and aisle; complements come from the planted pairs")
    void substitutesAndComplements() {
        Catalogue catalogue = WORLD.catalogue();
        int spaghetti = catalogue.ofKind("spaghetti").get(0);
        assertThat(catalogue.complements(spaghetti)).isEqualTo(catalogue.ofKind("pasta sauce"));
        assertThat(catalogue.substitutes(spaghetti)).isNotEmpty().allSatisfy(other -> {
            assertThat(catalogue.product(other).kind()).isEqualTo("spaghetti");
            assertThat(other).isNotEqualTo(spaghetti);
        });
        assertThat(catalogue.sameAisle(spaghetti)).containsAll(catalogue.ofKind("penne"));
        assertThat(catalogue.complements(catalogue.ofKind("toilet paper").get(0))).isEmpty();
    }

    @Test
    @DisplayName("four stores, one per quarter of the grid, and the nearest is the nearest")
    void storesOnTheGrid() {
        assertThat(WORLD.city().stores()).hasSize(4).extracting(store -> store.id())
                .containsExactly("S1", "S2", "S3", "S4");
        assertThat(WORLD.city().nearest(new Location(0, 0)).id()).isEqualTo("S1");
        assertThat(WORLD.city().nearest(new Location(10, 10)).id()).isEqualTo("S4");
    }

    @Test
    @DisplayName("a customer is the same whether drawn alone or in a larger world")
    void customersDoNotDependOnTheWorldsSize() {
        GroceryWorld larger = GroceryWorld.generate(WorldSettings.of(5000, 7));
        assertThat(larger.customer(1234)).isEqualTo(WORLD.customer(1234));
        assertThat(larger.orders(larger.customer(1234))).isEqualTo(WORLD.orders(WORLD.customer(1234)));
        assertThat(WORLD.customer(0).id()).isEqualTo("C000001");
        assertThat(WORLD.customer(2999).id()).isEqualTo("C003000");
        GroceryWorld huge = GroceryWorld.generate(WorldSettings.of(Integer.MAX_VALUE, 7));
        assertThat(huge.customer(999_998).id()).isEqualTo("C999999");
        assertThat(huge.customer(1_234_566).id()).isEqualTo("C1234567");
        assertThatThrownBy(() -> WORLD.customer(3000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    @DisplayName("the first order falls on the signup day, ids count the customer's orders")
    void firstOrderOnSignup() {
        Customer customer = WORLD.customer(41);
        List<Order> orders = WORLD.orders(customer);
        assertThat(orders.get(0).date()).isEqualTo(customer.signupDate());
        assertThat(orders.get(0).id()).isEqualTo("C000042-0001");
        assertThat(orders.get(orders.size() - 1).id()).isEqualTo(String.format("C000042-%04d", orders.size()));
    }

    @Test
    @DisplayName("planned orders are the orders without their baskets: the same days, values within cents")
    void plannedOrdersAreTheOrders() {
        int orders = 0;
        int withinCents = 0;
        for (int index = 0; index < 300; index++) {
            Customer customer = WORLD.customer(index);
            List<Order> filled = WORLD.orders(customer);
            List<PlannedOrder> planned = WORLD.plannedOrders(customer);
            assertThat(planned).extracting(PlannedOrder::date).containsExactlyElementsOf(
                    filled.stream().map(Order::date).toList());
            for (int o = 0; o < filled.size(); o++) {
                orders++;
                withinCents += Math.abs(filled.get(o).amount() - planned.get(o).value()) <= 0.10 ? 1 : 0;
            }
        }
        // A basket too large to fill (150 lines) falls short of its value: a few orders in a thousand.
        assertThat((double) withinCents / orders).isGreaterThan(0.98);
    }

    @Test
    @DisplayName("order values follow the planted spend: about 60 dollars, and close to p / nu per customer")
    void orderValuesFollowThePlantedSpend() {
        double[] sums = new double[2];
        WORLD.customers().limit(1000).forEach(customer -> {
            List<Order> orders = WORLD.orders(customer);
            for (Order order : orders) {
                sums[0] += order.amount();
                sums[1]++;
            }
        });
        assertThat(sums[0] / sums[1]).isBetween(50.0, 65.0);
    }

    @Test
    @DisplayName("Saturdays are busier than Tuesdays, as the weekly demand plants")
    void weeklySeasonality() {
        int[] byDay = new int[7];
        WORLD.orders().forEach(order -> byDay[order.date().getDayOfWeek().getValue() - 1]++);
        int saturday = byDay[DayOfWeek.SATURDAY.getValue() - 1];
        int tuesday = byDay[DayOfWeek.TUESDAY.getValue() - 1];
        double planted = OrderProcess.WEEKDAY_DEMAND[5] / OrderProcess.WEEKDAY_DEMAND[1];
        assertThat((double) saturday / tuesday).isBetween(planted * 0.9, planted * 1.1);
    }

    @Test
    @DisplayName("nobody orders on a closing day, and the orders it would have had make its eve busy")
    void closingDays() {
        Map<LocalDate, Integer> byDate = new HashMap<>();
        WORLD.orders().forEach(order -> byDate.merge(order.date(), 1, Integer::sum));
        for (String closed : List.of("2023-12-25", "2023-12-26", "2024-01-01", "2024-12-25", "2024-12-26")) {
            assertThat(ClosingDays.isClosed(LocalDate.parse(closed))).isTrue();
            assertThat(byDate).doesNotContainKey(LocalDate.parse(closed));
        }
        assertThat(WORLD.customers()).noneMatch(customer -> ClosingDays.isClosed(customer.signupDate()));
        // Tuesday 24 December 2024 takes the Wednesday and Thursday after it: about three Tuesdays.
        int eve = byDate.get(LocalDate.parse("2024-12-24"));
        int tuesday = byDate.get(LocalDate.parse("2024-12-17"));
        assertThat((double) eve / tuesday).isBetween(2.0, 4.0);
    }

    @Test
    @DisplayName("some lines are promoted at 80 % of the shelf price, some replace a product out of stock")
    void promotionsAndStockOuts() {
        Set<Boolean> promoted = new HashSet<>();
        long[] replaced = new long[1];
        WORLD.orders().limit(5000).flatMap(order -> order.items().stream()).forEach(item -> {
            Product product = WORLD.catalogue().product(item.productId());
            promoted.add(item.promoted());
            double expected = item.promoted() ? Math.round(product.price() * 80) / 100.0 : product.price();
            assertThat(item.unitPrice()).isEqualTo(expected);
            if (item.replaces() != null) {
                replaced[0]++;
                assertThat(WORLD.catalogue().product(item.replaces()).kind()).isEqualTo(product.kind());
            }
        });
        assertThat(promoted).containsExactlyInAnyOrder(true, false);
        assertThat(replaced[0]).isPositive();
    }

    @Test
    @DisplayName("an item's total is quantity times unit price, an order's amount the sum of its items")
    void amounts() {
        OrderItem item = new OrderItem("P00000", 3, 1.19, false, null);
        assertThat(item.total()).isEqualTo(3.57);
        Order order = new Order("C000001-0001", "C000001", "S1", WorldSettings.START, java.time.LocalTime.NOON,
                List.of(item, new OrderItem("P00100", 1, 0.1, true, null)));
        assertThat(order.amount()).isEqualTo(3.67);
    }
}
