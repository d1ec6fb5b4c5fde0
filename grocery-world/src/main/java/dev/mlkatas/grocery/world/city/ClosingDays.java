package dev.mlkatas.grocery.world.city;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The public holidays on which the city's stores close: New Year's Day, Christmas Day and Boxing Day. Nobody
 * orders on them; the orders that would have fallen there are placed on the last open day before, as people
 * stock up, so the eves are busy ({@code OrderProcess}). Both are known in advance, as a forecast may use them.
 *
 * <p>Example: {@code ClosingDays.lastOpenDay(LocalDate.of(2024, 12, 26))} is 24 December 2024.
 */
public final class ClosingDays {

    private static final Set<MonthDay> CLOSED = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private ClosingDays() {
    }

    /** Whether the stores are closed on {@code date}. */
    public static boolean isClosed(LocalDate date) {
        return CLOSED.contains(MonthDay.from(date));
    }

    /** {@code date} when the stores are open then, else the last day before it on which they are. */
    public static LocalDate lastOpenDay(LocalDate date) {
        LocalDate day = date;
        while (isClosed(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
