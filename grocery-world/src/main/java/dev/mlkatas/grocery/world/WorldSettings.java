package dev.mlkatas.grocery.world;

import java.time.LocalDate;

/**
 * How large a world to draw and from what: the number of customers and the {@link GroundTruth} (which holds
 * the seed). The period is fixed: 104 weeks from Monday 2 January 2023, customers signing up in the first 78.
 *
 * <p>Example: {@code GroceryWorld.generate(WorldSettings.defaults(7))} draws 20,000 customers with seed 7.
 *
 * @param customers how many customers, at least 1
 * @param truth the planted parameters of the customers' ordering, dropout and spend, and the seed
 */
public record WorldSettings(int customers, GroundTruth truth) {

    /** The number of customers of {@link #defaults}. */
    public static final int DEFAULT_CUSTOMERS = 20_000;
    /** The seed of the katas' default data. */
    public static final long DEFAULT_SEED = 7;
    /** The first day of the period, a Monday. */
    public static final LocalDate START = LocalDate.of(2023, 1, 2);
    /** The length of the period in weeks. */
    public static final int WEEKS = 104;
    /** Customers sign up (place their first order) in the period's first weeks. */
    public static final int SIGNUP_WEEKS = 78;

    public WorldSettings {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be positive, not " + customers);
        }
    }

    /** 20,000 customers with the default truth and this seed. */
    public static WorldSettings defaults(long seed) {
        return of(DEFAULT_CUSTOMERS, seed);
    }

    /** This many customers with the default truth and this seed. */
    public static WorldSettings of(int customers, long seed) {
        return new WorldSettings(customers, GroundTruth.defaults(seed));
    }

    /** The seed every draw of the world starts from. */
    public long seed() {
        return truth.seed();
    }

    /** The day after the period's last day. */
    public LocalDate end() {
        return START.plusWeeks(WEEKS);
    }
}
