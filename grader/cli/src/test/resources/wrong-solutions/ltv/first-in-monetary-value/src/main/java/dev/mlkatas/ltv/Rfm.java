package dev.mlkatas.ltv;

import dev.mlkatas.orders.CustomerHistory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The RFM summary: orders grouped by day, the first day starting the clock. */
public final class Rfm {

    private Rfm() {
    }

    /**
     * Summarises the orders placed on or before {@code calibrationEnd}.
     *
     * @param history the customer's orders
     * @param calibrationEnd the last day of the calibration period
     * @param unit the time unit of recency and age
     * @return the summary
     */
    public static RfmSummary summarize(CustomerHistory history, LocalDate calibrationEnd, TimeUnit unit) {
        Objects.requireNonNull(history, "history must not be null");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        // Day -> that day's total.
        TreeMap<LocalDate, Double> days = new TreeMap<>();
        for (CustomerHistory.Order order : history.orders()) {
            if (order.date().compareTo(calibrationEnd) <= 0) {
                days.merge(order.date(), order.amount(), Double::sum);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("customer " + history.id() + " has no order by " + calibrationEnd);
        }
        long first = days.firstKey().toEpochDay();
        long last = days.lastKey().toEpochDay();
        int frequency = days.size() - 1;
        double total = 0;
        for (Map.Entry<LocalDate, Double> day : days.entrySet()) {
            total += day.getValue();
        }
        double monetary = frequency == 0 ? 0 : total / days.size();
        double unitDays = unit.days();
        return new RfmSummary(frequency, (last - first) / unitDays, (calibrationEnd.toEpochDay() - first) / unitDays,
                monetary);
    }
}
