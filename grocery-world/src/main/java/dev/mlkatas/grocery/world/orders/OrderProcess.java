package dev.mlkatas.grocery.world.orders;

import dev.mlkatas.grocery.world.GroundTruth;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.city.City;
import dev.mlkatas.grocery.world.city.ClosingDays;
import dev.mlkatas.grocery.world.city.Store;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.draws.Sampling;
import dev.mlkatas.grocery.world.draws.Seeds;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * When a customer orders and for how much: the BG/NBD story with a week. The first order falls on the signup
 * day. While alive, the customer orders as a Poisson process at their order rate, thinned by the day of the
 * week ({@link #WEEKDAY_DEMAND}, Monday first, averaging 1: Saturdays are busiest); after every repeat order
 * they leave for good with their dropout chance. Each order's value is drawn from Gamma(p, nu), the
 * Gamma-Gamma spend model; about one order in 25 is followed by a small top-up order on the same day (3 to
 * 15 dollars), as people forget the milk. The store is the customer's nearest 85 % of the time, another
 * otherwise; the hour follows the day's demand, peaking at lunch and after work. An order that falls on a
 * day the shops are closed is placed on the last open day before it ({@link ClosingDays#lastOpenDay}), so the
 * eves of the holidays are busy and the holidays empty.
 *
 * <p>Example: {@code new OrderProcess(settings, catalogue, city).orders(customer)}
 *
 * <p>Timing and values come from the customer's own stream and baskets from another, so that the catalogue
 * can change without moving when a customer orders or what they spend, and so that {@link #plan} can give
 * when and how much without the baskets.
 */
public final class OrderProcess {

    /** Demand by day of the week, Monday first; the mean is 1. */
    public static final double[] WEEKDAY_DEMAND = {0.9, 0.85, 0.85, 0.95, 1.1, 1.25, 1.1};
    private static final double PEAK_DEMAND = 1.25;
    private static final double TOP_UP_CHANCE = 0.04;
    private static final double NEAREST_STORE = 0.85;
    private static final double[] HOUR_DEMAND = {2, 4, 5, 6, 7, 7, 6, 5, 5, 6, 8, 9, 8, 6, 4, 2};
    private static final int FIRST_HOUR = 7;

    private final WorldSettings settings;
    private final City city;
    private final Baskets baskets;

    public OrderProcess(WorldSettings settings, Catalogue catalogue, City city) {
        this.settings = settings;
        this.city = city;
        this.baskets = new Baskets(catalogue, new ShopDays(settings.seed()));
    }

    /** The customer's orders, oldest first. */
    public List<Order> orders(Customer customer) {
        SplittableRandom shopping = Seeds.stream(settings.seed(), Seeds.BASKETS, customer.index());
        int[] staples = baskets.staples(shopping);
        Store nearest = city.nearest(customer.home());
        List<Order> orders = new ArrayList<>();
        for (PlannedOrder planned : plan(customer)) {
            add(orders, customer, shopping, staples, nearest, planned.date(), planned.value());
        }
        return orders;
    }

    /**
     * The customer's orders as planned, oldest first: when and for how much, without filling the baskets
     * (which is most of the cost of {@link #orders}). The same orders as {@link #orders}, from the same stream.
     */
    public List<PlannedOrder> plan(Customer customer) {
        SplittableRandom timing = Seeds.stream(settings.seed(), Seeds.ORDER_TIMES, customer.index());
        GroundTruth truth = settings.truth();
        double rate = customer.traits().orderRate();
        double nu = customer.traits().spendRate();

        List<PlannedOrder> planned = new ArrayList<>();
        double week = (customer.signupDate().toEpochDay() - WorldSettings.START.toEpochDay()) / 7.0;
        planned.add(planned(day(week), Sampling.gamma(timing, truth.p(), nu)));
        while (true) {
            do {
                week += Sampling.exponential(timing, rate * PEAK_DEMAND);
            } while (week < WorldSettings.WEEKS
                    && timing.nextDouble() * PEAK_DEMAND >= WEEKDAY_DEMAND[(int) (dayNumber(week) % 7)]);
            if (week >= WorldSettings.WEEKS) {
                break;
            }
            planned.add(planned(day(week), Sampling.gamma(timing, truth.p(), nu)));
            if (timing.nextDouble() < TOP_UP_CHANCE) {
                planned.add(planned(day(week), 3 + 12 * timing.nextDouble()));
            }
            if (timing.nextDouble() < customer.traits().dropoutChance()) {
                break;
            }
        }
        return planned;
    }

    private static PlannedOrder planned(LocalDate date, double target) {
        return new PlannedOrder(date, Math.max(0.01, target));
    }

    private void add(List<Order> orders, Customer customer, SplittableRandom shopping, int[] staples,
            Store nearest, LocalDate date, double target) {
        Store store = nearest;
        if (shopping.nextDouble() >= NEAREST_STORE) {
            List<Store> stores = city.stores();
            store = stores.get((nearest.index() + 1 + shopping.nextInt(stores.size() - 1)) % stores.size());
        }
        LocalTime time = LocalTime.of(FIRST_HOUR + hour(shopping), shopping.nextInt(60));
        if (!orders.isEmpty()) {
            // Orders of one day come in the order they were placed.
            Order last = orders.get(orders.size() - 1);
            if (last.date().equals(date) && time.isBefore(last.time())) {
                time = last.time().plusMinutes(1 + shopping.nextInt(30));
                if (time.isBefore(last.time())) {
                    time = LocalTime.of(23, 59);
                }
            }
        }
        List<OrderItem> items = baskets.fill(shopping, staples, customer.traits().unitsPerLine(), store.index(),
                date, target);
        String id = String.format(Locale.ROOT, "%s-%04d", customer.id(), orders.size() + 1);
        orders.add(new Order(id, customer.id(), store.id(), date, time, items));
    }

    private static int hour(SplittableRandom random) {
        double total = 0;
        for (double demand : HOUR_DEMAND) {
            total += demand;
        }
        double u = random.nextDouble() * total;
        for (int h = 0; h < HOUR_DEMAND.length; h++) {
            u -= HOUR_DEMAND[h];
            if (u < 0) {
                return h;
            }
        }
        return HOUR_DEMAND.length - 1;
    }

    private static LocalDate day(double week) {
        return ClosingDays.lastOpenDay(WorldSettings.START.plusDays(dayNumber(week)));
    }

    // A day's start in weeks, times 7, can fall a hair below the whole number.
    private static long dayNumber(double week) {
        return (long) Math.floor(week * 7 + 1e-9);
    }
}
