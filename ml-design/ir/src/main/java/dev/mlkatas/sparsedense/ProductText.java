package dev.mlkatas.sparsedense;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a product name or a query becomes features: lower-cased words, and the character n-grams of each
 * word with {@code #} marking where the word starts and ends.
 *
 * <p>Example: {@code ProductText.features("Wild Salmon", 3)} is {@code [w:wild, w:salmon, c:#wi, c:wil,
 * c:ild, c:ld#, c:#sa, c:sal, c:alm, c:lmo, c:mon, c:on#]}.
 *
 * <p>Words keep letters, digits and a decimal point between digits, so {@code 1.5 l} is two words. The
 * prefixes {@code w:} and {@code c:} keep a word and an n-gram with the same letters apart: the word
 * {@code tea} is not the n-gram {@code tea} of {@code steak}.
 */
public final class ProductText {

    /** The prefix of a word feature. */
    public static final String WORD = "w:";
    /** The prefix of a character n-gram feature. */
    public static final String NGRAM = "c:";

    private ProductText() {
    }

    /**
     * The words of {@code text}, lower-cased, in order: {@code "Northbay Salmon, 2 lb"} → [northbay, salmon, 2, lb].
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean decimalPoint = c == '.' && word.length() > 0 && Character.isDigit(word.charAt(word.length() - 1))
                    && i + 1 < lower.length() && Character.isDigit(lower.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || decimalPoint) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** The word features of {@code text}: {@code w:} and each word. */
    public static List<String> wordFeatures(String text) {
        return words(text).stream().map(w -> WORD + w).toList();
    }

    /**
     * The word features of {@code text} followed by the character n-grams of each word, padded with
     * {@code #} at both ends; a padded word shorter than {@code n} is one n-gram.
     */
    public static List<String> features(String text, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n-gram length must be at least 1, not " + n);
        }
        List<String> words = words(text);
        List<String> features = new ArrayList<>();
        words.forEach(w -> features.add(WORD + w));
        for (String word : words) {
            String padded = "#" + word + "#";
            if (padded.length() <= n) {
                features.add(NGRAM + padded);
                continue;
            }
            for (int i = 0; i + n <= padded.length(); i++) {
                features.add(NGRAM + padded.substring(i, i + n));
            }
        }
        return features;
    }
}
