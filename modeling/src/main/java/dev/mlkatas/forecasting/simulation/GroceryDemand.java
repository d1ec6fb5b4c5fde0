package dev.mlkatas.forecasting.simulation;

import dev.mlkatas.forecasting.data.ClosingDays;
import dev.mlkatas.forecasting.data.SalesTable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Simulated daily demand of a small grocery chain, and the sales it turns into. Demand per store and item is
 * a base rate times the store's size, a weekly profile (busy Fridays and Saturdays), a slow yearly wave, a
 * gentle growth, promotion weeks (+50 %), the busy days before the shops close for a holiday, and nothing on
 * the closing days; sales are Poisson around it, and zero on the days the shelf is empty (a stock-out of one
 * to three days), which the table records. Everything follows from the seed.
 *
 * <p>Example: {@code SalesTable table = GroceryDemand.generate(LocalDate.parse("2023-01-02"), 730, 7);}
 */
public final class GroceryDemand {

    /** Items with their mean daily sales in an average store on an average day. */
    static final List<Product> PRODUCTS = List.of(new Product("milk", 42), new Product("bananas", 55),
            new Product("bread", 36), new Product("eggs", 21), new Product("butter", 12), new Product("apples", 27),
            new Product("tomatoes", 18), new Product("cheddar", 9), new Product("yoghurt", 23),
            new Product("coffee", 7), new Product("pasta", 15), new Product("orange juice", 13));
    /** Stores with their size relative to the average. */
    static final List<Store> STORES = List.of(new Store("High Street", 1.0), new Store("Riverside", 0.7),
            new Store("Market Square", 1.3));

    private static final double[] WEEKDAY = {0.85, 0.85, 0.9, 0.95, 1.15, 1.35, 0.95};
    private static final double PROMOTION_WEEKS = 0.06;
    private static final double STOCK_OUT_DAYS = 0.015;

    record Product(String name, double base) {}

    record Store(String name, double size) {}

    private GroceryDemand() {
    }

    /** Every store's sales of every item over {@code days} days from {@code start}. */
    public static SalesTable generate(LocalDate start, int days, long seed) {
        Random random = new Random(seed);
        List<SalesTable.Series> series = new ArrayList<>();
        List<boolean[]> stockOuts = new ArrayList<>();
        for (Store store : STORES) {
            for (Product product : PRODUCTS) {
                double[] sales = new double[days];
                boolean[] empty = new boolean[days];
                boolean[] promoted = promotionDays(days, random);
                double phase = random.nextDouble() * 2 * Math.PI;
                for (int day = 0; day < days; day++) {
                    LocalDate date = start.plusDays(day);
                    double demand = product.base() * store.size() * WEEKDAY[date.getDayOfWeek().getValue() - 1]
                            * (1 + 0.12 * Math.sin(2 * Math.PI * date.getDayOfYear() / 365.25 + phase))
                            * (1 + 0.08 * day / 365.0) * (promoted[day] ? 1.5 : 1)
                            * (ClosingDays.isEve(date) ? 1.6 : 1) * (ClosingDays.isClosed(date) ? 0 : 1);
                    sales[day] = poisson(demand, random);
                }
                for (int day = 0; day < days; day++) {
                    if (random.nextDouble() < STOCK_OUT_DAYS) {
                        int length = 1 + random.nextInt(3);
                        for (int d = day; d < Math.min(days, day + length); d++) {
                            empty[d] = !ClosingDays.isClosed(start.plusDays(d));
                            sales[d] = 0;
                        }
                        day += length;
                    }
                }
                series.add(new SalesTable.Series(store.name(), product.name(), sales));
                stockOuts.add(empty);
            }
        }
        return new SalesTable("simulated sales, seed " + seed, start, days, List.copyOf(series),
                List.copyOf(stockOuts));
    }

    /** Whole weeks, Monday to Sunday, in which the item is on promotion. */
    private static boolean[] promotionDays(int days, Random random) {
        boolean[] promoted = new boolean[days];
        boolean on = false;
        for (int day = 0; day < days; day++) {
            if (day == 0 || day % 7 == 0) {
                on = random.nextDouble() < PROMOTION_WEEKS;
            }
            promoted[day] = on;
        }
        return promoted;
    }

    private static double poisson(double mean, Random random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** The default run: two years from a Monday. */
    public static LocalDate defaultStart() {
        return LocalDate.of(2023, 1, 2).with(DayOfWeek.MONDAY);
    }
}
