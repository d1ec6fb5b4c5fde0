package dev.mlkatas.ltv;

import dev.mlkatas.orders.CustomerHistory;
import java.time.LocalDate;

/**
 * Task 1 of the lifetime-value kata: recency, frequency and monetary value from a customer's orders.
 *
 * <p>This is one of the two files you edit ({@code ./kata show ltv} prints the statement,
 * {@code ./kata test ltv} grades it). The lifetime-value job summarises every customer with it before
 * fitting the BG/NBD and Gamma-Gamma models.
 */
public final class Rfm {

    private Rfm() {
    }

    /**
     * Sums up the orders placed on or before {@code calibrationEnd}; later orders are ignored. Orders on the
     * same day are one transaction worth their sum. The first transaction starts the clock: frequency counts
     * the transactions after it, recency is the time from it to the last transaction, age the time from it
     * to {@code calibrationEnd}, and monetary value is the mean of the repeat transactions (0 with none).
     *
     * <p>Example: orders on 2024-01-01 (10.00), 2024-01-15 (20.00 and 5.00) and 2024-01-29 (30.00), summarised
     * at 2024-02-12 in weeks, give {@code RfmSummary(2, 4.0, 6.0, 27.5)}.
     *
     * @param history the customer's orders, oldest first
     * @param calibrationEnd the last day whose orders count
     * @param unit the unit of recency and age: days, or weeks of 7 days (fractions allowed)
     * @return the summary
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the customer has no order on or before {@code calibrationEnd}
     */
    public static RfmSummary summarize(CustomerHistory history, LocalDate calibrationEnd, TimeUnit unit) {
        throw new UnsupportedOperationException(
                "Task 1 is yours: summarise the orders in Rfm.summarize (./kata hint ltv when stuck)");
    }
}
