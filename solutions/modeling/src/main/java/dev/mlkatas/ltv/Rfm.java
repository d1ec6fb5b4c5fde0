package dev.mlkatas.ltv;

import dev.mlkatas.orders.CustomerHistory;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Recency, frequency and monetary value from a customer's orders (reference). One pass over the orders up
 * to the calibration end, adding each day's orders into one transaction.
 */
public final class Rfm {

    private Rfm() {
    }

    /**
     * Sums up the orders placed on or before {@code calibrationEnd}, orders of one day being one transaction.
     *
     * <p>Example: orders on 2024-01-01 (10.00), 2024-01-15 (20.00 and 5.00) and 2024-01-29 (30.00), summarised
     * at 2024-02-12 in weeks, give {@code RfmSummary(2, 4.0, 6.0, 27.5)}.
     *
     * @throws IllegalArgumentException if the customer has no order on or before {@code calibrationEnd}
     */
    public static RfmSummary summarize(CustomerHistory history, LocalDate calibrationEnd, TimeUnit unit) {
        Objects.requireNonNull(history, "history must not be null");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        long end = calibrationEnd.toEpochDay();
        if (history.size() == 0 || history.epochDay(0) > end) {
            throw new IllegalArgumentException(
                    "customer " + history.id() + " has no order on or before " + calibrationEnd);
        }
        long first = history.epochDay(0);
        long last = first;
        int repeats = 0;
        double repeatValue = 0;
        for (int i = 1; i < history.size() && history.epochDay(i) <= end; i++) {
            long day = history.epochDay(i);
            // Orders on the first day belong to the first transaction, which is not a repeat.
            if (day != first) {
                if (day != last) {
                    repeats++;
                }
                repeatValue += history.amount(i);
            }
            last = day;
        }
        double unitDays = unit.days();
        return new RfmSummary(repeats, (last - first) / unitDays, (end - first) / unitDays,
                repeats == 0 ? 0 : repeatValue / repeats);
    }
}
