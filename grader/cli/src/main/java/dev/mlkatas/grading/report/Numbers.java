package dev.mlkatas.grading.report;

import java.util.Locale;

/** Points as reports print them: at most two decimals, no trailing zeros. */
final class Numbers {

    private Numbers() {}

    static String points(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
