package dev.mlkatas.grocery.world.orders;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.draws.Sampling;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fills a basket up to the value the customer means to spend. Each customer has staples, 8 to 15 products
 * drawn by popularity; a line is one of them 65 % of the time (in 30 % of the orders a staple's place is
 * taken by another brand of its kind, a substitute), else any product by popularity, promoted products four
 * times as likely. After a product whose kind has a complement ({@code Shelves.COMPLEMENTS}) comes a product
 * of that kind 60 % of the time. An order holds one brand of a kind at most, so substitutes meet in a
 * customer's orders, never in one. A product out of stock that day is replaced by another brand of its kind
 * 70 % of the time (the line records what it replaces), else dropped. Quantities are 1 plus Poisson(units per
 * line - 1), at most 6.
 * Lines are added while they fit below the target (a line takes fewer when more would pass it); after eight
 * products that do not fit, the last line is a product sold by weight (loose produce, meat, fish, cheese),
 * weighed to what is left, so that an order's value is the planted Gamma-Gamma draw to within cents.
 *
 * <p>Example: {@code baskets.fill(random, baskets.staples(random), 1.2, 0, date, 60.0)}
 */
public final class Baskets {

    static final double STAPLE_SHARE = 0.65;
    static final double SWITCH_BRAND = 0.30;
    static final double COMPLEMENT_CHANCE = 0.6;
    static final double REPLACE_OUT_OF_STOCK = 0.7;
    private static final double PROMOTION_BOOST = 4;
    private static final int MAX_LINES = 150;
    private static final long CLOSE_ENOUGH_CENTS = 5;
    private static final int MAX_MISSES = 8;
    private static final double MIN_POUNDS = 0.25;
    private static final double MAX_POUNDS = 4;

    private final Catalogue catalogue;
    private final ShopDays shopDays;
    private final double[] cumulative;
    private final List<Integer> looseProducts = new ArrayList<>();

    public Baskets(Catalogue catalogue, ShopDays shopDays) {
        this.catalogue = catalogue;
        this.shopDays = shopDays;
        this.cumulative = new double[catalogue.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += catalogue.popularity(i);
            cumulative[i] = sum;
            if (catalogue.product(i).byWeight()) {
                looseProducts.add(i);
            }
        }
    }

    /** A customer's staples: 8 to 15 products of different kinds, drawn by popularity. */
    public int[] staples(SplittableRandom random) {
        int count = 8 + random.nextInt(8);
        Set<String> kinds = new HashSet<>();
        List<Integer> staples = new ArrayList<>();
        for (int tries = 0; staples.size() < count && tries < 1000; tries++) {
            int product = byPopularity(random);
            if (kinds.add(catalogue.product(product).kind())) {
                staples.add(product);
            }
        }
        return staples.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The lines of one order worth about {@code target} dollars, from {@code store} on {@code date}. */
    public List<OrderItem> fill(SplittableRandom random, int[] staples, double unitsPerLine, int store,
            LocalDate date, double target) {
        long targetCents = Math.round(target * 100);
        List<OrderItem> items = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        long total = 0;
        int pending = -1;
        // The brand of each staple is chosen once an order: a substitute replaces a staple in some orders.
        int[] todays = new int[staples.length];
        for (int i = 0; i < staples.length; i++) {
            List<Integer> others = catalogue.substitutes(staples[i]);
            todays[i] = !others.isEmpty() && random.nextDouble() < SWITCH_BRAND
                    ? others.get(random.nextInt(others.size())) : staples[i];
        }
        int misses = 0;
        for (int draws = 0; misses < MAX_MISSES && items.size() < MAX_LINES && draws < 8 * MAX_LINES; draws++) {
            int wanted = pending >= 0 ? pending : nextWanted(random, todays, store, date);
            pending = -1;
            int product = wanted;
            String replaces = null;
            if (shopDays.outOfStock(store, date, wanted)) {
                product = random.nextDouble() < REPLACE_OUT_OF_STOCK
                        ? inStockSubstitute(random, wanted, store, date) : -1;
                replaces = catalogue.product(wanted).id();
            }
            if (product < 0 || kinds.contains(catalogue.product(product).kind())) {
                continue;
            }
            boolean promoted = shopDays.promoted(store, date, product);
            long unit = ShopDays.priceCents(catalogue.product(product).price(), promoted);
            // As many as the customer takes, or as still fit below the target.
            long quantity = Math.min(Math.min(6, 1 + Sampling.poisson(random, unitsPerLine - 1)),
                    (targetCents - total) / unit);
            if (quantity == 0) {
                misses++;
                continue;
            }
            items.add(new OrderItem(catalogue.product(product).id(), quantity, unit / 100.0, promoted, replaces));
            kinds.add(catalogue.product(product).kind());
            total += unit * quantity;
            List<Integer> complements = catalogue.complements(product);
            if (!complements.isEmpty() && random.nextDouble() < COMPLEMENT_CHANCE) {
                pending = complements.get(random.nextInt(complements.size()));
            }
        }
        if (targetCents - total >= CLOSE_ENOUGH_CENTS || items.isEmpty()) {
            OrderItem weighed = byWeight(random, kinds, store, date, Math.max(1, targetCents - total));
            if (weighed != null) {
                items.add(weighed);
            }
        }
        return items;
    }

    private int nextWanted(SplittableRandom random, int[] todays, int store, LocalDate date) {
        if (todays.length > 0 && random.nextDouble() < STAPLE_SHARE) {
            return todays[random.nextInt(todays.length)];
        }
        // Promoted products are PROMOTION_BOOST times as likely: draw by popularity, keep the others 1 in 4.
        while (true) {
            int product = byPopularity(random);
            if (shopDays.promoted(store, date, product) || random.nextDouble() < 1 / PROMOTION_BOOST) {
                return product;
            }
        }
    }

    /** The last line: loose produce, meat, fish or cheese, weighed to what is left of the target. */
    private OrderItem byWeight(SplittableRandom random, Set<String> kinds, int store, LocalDate date,
            long remaining) {
        List<Integer> plausible = new ArrayList<>();
        int priciest = -1;
        for (int product : looseProducts) {
            if (kinds.contains(catalogue.product(product).kind()) || shopDays.outOfStock(store, date, product)) {
                continue;
            }
            double pounds = remaining / (catalogue.product(product).price() * 100);
            if (pounds >= MIN_POUNDS && pounds <= MAX_POUNDS) {
                plausible.add(product);
            }
            if (priciest < 0 || catalogue.product(product).price() > catalogue.product(priciest).price()) {
                priciest = product;
            }
        }
        int product = plausible.isEmpty() ? priciest : plausible.get(random.nextInt(plausible.size()));
        if (product < 0) {
            return null;
        }
        boolean promoted = shopDays.promoted(store, date, product);
        long unit = ShopDays.priceCents(catalogue.product(product).price(), promoted);
        double pounds = Math.max(0.01, Math.round(remaining * 100.0 / unit) / 100.0);
        return new OrderItem(catalogue.product(product).id(), pounds, unit / 100.0, promoted, null);
    }

    private int inStockSubstitute(SplittableRandom random, int wanted, int store, LocalDate date) {
        List<Integer> others = new ArrayList<>(catalogue.substitutes(wanted));
        others.removeIf(other -> shopDays.outOfStock(store, date, other));
        return others.isEmpty() ? -1 : others.get(random.nextInt(others.size()));
    }

    private int byPopularity(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, found >= 0 ? found + 1 : -found - 1);
    }
}
