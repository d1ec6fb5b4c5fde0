package dev.mlkatas.ranking.commands;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rankers the commands know, by the name given on the command line. */
enum RankerChoice {
    BM25("bm25", "BM25 over name, aisle and department"),
    POPULARITY("popularity", "BM25 with popularity: the simple baseline"),
    LTR("ltr", "gradient-boosted trees, LambdaMART, trained with inverse propensity weights");

    final String label;
    final String description;

    RankerChoice(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The ranker named; an error listing the known ones otherwise. */
    static RankerChoice parse(String name) {
        for (RankerChoice choice : values()) {
            if (choice.label.equals(name.toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw new IllegalArgumentException("unknown ranker '" + name + "': the known rankers are "
                + Arrays.stream(values()).map(c -> c.label).collect(Collectors.joining(", ")));
    }
}
