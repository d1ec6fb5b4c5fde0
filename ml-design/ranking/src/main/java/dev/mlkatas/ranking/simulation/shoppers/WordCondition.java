package dev.mlkatas.ranking.simulation.shoppers;

import java.util.ArrayList;
import java.util.List;

/**
 * What a product's name must say to earn a grade, written as words separated by spaces: every word must
 * be in the name, {@code a|b} means either, and {@code !a} means not this word ({@code !a|b}: neither).
 * Words match with their plurals (see {@link NameWords#forms}); the empty condition holds for every name.
 *
 * <p>Example: {@code WordCondition.parse("smoked salmon|lox !pate")} holds for {@code Cold Smoked Salmon}
 * and {@code Smoked Nova Lox}, not for {@code Salmon Fillets} nor {@code Smoked Salmon Pate}.
 */
final class WordCondition {

    /** The condition every name meets. */
    static final WordCondition ANY = parse("");

    private final String text;
    // Per clause, per word, the word's forms (see NameWords.forms).
    private final List<String[][]> required = new ArrayList<>();
    private final List<String[][]> excluded = new ArrayList<>();

    private WordCondition(String text) {
        this.text = text;
    }

    static WordCondition parse(String text) {
        WordCondition condition = new WordCondition(text.strip());
        for (String clause : condition.text.split("\\s+")) {
            if (clause.isEmpty()) {
                continue;
            }
            boolean negated = clause.startsWith("!");
            String[] words = (negated ? clause.substring(1) : clause).split("\\|");
            for (String word : words) {
                if (word.isEmpty() || !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                    throw new IllegalArgumentException("word condition '" + text + "': '" + clause
                            + "' needs lower-case words between the bars");
                }
            }
            String[][] forms = new String[words.length][];
            for (int w = 0; w < words.length; w++) {
                forms[w] = NameWords.forms(words[w]);
            }
            (negated ? condition.excluded : condition.required).add(forms);
        }
        return condition;
    }

    /** Whether a name with these words (from {@link NameWords#of}) meets the condition. */
    boolean test(String[] words) {
        for (String[][] either : required) {
            if (!hasAny(words, either)) {
                return false;
            }
        }
        for (String[][] neither : excluded) {
            if (hasAny(words, neither)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAny(String[] words, String[][] wanted) {
        for (String[] word : wanted) {
            if (NameWords.has(words, word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
