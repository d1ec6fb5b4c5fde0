package dev.mlkatas.forecasting.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.catalogue.Product;
import dev.mlkatas.grocery.world.city.ClosingDays;
import dev.mlkatas.grocery.world.city.Store;
import dev.mlkatas.grocery.world.orders.OrderItem;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The forecasting job's default data, summed from the grocery world's orders; on a world of 2,000 customers so
 * that the orders can be counted again one by one. Provided code: grades nobody.
 */
@DisplayName("The grocery world's daily sales per store and item")
class WorldSalesTest {

    private static final WorldSettings SETTINGS = WorldSettings.of(2000, 7);
    private static final GroceryWorld WORLD = GroceryWorld.generate(SETTINGS);
    private static SalesTable table;
    /** Units sold by store name, product name and day, counted order by order. */
    private static Map<String, Map<String, double[]>> counted;

    @BeforeAll
    static void sumAndCount() {
        table = WorldSales.generate(SETTINGS, WorldSales.WORLD_DAYS);
        counted = new HashMap<>();
        Map<String, String> storeNames = new HashMap<>();
        WORLD.city().stores().forEach(store -> storeNames.put(store.id(), store.name()));
        WORLD.orders().forEach(order -> {
            int day = (int) (order.date().toEpochDay() - WorldSettings.START.toEpochDay());
            for (OrderItem item : order.items()) {
                Product product = WORLD.catalogue().product(item.productId());
                counted.computeIfAbsent(storeNames.get(order.storeId()), s -> new HashMap<>())
                        .computeIfAbsent(product.name(), p -> new double[WorldSales.WORLD_DAYS])[day]
                        += item.quantity();
            }
        });
    }

    @Test
    @DisplayName("each store's six best-selling products sold by the unit, with the units its orders hold each day")
    void agreesWithTheOrders() {
        assertThat(table.stores()).isEqualTo(WORLD.city().stores().stream().map(Store::name).toList());
        assertThat(table.series()).hasSize(4 * WorldSales.ITEMS_PER_STORE);
        assertThat(table.days()).isEqualTo(728);
        assertThat(table.start()).isEqualTo(WorldSettings.START);
        for (SalesTable.Series series : table.series()) {
            assertThat(series.sales()).as(series.name()).containsExactly(counted.get(series.store())
                    .get(series.item()));
        }
        for (String store : table.stores()) {
            List<SalesTable.Series> kept = table.series().stream().filter(s -> s.store().equals(store)).toList();
            double least = kept.stream().mapToDouble(s -> total(s.sales())).min().orElseThrow();
            List<String> names = kept.stream().map(SalesTable.Series::item).toList();
            for (Product product : WORLD.catalogue().products()) {
                if (!product.byWeight() && !names.contains(product.name())) {
                    double[] sales = counted.get(store).get(product.name());
                    assertThat(sales == null ? 0 : total(sales)).as(product.name()).isLessThanOrEqualTo(least);
                }
            }
            assertThat(kept).noneMatch(s -> WORLD.catalogue().products().stream()
                    .anyMatch(p -> p.name().equals(s.item()) && p.byWeight()));
        }
    }

    @Test
    @DisplayName("nothing sells on the closing days or on a day the shelf is recorded empty")
    void closedAndEmptyDaysSellNothing() {
        int recorded = 0;
        for (int s = 0; s < table.series().size(); s++) {
            double[] sales = table.series().get(s).sales();
            boolean[] empty = table.stockOuts().get(s);
            for (int day = 0; day < table.days(); day++) {
                if (ClosingDays.isClosed(table.date(day))) {
                    assertThat(sales[day]).isZero();
                    assertThat(empty[day]).isFalse();
                }
                if (empty[day]) {
                    recorded++;
                    assertThat(sales[day]).as(table.series().get(s).name() + " on " + table.date(day)).isZero();
                }
            }
        }
        // The world empties 2 to 4 % of its shelves a day.
        assertThat(recorded).isBetween(24 * 728 / 100, 24 * 728 * 5 / 100);
    }

    @Test
    @DisplayName("Saturdays sell more than Tuesdays, and the same settings give the same table")
    void weeklyAndDeterministic() {
        double saturdays = 0;
        double tuesdays = 0;
        for (SalesTable.Series series : table.series()) {
            for (int day = 0; day < table.days(); day++) {
                DayOfWeek weekday = table.dayOfWeek(day);
                saturdays += weekday == DayOfWeek.SATURDAY ? series.sales()[day] : 0;
                tuesdays += weekday == DayOfWeek.TUESDAY ? series.sales()[day] : 0;
            }
        }
        assertThat(saturdays / tuesdays).isGreaterThan(1.2);

        SalesTable again = WorldSales.generate(SETTINGS, WorldSales.WORLD_DAYS);
        assertThat(again.series()).usingRecursiveFieldByFieldElementComparator().isEqualTo(table.series());
        assertThat(again.stockOuts()).usingRecursiveFieldByFieldElementComparator().isEqualTo(table.stockOuts());
    }

    private static double total(double[] sales) {
        double total = 0;
        for (double value : sales) {
            total += value;
        }
        return total;
    }
}
