package dev.mlkatas.forecasting.data;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The public holidays on which the shops close (New Year's Day, Christmas Day, Boxing Day), and the busy days
 * before them. Both are known in advance, so the models may use them as features.
 *
 * <p>Example: {@code ClosingDays.isClosed(LocalDate.parse("2024-12-25"))} is true.
 */
public final class ClosingDays {

    private static final Set<MonthDay> CLOSED = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private ClosingDays() {
    }

    public static boolean isClosed(LocalDate date) {
        return CLOSED.contains(MonthDay.from(date));
    }

    /** One of the two days before a closing day (on which people stock up). */
    public static boolean isEve(LocalDate date) {
        return !isClosed(date) && (isClosed(date.plusDays(1)) || isClosed(date.plusDays(2)));
    }
}
