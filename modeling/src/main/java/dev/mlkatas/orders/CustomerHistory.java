package dev.mlkatas.orders;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One customer's orders, oldest first: the date and the amount of each. Several orders may share a date.
 *
 * <p>Example: {@code CustomerHistory.of("C1", List.of(new Order(LocalDate.parse("2024-03-01"), 42.5)))}
 */
public final class CustomerHistory {

    /** One order: the day it was placed and what it cost. */
    public record Order(LocalDate date, double amount) {

        public Order {
            Objects.requireNonNull(date, "date");
        }
    }

    private final String id;
    private final int[] days;
    private final double[] amounts;

    private CustomerHistory(String id, int[] days, double[] amounts) {
        this.id = id;
        this.days = days;
        this.amounts = amounts;
    }

    /** The history of {@code orders}, in any order; they are sorted by date (stable for equal dates). */
    public static CustomerHistory of(String id, List<Order> orders) {
        Objects.requireNonNull(id, "id");
        Order[] sorted = orders.toArray(Order[]::new);
        Arrays.sort(sorted, (x, y) -> x.date().compareTo(y.date()));
        int[] days = new int[sorted.length];
        double[] amounts = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            days[i] = Math.toIntExact(sorted[i].date().toEpochDay());
            amounts[i] = sorted[i].amount();
        }
        return new CustomerHistory(id, days, amounts);
    }

    /** A history from days since 1970-01-01 that are already sorted; the arrays are kept, not copied. */
    static CustomerHistory ofSortedDays(String id, int[] days, double[] amounts) {
        return new CustomerHistory(id, days, amounts);
    }

    public String id() {
        return id;
    }

    /** How many orders, counting several orders on one day separately. */
    public int size() {
        return days.length;
    }

    /** The date of order {@code i}; dates never decrease with {@code i}. */
    public LocalDate date(int i) {
        return LocalDate.ofEpochDay(days[i]);
    }

    /** The date of order {@code i} as days since 1970-01-01, for arithmetic on many histories. */
    public int epochDay(int i) {
        return days[i];
    }

    public double amount(int i) {
        return amounts[i];
    }

    /** The orders as records, oldest first. */
    public List<Order> orders() {
        Order[] orders = new Order[days.length];
        for (int i = 0; i < days.length; i++) {
            orders[i] = new Order(date(i), amounts[i]);
        }
        return List.of(orders);
    }

    @Override
    public String toString() {
        return id + " " + orders();
    }
}
