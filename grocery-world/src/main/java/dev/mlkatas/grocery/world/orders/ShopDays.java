package dev.mlkatas.grocery.world.orders;

import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.draws.Seeds;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Promotions and stock-outs, per store and day, drawn from the seed without a stream: each is a coin that
 * depends only on the seed, the store, the week or the day, and the product, so that they can be asked
 * about in any order. A promotion lasts a store's week (Monday to Sunday) and takes 20 % off; 4 % of the
 * products are on promotion in a store's week. 2 % of the products are out of stock in a store on a weekday,
 * 4 % on Saturdays and Sundays, when the shelves empty faster.
 *
 * <p>Example: {@code new ShopDays(7).outOfStock(0, LocalDate.of(2023, 3, 4), 12)}
 */
public final class ShopDays {

    /** The share of the shelf price paid for a promoted product. */
    public static final double PROMOTION_PRICE = 0.8;
    static final double PROMOTED_SHARE = 0.04;
    static final double STOCK_OUT_WEEKDAY = 0.02;
    static final double STOCK_OUT_WEEKEND = 0.04;

    private final long seed;

    public ShopDays(long seed) {
        this.seed = seed;
    }

    /** Whether the product is on promotion in the store in the week of {@code date}. */
    public boolean promoted(int store, LocalDate date, int product) {
        return Seeds.uniform(seed, Seeds.PROMOTIONS, store, week(date), product) < PROMOTED_SHARE;
    }

    /** Whether the product is out of stock in the store on {@code date}. */
    public boolean outOfStock(int store, LocalDate date, int product) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        long day = ChronoUnit.DAYS.between(WorldSettings.START, date);
        return Seeds.uniform(seed, Seeds.STOCK_OUTS, store, day, product)
                < (weekend ? STOCK_OUT_WEEKEND : STOCK_OUT_WEEKDAY);
    }

    /** The price paid for one of a product with this shelf price, on promotion or not, in cents. */
    public static long priceCents(double shelfPrice, boolean promoted) {
        long cents = Math.round(shelfPrice * 100);
        return promoted ? Math.round(cents * PROMOTION_PRICE) : cents;
    }

    private static long week(LocalDate date) {
        return Math.floorDiv(ChronoUnit.DAYS.between(WorldSettings.START, date), 7);
    }
}
