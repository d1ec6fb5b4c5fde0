package dev.mlkatas.forecasting.data;

import java.time.LocalDate;

/**
 * The public holidays on which the shops close (New Year's Day, Christmas Day, Boxing Day: the grocery world's,
 * {@link dev.mlkatas.grocery.world.city.ClosingDays}), and the busy days before them. Both are known in advance,
 * so the models may use them as features.
 *
 * <p>Example: {@code ClosingDays.isClosed(LocalDate.parse("2024-12-25"))} is true.
 */
public final class ClosingDays {

    private ClosingDays() {
    }

    public static boolean isClosed(LocalDate date) {
        return dev.mlkatas.grocery.world.city.ClosingDays.isClosed(date);
    }

    /** One of the two days before a closing day (on which people stock up). */
    public static boolean isEve(LocalDate date) {
        return !isClosed(date) && (isClosed(date.plusDays(1)) || isClosed(date.plusDays(2)));
    }
}
