package dev.mlkatas.dispatch.simulation;

import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.city.City;
import dev.mlkatas.grocery.world.city.Location;
import dev.mlkatas.grocery.world.city.Store;
import dev.mlkatas.grocery.world.orders.Order;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One evening of deliveries from one store of the shared grocery world, with what dispatch adds to it: the hour-long
 * window each customer chose, the shoppers on shift, and past handovers to learn the ETA model from. The store
 * is the world's busiest on its busiest day of the last four weeks; its orders of that day (the first
 * {@code deliveries} by time) are the day's work, every other order of the world a past trip.
 *
 * <p>Example: {@code CityDay.generate(7, 60, 25, 6000).deliveries().size()} is at most 60.
 *
 * @param store the depot
 * @param date the day dispatched
 * @param deliveries the day's orders, by time placed
 * @param shoppers the shoppers on shift
 * @param pastFeatures the ETA model's features of past handovers
 * @param pastMinutes what those handovers took
 */
public record CityDay(Store store, LocalDate date, List<Delivery> deliveries, List<Shopper> shoppers,
        List<double[]> pastFeatures, double[] pastMinutes) {

    /** The evening's dispatch starts at 17:00, minute 0 of the plan. */
    public static final int OPENS = 17;
    /** The half-hour windows customers choose from: 17:00 to 17:30 up to 19:30 to 20:00. */
    public static final int SLOTS = 6;
    /** Minutes of a window. */
    public static final int SLOT_MINUTES = 30;
    /** Customers of the simulated world: enough for a busy day at one store. */
    static final int CUSTOMERS = 5000;

    /** Draws the day; the same seed gives the same day. */
    public static CityDay generate(long seed, int deliveries, int shoppers, int pastTrips) {
        GroceryWorld world = GroceryWorld.generate(WorldSettings.of(CUSTOMERS, seed));
        Map<String, Location> homes = new TreeMap<>();
        List<Order> orders = new ArrayList<>();
        world.customers().forEach(customer -> {
            homes.put(customer.id(), customer.home());
            orders.addAll(world.orders(customer));
        });
        LocalDate end = world.settings().end();
        Map<String, Integer> busiest = new TreeMap<>();
        for (Order order : orders) {
            if (order.date().isAfter(end.minusDays(28))) {
                busiest.merge(order.storeId() + "|" + order.date(), 1, Integer::sum);
            }
        }
        String key = busiest.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String storeId = key.substring(0, key.indexOf('|'));
        LocalDate date = LocalDate.parse(key.substring(key.indexOf('|') + 1));
        Store store = world.city().stores().stream().filter(s -> s.id().equals(storeId)).findFirst().orElseThrow();

        SplittableRandom random = new SplittableRandom(seed);
        List<Delivery> day = new ArrayList<>();
        List<double[]> pastFeatures = new ArrayList<>();
        List<Double> pastMinutes = new ArrayList<>();
        orders.sort(Comparator.comparing(Order::date).thenComparing(Order::time).thenComparing(Order::id));
        for (Order order : orders) {
            Location home = homes.get(order.customerId());
            int slot = random.nextInt(SLOTS);
            double[] features = Handover.features(order, home, OPENS + slot * SLOT_MINUTES / 60);
            double minutes = Handover.minutes(features, random);
            if (order.storeId().equals(storeId) && order.date().equals(date)) {
                if (day.size() < deliveries) {
                    day.add(new Delivery(order.id(), home, (int) features[1], slot * SLOT_MINUTES,
                            (slot + 1) * SLOT_MINUTES, features, minutes));
                }
            } else if (!order.date().isAfter(date) && pastFeatures.size() < pastTrips
                    && random.nextDouble() < 0.25) {
                pastFeatures.add(features);
                pastMinutes.add(minutes);
            }
        }
        return new CityDay(store, date, day, shoppers(shoppers, random), pastFeatures,
                pastMinutes.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Shoppers anywhere in the city; one in three drives a van of 120 units, the others a car of 60. */
    private static List<Shopper> shoppers(int count, SplittableRandom random) {
        List<Shopper> shoppers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Location home = new Location(Math.round(random.nextDouble() * City.SIZE_KM * 100) / 100.0,
                    Math.round(random.nextDouble() * City.SIZE_KM * 100) / 100.0);
            shoppers.add(new Shopper(String.format("P%02d", i + 1), home, i % 3 == 0 ? 120 : 60));
        }
        return shoppers;
    }
}
