package dev.mlkatas.ranking.simulation.shoppers;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a product name as the simulator's hidden truth reads them: lower case, split at anything
 * that is not a letter or a digit ({@code Fish-Shaped} gives {@code fish} and {@code shaped}), each word
 * once, sorted so that a lookup is a binary search.
 *
 * <p>Example: {@code NameWords.of("Wild Atlantic Salmon Fillets")} is {@code [atlantic, fillets, salmon, wild]}.
 */
final class NameWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameWords() {
    }

    static String[] of(String text) {
        return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }

    /**
     * A word and its plurals by {@code s} and {@code es}, the forms {@link #has} looks for: the design
     * {@code fillet} finds {@code Fillets}, {@code tomato} finds {@code Tomatoes}.
     */
    static String[] forms(String word) {
        return new String[] {word, word + "s", word + "es"};
    }

    /** Whether {@code words} hold any of the {@code forms} of a word. */
    static boolean has(String[] words, String[] forms) {
        for (String form : forms) {
            if (Arrays.binarySearch(words, form) >= 0) {
                return true;
            }
        }
        return false;
    }
}
