package dev.mlkatas.grocery;

import dev.mlkatas.customers.CustomerTable;
import dev.mlkatas.customers.CustomerTable.Column;
import dev.mlkatas.orders.CustomerHistory;
import dev.mlkatas.orders.CustomerHistory.Order;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded grocery customer base with a known truth. Each customer places a first order on a day of the
 * first 78 weeks of a two-year window, then orders as a Poisson process (rate drawn from Gamma(r, alpha))
 * while alive, and after every repeat order drops out with a chance drawn from Beta(a, b) and moved by their
 * covariates (the BG/NBD story). Order values follow the Gamma-Gamma spend model. About one order in 25 is
 * followed by a small top-up order on the same day, as people forget the milk.
 *
 * <p>Example: {@code GroceryCustomers.generate(20_000, GroundTruth.defaults(7))}
 *
 * <p>Tenure drives dropout through the process itself: a customer still ordering after many orders is most
 * likely one with a small dropout chance.
 */
public final class GroceryCustomers {

    /** The first day of the window; the window is 104 weeks long. */
    public static final LocalDate START = LocalDate.of(2023, 1, 2);
    public static final int WEEKS = 104;
    private static final int ACQUISITION_WEEKS = 78;
    private static final double TOP_UP_CHANCE = 0.04;
    private static final String[] REGIONS = {"centre", "east", "north", "south", "west"};

    /** What was generated: the orders, the covariates by customer id, and the truth they were drawn from. */
    public record Dataset(List<CustomerHistory> histories, Map<String, Covariates> covariates, GroundTruth truth) {

        /** The covariates as a table without labels, one row per customer, as {@code customers.csv} holds them. */
        public CustomerTable covariateTable() {
            int n = covariates.size();
            double[] fee = new double[n];
            double[] late = new double[n];
            double[] support = new double[n];
            String[] plan = new String[n];
            String[] region = new String[n];
            int i = 0;
            for (Covariates c : covariates.values()) {
                fee[i] = c.feeSensitivity();
                late[i] = c.lateDeliveries();
                support[i] = c.supportContacts();
                plan[i] = c.plan();
                region[i] = c.region();
                i++;
            }
            return new CustomerTable("", List.copyOf(covariates.keySet()), new int[n], List.of(
                    Column.numeric("fee_sensitivity", fee), Column.numeric("late_deliveries", late),
                    Column.numeric("support_contacts", support), Column.text("plan", plan),
                    Column.text("region", region)));
        }
    }

    private GroceryCustomers() {
    }

    /** Draws {@code customers} customers; the same truth (and seed) always gives the same data. */
    public static Dataset generate(int customers, GroundTruth truth) {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be positive, not " + customers);
        }
        SplittableRandom root = new SplittableRandom(truth.seed());
        List<CustomerHistory> histories = new ArrayList<>(customers);
        Map<String, Covariates> covariates = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= customers; i++) {
            // One stream per customer: customer 17 is the same whether 100 or 100,000 are drawn.
            SplittableRandom random = root.split();
            String id = String.format("C%06d", i);
            Covariates traits = traits(random);
            covariates.put(id, traits);
            histories.add(CustomerHistory.of(id, orders(random, truth, traits)));
        }
        return new Dataset(List.copyOf(histories), covariates, truth);
    }

    private static Covariates traits(SplittableRandom random) {
        double fee = random.nextDouble() < 0.08 ? Double.NaN : Sampling.beta(random, 2, 2);
        int late = Sampling.poisson(random, 1.2);
        int support = Sampling.poisson(random, 0.6);
        String plan = random.nextDouble() < 0.3 ? "plus" : "standard";
        String region = random.nextDouble() < 0.03 ? null : REGIONS[random.nextInt(REGIONS.length)];
        return new Covariates(fee, late, support, plan, region);
    }

    private static List<Order> orders(SplittableRandom random, GroundTruth truth, Covariates traits) {
        double rate = Sampling.gamma(random, truth.r(), truth.alpha());
        double base = Sampling.beta(random, truth.a(), truth.b());
        double dropout = 1 / (1 + Math.exp(-(Math.log(base / (1 - base)) + traits.dropoutLogOdds())));
        double nu = Sampling.gamma(random, truth.q(), truth.gamma());

        List<Order> orders = new ArrayList<>();
        double week = random.nextInt(ACQUISITION_WEEKS * 7) / 7.0;
        orders.add(order(random, week, truth.p(), nu));
        while (true) {
            week += Sampling.exponential(random, rate);
            if (week >= WEEKS) {
                break;
            }
            orders.add(order(random, week, truth.p(), nu));
            if (random.nextDouble() < TOP_UP_CHANCE) {
                orders.add(new Order(day(week), cents(3 + 12 * random.nextDouble())));
            }
            if (random.nextDouble() < dropout) {
                break;
            }
        }
        return orders;
    }

    private static Order order(SplittableRandom random, double week, double p, double nu) {
        return new Order(day(week), cents(Math.max(0.01, Sampling.gamma(random, p, nu))));
    }

    private static LocalDate day(double week) {
        return START.plusDays((long) Math.floor(week * 7));
    }

    private static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }
}
