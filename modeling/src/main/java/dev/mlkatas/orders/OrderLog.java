package dev.mlkatas.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every order of a file, one row per order: who, when, how much. Stored column by column, because the
 * benchmark data has two million orders.
 *
 * <p>Example: {@code OrdersCsv.read(Path.of("transactions.csv")).histories()}
 */
public final class OrderLog {

    private final String source;
    private final String[] customerIds;
    private final int[] customer;
    private final int[] day;
    private final double[] amount;

    /**
     * @param source what to call the input in messages, e.g. the file name
     * @param customerIds the distinct customer ids, in order of first appearance
     * @param customer for each order, the index of its customer in {@code customerIds}
     * @param day for each order, its date as days since 1970-01-01
     * @param amount for each order, what it cost
     */
    public OrderLog(String source, String[] customerIds, int[] customer, int[] day, double[] amount) {
        if (customer.length != day.length || day.length != amount.length) {
            throw new IllegalArgumentException("columns of different lengths");
        }
        this.source = source;
        this.customerIds = customerIds;
        this.customer = customer;
        this.day = day;
        this.amount = amount;
    }

    public String source() {
        return source;
    }

    public int orders() {
        return day.length;
    }

    public int customers() {
        return customerIds.length;
    }

    public LocalDate firstDate() {
        return LocalDate.ofEpochDay(Arrays.stream(day).min().orElseThrow());
    }

    public LocalDate lastDate() {
        return LocalDate.ofEpochDay(Arrays.stream(day).max().orElseThrow());
    }

    /** One history per customer, in order of first appearance in the file, each sorted by date. */
    public List<CustomerHistory> histories() {
        int n = customerIds.length;
        int[] start = new int[n + 1];
        for (int c : customer) {
            start[c + 1]++;
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        // Counting sort by customer keeps each customer's orders in file order; then sort each by date.
        int[] next = Arrays.copyOf(start, n);
        long[] keyed = new long[day.length];
        for (int i = 0; i < day.length; i++) {
            keyed[next[customer[i]]++] = ((long) day[i] << 32) | i;
        }
        List<CustomerHistory> histories = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            Arrays.sort(keyed, start[c], start[c + 1]);
            int size = start[c + 1] - start[c];
            int[] days = new int[size];
            double[] amounts = new double[size];
            for (int k = 0; k < size; k++) {
                long key = keyed[start[c] + k];
                days[k] = (int) (key >> 32);
                amounts[k] = amount[(int) key];
            }
            histories.add(CustomerHistory.ofSortedDays(customerIds[c], days, amounts));
        }
        return histories;
    }
}
