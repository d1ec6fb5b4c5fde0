package dev.mlkatas.ltv;

import java.util.Locale;

/**
 * The unit the lifetime-value models count time in: a day or a week. Parameters such as the BG/NBD alpha
 * are in this unit, so the same data fitted in weeks has an alpha 7 times smaller than in days.
 *
 * <p>Example: {@code TimeUnit.WEEKS.days()} is {@code 7}.
 */
public enum TimeUnit {
    DAYS(1),
    WEEKS(7);

    private final int days;

    TimeUnit(int days) {
        this.days = days;
    }

    /** How many days one unit lasts. */
    public int days() {
        return days;
    }

    /** {@code days} or {@code weeks}, any case; null for anything else. */
    public static TimeUnit parse(String text) {
        for (TimeUnit unit : values()) {
            if (unit.name().equalsIgnoreCase(text)) {
                return unit;
            }
        }
        return null;
    }

    /** The name as the command line spells it: {@code days} or {@code weeks}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
