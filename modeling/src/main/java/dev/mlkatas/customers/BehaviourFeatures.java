package dev.mlkatas.customers;

import dev.mlkatas.orders.CustomerHistory;
import java.util.List;

/**
 * What a customer's orders up to a cutoff day say about them: how recently, how often and how much they
 * order, for how long, how regular their gaps between orders are and whether they are slowing down. Orders
 * after the cutoff are not looked at. A figure that needs more orders than the customer has is {@code NaN}
 * (missing), for the imputer to fill.
 *
 * <p>Example: {@code BehaviourFeatures.at(history, LocalDate.parse("2024-06-30").toEpochDay())}
 */
public final class BehaviourFeatures {

    /** The names of the figures, in the order {@link #at} returns them. */
    public static final List<String> NAMES = List.of(
            "recency_days", "order_days", "orders_per_30_days", "mean_order_value", "total_spend", "tenure_days",
            "gap_mean_days", "gap_sd_days", "gap_trend", "recency_vs_gap", "spend_trend");

    /** How many of the last gaps and orders the trends compare with the customer's whole history. */
    private static final int RECENT = 3;

    private BehaviourFeatures() {
    }

    /** True when the customer had ordered by the cutoff day (days since 1970-01-01). */
    public static boolean hasOrdered(CustomerHistory history, long cutoffDay) {
        return history.size() > 0 && history.epochDay(0) <= cutoffDay;
    }

    /** The day of the customer's last order on or before the cutoff, or -1 when there is none. */
    public static long lastOrderDay(CustomerHistory history, long cutoffDay) {
        long last = -1;
        for (int i = 0; i < history.size() && history.epochDay(i) <= cutoffDay; i++) {
            last = history.epochDay(i);
        }
        return last;
    }

    /** True when the customer ordered in the days {@code (from, to]}. */
    public static boolean orderedBetween(CustomerHistory history, long from, long to) {
        for (int i = 0; i < history.size(); i++) {
            if (history.epochDay(i) > from && history.epochDay(i) <= to) {
                return true;
            }
        }
        return false;
    }

    /** The figures of {@link #NAMES} for orders on or before {@code cutoffDay}; the customer must have one. */
    public static double[] at(CustomerHistory history, long cutoffDay) {
        int orders = 0;
        double spend = 0;
        while (orders < history.size() && history.epochDay(orders) <= cutoffDay) {
            spend += history.amount(orders);
            orders++;
        }
        if (orders == 0) {
            throw new IllegalArgumentException(history.id() + " has no order on or before the cutoff");
        }
        // Gaps between distinct order days: two orders on one day are one visit.
        int[] days = new int[orders];
        int distinct = 0;
        for (int i = 0; i < orders; i++) {
            if (distinct == 0 || history.epochDay(i) != days[distinct - 1]) {
                days[distinct++] = history.epochDay(i);
            }
        }
        int gaps = distinct - 1;
        double gapMean = gaps >= 1 ? (double) (days[distinct - 1] - days[0]) / gaps : Double.NaN;
        double gapSd = Double.NaN;
        if (gaps >= 2) {
            double squares = 0;
            for (int i = 1; i < distinct; i++) {
                double d = days[i] - days[i - 1] - gapMean;
                squares += d * d;
            }
            gapSd = Math.sqrt(squares / (gaps - 1));
        }
        double gapTrend = Double.NaN;
        if (gaps >= 2) {
            int recent = Math.min(RECENT, gaps);
            double recentMean = (double) (days[distinct - 1] - days[distinct - 1 - recent]) / recent;
            gapTrend = gapMean > 0 ? recentMean / gapMean : Double.NaN;
        }
        double spendTrend = Double.NaN;
        if (orders > RECENT && spend > 0) {
            double recentSpend = 0;
            for (int i = orders - RECENT; i < orders; i++) {
                recentSpend += history.amount(i);
            }
            spendTrend = (recentSpend / RECENT) / (spend / orders);
        }
        long recency = cutoffDay - days[distinct - 1];
        long tenure = cutoffDay - days[0];
        return new double[] {
            recency,
            distinct,
            30.0 * distinct / Math.max(tenure, 30),
            spend / orders,
            spend,
            tenure,
            gapMean,
            gapSd,
            gapTrend,
            gapMean > 0 ? recency / gapMean : Double.NaN,
            spendTrend,
        };
    }
}
