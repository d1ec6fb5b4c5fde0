package dev.mlkatas.forecasting.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily sales of every store and item over the same run of days, one series each, day 0 being {@code start}.
 * Generated tables also know which days were stock-outs; a table read from a file does not.
 *
 * <p>Example: {@code table.series().get(0).sales()[6]} is what the first store sold of its first item on day 6.
 *
 * @param source what messages and the report call the input
 * @param stockOuts per series, the days the shelf was empty (known only when generated; else null)
 */
public record SalesTable(String source, LocalDate start, int days, List<Series> series, List<boolean[]> stockOuts) {

    /** One store's sales of one item, a value a day. */
    public record Series(String store, String item, double[] sales) {

        public String name() {
            return item + " at " + store;
        }
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    public DayOfWeek dayOfWeek(int day) {
        return date(day).getDayOfWeek();
    }

    /** The stores, in the order first seen. */
    public List<String> stores() {
        return series.stream().map(Series::store).distinct().toList();
    }

    /** The items, in the order first seen. */
    public List<String> items() {
        return series.stream().map(Series::item).distinct().toList();
    }
}
