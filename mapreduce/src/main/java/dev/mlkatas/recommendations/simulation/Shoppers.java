package dev.mlkatas.recommendations.simulation;

import dev.mlkatas.recommendations.Order;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Simulated customers and their orders. Each customer has a few usual products and shops at random besides,
 * the popular products more often (Zipf). A planted complement's second product joins its first one in the
 * same basket most of the time. Of a planted substitute pair a customer buys one per order, the one they
 * prefer mostly and the other when the first is out of stock or for a change, never both in one basket.
 *
 * <p>Example: {@code Shoppers.simulate(Catalog.standard(), 2000, 42)} is about 14,000 orders.
 */
public final class Shoppers {

    private static final double COMPLEMENT_FOLLOWS = 0.7;
    private static final double SUBSTITUTE_IN_BASKET = 0.35;
    private static final double SUBSTITUTE_SWITCH = 0.3;

    private Shoppers() {
    }

    /** The orders of {@code customers} customers, 3 to 10 each, numbered from 1 per customer, from {@code seed}. */
    public static List<Order> simulate(Catalog catalog, int customers, long seed) {
        Random random = new Random(seed);
        // Popularity is not shelf order: which products are the popular ones is drawn from the seed too.
        List<String> products = new ArrayList<>(catalog.products());
        java.util.Collections.shuffle(products, random);
        double[] cumulative = zipf(products.size(), 0.8);
        List<Order> orders = new ArrayList<>();
        for (int c = 1; c <= customers; c++) {
            String customer = "customer-" + c;
            List<String> usual = new ArrayList<>();
            for (int u = 0; u < 4; u++) {
                usual.add(products.get(pick(cumulative, random)));
            }
            boolean[] prefersSecond = new boolean[catalog.substitutes().size()];
            for (int s = 0; s < prefersSecond.length; s++) {
                prefersSecond[s] = random.nextBoolean();
            }
            int count = 3 + random.nextInt(8);
            for (int number = 1; number <= count; number++) {
                Set<String> basket = new LinkedHashSet<>();
                for (String item : usual) {
                    if (random.nextDouble() < 0.5) {
                        basket.add(item);
                    }
                }
                int extra = 2 + random.nextInt(7);
                for (int e = 0; e < extra; e++) {
                    basket.add(products.get(pick(cumulative, random)));
                }
                for (int s = 0; s < prefersSecond.length; s++) {
                    List<String> pair = catalog.substitutes().get(s);
                    basket.removeAll(pair);
                    if (random.nextDouble() < SUBSTITUTE_IN_BASKET) {
                        boolean second = prefersSecond[s] ^ (random.nextDouble() < SUBSTITUTE_SWITCH);
                        basket.add(pair.get(second ? 1 : 0));
                    }
                }
                for (List<String> pair : catalog.complements()) {
                    if (basket.contains(pair.get(0)) && random.nextDouble() < COMPLEMENT_FOLLOWS) {
                        basket.add(pair.get(1));
                    } else if (basket.contains(pair.get(1)) && random.nextDouble() < COMPLEMENT_FOLLOWS / 2) {
                        basket.add(pair.get(0));
                    }
                }
                orders.add(new Order(customer, number, new ArrayList<>(basket)));
            }
        }
        return orders;
    }

    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, Random random) {
        double u = random.nextDouble();
        int index = java.util.Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }
}
