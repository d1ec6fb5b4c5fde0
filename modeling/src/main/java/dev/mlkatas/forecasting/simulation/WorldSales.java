package dev.mlkatas.forecasting.simulation;

import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.catalogue.Product;
import dev.mlkatas.grocery.world.city.ClosingDays;
import dev.mlkatas.grocery.world.city.Store;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.orders.Order;
import dev.mlkatas.grocery.world.orders.OrderItem;
import dev.mlkatas.grocery.world.orders.ShopDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Daily sales per store and item from the shared grocery world ({@link GroceryWorld}): the units of every
 * order, summed by store, product and day, for the {@value #ITEMS_PER_STORE} products that sell the most units
 * at each store over the days asked for. Only products sold by the unit compete: loose produce, meat and fish
 * are sold by weight, and the world weighs them to fill what is left of a basket, which is no demand to
 * forecast. The world plants what the forecast meets: busy weekends (Saturdays busiest), the stores closed on three
 * public holidays with busy days before them, promotion weeks, stock-outs (a product out of stock sells
 * nothing that day; the table records them), and a shop that grows while customers sign up and shrinks as they
 * leave.
 *
 * <p>Example: {@code SalesTable table = WorldSales.generate(WorldSettings.defaults(7), 728);} holds 24 series.
 *
 * <p>The world draws its customers one at a time; they are summed in parallel chunks into whole units, so the
 * result does not depend on the order the chunks finish in.
 */
public final class WorldSales {

    /** The products kept at each store, the best-selling first. */
    public static final int ITEMS_PER_STORE = 6;
    /** The days of the world: 104 weeks from {@link WorldSettings#START}. */
    public static final int WORLD_DAYS = WorldSettings.WEEKS * 7;

    private WorldSales() {
    }

    /** The first {@code days} days (1 to {@value #WORLD_DAYS}) of the world of these settings. */
    public static SalesTable generate(WorldSettings settings, int days) {
        return generate(settings, days, ITEMS_PER_STORE);
    }

    /** As {@link #generate(WorldSettings, int)}, keeping {@code itemsPerStore} products at each store. */
    public static SalesTable generate(WorldSettings settings, int days, int itemsPerStore) {
        if (days < 1 || days > WORLD_DAYS) {
            throw new IllegalArgumentException("days must be 1 to " + WORLD_DAYS + ", not " + days);
        }
        GroceryWorld world = GroceryWorld.generate(settings);
        LocalDate start = WorldSettings.START;
        Map<String, Integer> stores = new HashMap<>();
        world.city().stores().forEach(store -> stores.put(store.id(), store.index()));
        int[][][] units = IntStream.range(0, settings.customers()).parallel()
                .mapToObj(world::customer)
                .filter(customer -> customer.signupDate().isBefore(start.plusDays(days)))
                .collect(() -> new int[stores.size()][world.catalogue().size()][days],
                        (sum, customer) -> add(world, stores, customer, sum), WorldSales::addInto);

        ShopDays shopDays = world.shopDays();
        List<SalesTable.Series> series = new ArrayList<>();
        List<boolean[]> stockOuts = new ArrayList<>();
        for (Store store : world.city().stores()) {
            for (Product product : bestSelling(world.catalogue(), units[store.index()], itemsPerStore)) {
                double[] sales = new double[days];
                boolean[] empty = new boolean[days];
                for (int day = 0; day < days; day++) {
                    LocalDate date = start.plusDays(day);
                    sales[day] = units[store.index()][product.index()][day];
                    empty[day] = !ClosingDays.isClosed(date) && shopDays.outOfStock(store.index(), date,
                            product.index());
                }
                series.add(new SalesTable.Series(store.name(), product.name(), sales));
                stockOuts.add(empty);
            }
        }
        return new SalesTable("the grocery world's orders, seed " + settings.seed(), start, days,
                List.copyOf(series), List.copyOf(stockOuts));
    }

    /** Adds the units of the customer's orders within the days of {@code units}, oldest first. */
    private static void add(GroceryWorld world, Map<String, Integer> stores, Customer customer, int[][][] units) {
        Catalogue catalogue = world.catalogue();
        for (Order order : world.orders(customer)) {
            long day = order.date().toEpochDay() - WorldSettings.START.toEpochDay();
            if (day >= units[0][0].length) {
                break;
            }
            int store = stores.get(order.storeId());
            for (OrderItem item : order.items()) {
                Product product = catalogue.product(item.productId());
                if (!product.byWeight()) {
                    units[store][product.index()][(int) day] += (int) item.quantity();
                }
            }
        }
    }

    private static void addInto(int[][][] sum, int[][][] part) {
        for (int s = 0; s < sum.length; s++) {
            for (int p = 0; p < sum[s].length; p++) {
                for (int d = 0; d < sum[s][p].length; d++) {
                    sum[s][p][d] += part[s][p][d];
                }
            }
        }
    }

    /** The products sold by the unit that sold the most at a store, the first in the catalogue among equals. */
    private static List<Product> bestSelling(Catalogue catalogue, int[][] units, int count) {
        long[] totals = new long[units.length];
        for (int p = 0; p < units.length; p++) {
            for (int sold : units[p]) {
                totals[p] += sold;
            }
        }
        return catalogue.products().stream().filter(product -> !product.byWeight())
                .sorted(Comparator.comparingLong((Product product) -> -totals[product.index()])
                        .thenComparingInt(Product::index))
                .limit(count).toList();
    }
}
