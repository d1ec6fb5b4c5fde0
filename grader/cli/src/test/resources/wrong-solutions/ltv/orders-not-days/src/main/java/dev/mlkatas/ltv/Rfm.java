package dev.mlkatas.ltv;

import dev.mlkatas.orders.CustomerHistory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Recency, frequency and monetary value of one customer's orders up to the calibration end. */
public final class Rfm {

    private Rfm() {
    }

    /**
     * The RFM summary of the orders on or before {@code calibrationEnd}.
     *
     * @param history the customer's orders, oldest first
     * @param calibrationEnd the last day that counts
     * @param unit days or weeks
     * @return (x, t_x, T, m)
     */
    public static RfmSummary summarize(CustomerHistory history, LocalDate calibrationEnd, TimeUnit unit) {
        Objects.requireNonNull(history, "history is null");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd is null");
        Objects.requireNonNull(unit, "unit is null");
        List<CustomerHistory.Order> orders = new ArrayList<>();
        for (CustomerHistory.Order order : history.orders()) {
            if (!order.date().isAfter(calibrationEnd)) {
                orders.add(order);
            }
        }
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("no order on or before " + calibrationEnd);
        }
        LocalDate first = orders.get(0).date();
        LocalDate last = orders.get(orders.size() - 1).date();
        int repeats = orders.size() - 1;
        double spent = 0;
        for (int i = 1; i < orders.size(); i++) {
            spent += orders.get(i).amount();
        }
        double recency = ChronoUnit.DAYS.between(first, last) / (double) unit.days();
        double age = ChronoUnit.DAYS.between(first, calibrationEnd) / (double) unit.days();
        return new RfmSummary(repeats, recency, age, repeats == 0 ? 0 : spent / repeats);
    }
}
