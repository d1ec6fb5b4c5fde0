package dev.mlkatas.recommendations;

import java.util.List;

/**
 * Task 2: scores of a pair of items from the co-occurrence counts, and the items most related to one item.
 *
 * <p>Example: with 10 baskets, milk in 4, bread in 5 and both in 2, {@code lift(counts, "milk", "bread")} is
 * {@code 2 * 10 / (4 * 5) = 1.0}.
 */
public final class Affinity {

    private Affinity() {
    }

    /**
     * An item related to another one.
     *
     * @param item the related item
     * @param score the damped cosine of the pair
     * @param together the baskets holding both
     */
    public record Related(String item, double score, long together) {}

    /** Support of the pair: the share of all baskets that hold both, {@code n(a,b) / N}. */
    public static double support(CoCounts counts, String a, String b) {
        throw new UnsupportedOperationException("Task 2: write support (see statement.md)");
    }

    /** Confidence of the rule a ⇒ b: {@code n(a,b) / n(a)}; 0 when a was never bought. */
    public static double confidence(CoCounts counts, String a, String b) {
        throw new UnsupportedOperationException("Task 2: write confidence (see statement.md)");
    }

    /** Lift of the pair: {@code n(a,b) * N / (n(a) * n(b))}; 0 when either was never bought. */
    public static double lift(CoCounts counts, String a, String b) {
        throw new UnsupportedOperationException("Task 2: write lift (see statement.md)");
    }

    /** Cosine of the pair, {@code n(a,b) / sqrt(n(a) * n(b))}; 0 when it met in fewer than minCount baskets. */
    public static double cosine(CoCounts counts, String a, String b, long minCount) {
        throw new UnsupportedOperationException("Task 2: write cosine (see statement.md)");
    }

    /**
     * The at most k items most related to {@code item}: every other item that met it in at least
     * {@code minCount} baskets, by damped cosine, then baskets together (both descending), then name.
     */
    public static List<Related> topRelated(CoCounts counts, String item, int k, long minCount) {
        throw new UnsupportedOperationException("Task 2: write topRelated (see statement.md)");
    }
}
