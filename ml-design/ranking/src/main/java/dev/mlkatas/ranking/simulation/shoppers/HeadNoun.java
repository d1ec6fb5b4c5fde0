package dev.mlkatas.ranking.simulation.shoppers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a product name is about: its last word before the pack size, and the word before that. Grocery
 * names put the noun last ({@code Wild Atlantic Salmon Fillets 2 lb}: fillets, after salmon); a
 * {@code with} or {@code in} between words ends the noun phrase ({@code Tuna in Olive Oil}: tuna).
 *
 * <p>Example: {@code HeadNoun.of("Organic Whole Milk Half Gallon")} is {@code (whole, milk)}.
 *
 * @param modifier the word before the noun, or {@code null}
 * @param noun the noun, or {@code null} when the name has no word of letters
 */
record HeadNoun(String modifier, String noun) {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words of pack sizes, which come after the noun. */
    private static final Set<String> UNITS = Set.of(
            "lb", "lbs", "oz", "ct", "pk", "fl", "gal", "qt", "pt", "l", "ml", "kg", "g", "each", "per", "bag",
            "loaf", "half", "gallon", "in", "yd", "sq", "ft", "pc", "count", "pack", "liter", "litre");

    static HeadNoun of(String name) {
        String[] words = Arrays.stream(SEPARATORS.split(name.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
        int end = words.length;
        for (int i = 1; i + 1 < words.length; i++) {
            if ((words[i].equals("with") || words[i].equals("in")) && isWord(words[i - 1]) && isWord(words[i + 1])) {
                end = i;
                break;
            }
        }
        int at = end - 1;
        while (at >= 0 && (!isWord(words[at]) || UNITS.contains(words[at]))) {
            at--;
        }
        if (at < 0) {
            return new HeadNoun(null, null);
        }
        return new HeadNoun(at > 0 && isWord(words[at - 1]) ? words[at - 1] : null, words[at]);
    }

    private static boolean isWord(String word) {
        return word.chars().allMatch(Character::isLetter);
    }
}
