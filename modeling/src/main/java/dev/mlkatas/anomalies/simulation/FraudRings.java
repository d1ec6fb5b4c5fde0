package dev.mlkatas.anomalies.simulation;

import dev.mlkatas.anomalies.data.Transactions;
import dev.mlkatas.anomalies.data.Transactions.Transaction;
import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.catalogue.Product;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.orders.Order;
import dev.mlkatas.grocery.world.orders.OrderItem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The shared grocery world's orders with fraud planted on top. Good orders are the world's own, paid by their
 * customer's card and delivered home (a few to an office across town, a few cards shared by a household).
 * Frauds are of two kinds: <b>rings</b> of 4 to 10 accounts (fresh, or opened months ahead) with stolen cards,
 * each ordering a few of the shop's most expensive goods (the ones that resell) among ordinary ones, once or
 * twice, often at night and to a drop far from the card's billing address; and <b>account takeovers</b>, where
 * an old customer's account suddenly does the same alone. Honest orders look like fraud now and then: night
 * workers, deliveries to an office, shared household cards, parties that stock up on the expensive shelves. The
 * labels are the chargebacks', so a few are wrong both ways.
 *
 * <p>Example: {@code FraudRings.generate(4_000, 7)}: the orders of 4,000 customers, about 0.4 % of them fraud.
 */
public final class FraudRings {

    /** The features of every order, in order. */
    public static final List<String> FEATURES = List.of("hour", "items", "resellable_share", "account_age_days",
            "distance_km", "accounts_on_card");

    private FraudRings() {
    }

    /** What the report says was simulated. */
    public static String describe(int customers, long seed) {
        return "the orders of " + String.format(java.util.Locale.ROOT, "%,d", customers)
                + " customers of the grocery world (104 weeks from "
                + WorldSettings.START + ") with fraud rings and account takeovers planted, seed " + seed;
    }

    /** The orders of the world's first {@code customers} customers and the planted frauds, in time order. */
    public static Transactions generate(int customers, long seed) {
        GroceryWorld world = GroceryWorld.generate(WorldSettings.of(customers, seed));
        Random random = new Random(seed * 31 + 17);
        List<Product> all = world.catalogue().products();
        List<Product> resellable = resellable(all);
        Set<String> resellableIds = new HashSet<>();
        resellable.forEach(p -> resellableIds.add(p.id()));
        List<Transaction> rows = new ArrayList<>();
        List<Customer> takeoverVictims = new ArrayList<>();
        world.customers().forEach(customer -> {
            // A household shares a card between two or three accounts now and then; some customers work nights
            // and some send groceries to an office or a parent across town.
            double share = random.nextDouble();
            int accountsOnCard = share < 0.06 ? 2 : share < 0.08 ? 3 : 1;
            boolean nights = random.nextDouble() < 0.06;
            double elsewhere = random.nextDouble() < 0.15 ? 0.3 : 0.03;
            for (Order order : world.orders(customer)) {
                double distance = random.nextDouble() < elsewhere ? 1 + 10 * random.nextDouble() : 0;
                Order placed = nights && random.nextDouble() < 0.5 ? new Order(order.id(), order.customerId(),
                        order.storeId(), order.date(), nightTime(random), order.items()) : order;
                if (random.nextDouble() < 0.03) {
                    placed = stockUp(placed, resellable, random);
                }
                rows.add(transaction(placed, customer.signupDate(), distance, accountsOnCard, resellableIds,
                        disputed(random)));
            }
            if (random.nextDouble() < 0.0015) {
                takeoverVictims.add(customer);
            }
        });
        int goodOrders = rows.size();
        // Rings: about one ring order for every 300 good orders, and at least 6 rings, spread over the period (one
        // in each of as many equal stretches) so that a small world still has fraud late and early.
        int rings = Math.max(6, goodOrders / 300 / 9);
        double stretch = (WorldSettings.WEEKS * 7 - 14) / (double) rings;
        for (int ring = 0; ring < rings; ring++) {
            LocalDate start = WorldSettings.START.plusDays((long) ((ring + random.nextDouble()) * stretch));
            int accounts = 4 + random.nextInt(7);
            // Careful rings open their accounts months ahead, and give each account a card of its own or share
            // one between two or three, as a household does.
            boolean aged = random.nextDouble() < 0.3;
            for (int a = 0; a < accounts; a++) {
                LocalDate signup = start.minusDays(aged ? 30 + random.nextInt(150) : 0).plusDays(random.nextInt(10));
                int onCard = random.nextDouble() < 0.7 ? 1 : 2 + random.nextInt(2);
                int orders = 1 + random.nextInt(2);
                for (int o = 0; o < orders; o++) {
                    LocalDate day = aged ? start.plusDays(random.nextInt(10)) : signup.plusDays(random.nextInt(3));
                    Order order = fraudOrder("R" + ring + "-" + a + "-" + o, day, resellable, all, random);
                    rows.add(transaction(order, signup, dropDistance(random), onCard, resellableIds,
                            chargedBack(random)));
                }
            }
        }
        for (Customer victim : takeoverVictims) {
            LocalDate day = victim.signupDate().plusDays(60 + random.nextInt(300));
            if (day.isBefore(world.settings().end())) {
                Order order = fraudOrder("T" + victim.id(), day, resellable, all, random);
                rows.add(transaction(order, victim.signupDate(), dropDistance(random), 1, resellableIds,
                        chargedBack(random)));
            }
        }
        return Transactions.inTimeOrder(describe(customers, seed), FEATURES, rows);
    }

    /** A fraud's delivery: half the time the stolen card's address was changed to the drop, so it is home. */
    private static double dropDistance(Random random) {
        return random.nextDouble() < 0.5 ? 0 : 1 + 11 * random.nextDouble();
    }

    /** Labels are what the chargebacks say: one fraud in twenty is never disputed and stays labelled good. */
    private static int chargedBack(Random random) {
        return random.nextDouble() < 0.05 ? 0 : 1;
    }

    /** And one honest order in 5,000 is disputed by its own customer ("I never got it") and labelled fraud. */
    private static int disputed(Random random) {
        return random.nextDouble() < 0.0002 ? 1 : 0;
    }

    /** The fifth of the catalogue with the highest shelf prices: what a fraudster can sell on. */
    static List<Product> resellable(List<Product> products) {
        List<Product> byPrice = new ArrayList<>(products);
        byPrice.sort(Comparator.comparingDouble(Product::price).reversed());
        return List.copyOf(byPrice.subList(0, Math.max(1, byPrice.size() / 5)));
    }

    /**
     * A basket of 1 to 4 expensive lines, 1 or 2 of each, with 2 to 9 ordinary lines as cover; placed at night
     * nine times in twenty, else in the day like anyone else's.
     */
    private static Order fraudOrder(String id, LocalDate day, List<Product> resellable, List<Product> all,
            Random random) {
        List<OrderItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lines = 1 + random.nextInt(4);
        int cover = 2 + random.nextInt(8);
        while (items.size() < lines + cover) {
            Product product = items.size() < lines ? resellable.get(random.nextInt(resellable.size()))
                    : all.get(random.nextInt(all.size()));
            if (seen.add(product.id())) {
                double quantity = product.byWeight() ? 1 : 1 + random.nextInt(2);
                items.add(new OrderItem(product.id(), quantity, product.price(), false, null));
            }
        }
        LocalTime time = random.nextDouble() < 0.45 ? nightTime(random)
                : LocalTime.of(8 + random.nextInt(14), random.nextInt(60), random.nextInt(60));
        return new Order(id, id, "S1", day, time, items);
    }

    /** A party or a stock-up: an honest order with 2 to 5 expensive lines added, what fraud looks like. */
    private static Order stockUp(Order order, List<Product> resellable, Random random) {
        List<OrderItem> items = new ArrayList<>(order.items());
        Set<String> seen = new HashSet<>();
        order.items().forEach(item -> seen.add(item.productId()));
        int lines = 2 + random.nextInt(4);
        for (int tries = 0; tries < 50 && lines > 0; tries++) {
            Product product = resellable.get(random.nextInt(resellable.size()));
            if (seen.add(product.id())) {
                items.add(new OrderItem(product.id(), product.byWeight() ? 1 : 1 + random.nextInt(3),
                        product.price(), false, null));
                lines--;
            }
        }
        return new Order(order.id(), order.customerId(), order.storeId(), order.date(), order.time(), items);
    }

    private static LocalTime nightTime(Random random) {
        return LocalTime.of(random.nextInt(6), random.nextInt(60), random.nextInt(60));
    }

    /** One order as the detectors see it. */
    private static Transaction transaction(Order order, LocalDate signup, double distance, int accountsOnCard,
            Set<String> resellable, int label) {
        double units = 0;
        double resold = 0;
        for (OrderItem item : order.items()) {
            units += item.quantity();
            if (resellable.contains(item.productId())) {
                resold += item.total();
            }
        }
        double amount = order.amount();
        double time = ChronoUnit.DAYS.between(WorldSettings.START, order.date()) * 86_400.0
                + order.time().toSecondOfDay();
        double[] features = {order.time().getHour() + order.time().getMinute() / 60.0, units,
            amount > 0 ? resold / amount : 0, ChronoUnit.DAYS.between(signup, order.date()), distance,
            accountsOnCard};
        return new Transaction(time, features, amount, label);
    }
}
