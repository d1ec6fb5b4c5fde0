package dev.mlkatas.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Task 2: scores of a pair of items from the co-occurrence counts, and the items most related to one item.
 *
 * <p>Example: with 10 baskets, milk in 4, bread in 5 and both in 2, {@code lift(counts, "milk", "bread")} is
 * {@code 2 * 10 / (4 * 5) = 1.0}.
 */
public final class Affinity {

    /** Order of {@link #topRelated}: score, then baskets together, both descending, then the item's name. */
    private static final Comparator<Related> STRONGEST_FIRST = Comparator.comparingDouble(Related::score).reversed()
            .thenComparing(Comparator.comparingLong(Related::together).reversed())
            .thenComparing(Comparator.comparing(Related::item).reversed());

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
        return (double) counts.count(a, b) / counts.baskets();
    }

    /** Confidence of the rule a ⇒ b: {@code n(a,b) / n(a)}; 0 when a was never bought. */
    public static double confidence(CoCounts counts, String a, String b) {
        long antecedent = counts.count(a);
        return antecedent == 0 ? 0 : (double) counts.count(a, b) / antecedent;
    }

    /** Lift of the pair: {@code n(a,b) * N / (n(a) * n(b))}; 0 when either was never bought. */
    public static double lift(CoCounts counts, String a, String b) {
        long na = counts.count(a);
        long nb = counts.count(b);
        if (na == 0 || nb == 0) {
            return 0;
        }
        return (double) counts.count(a, b) * counts.baskets() / ((double) na * nb);
    }

    /** Cosine of the pair, {@code n(a,b) / sqrt(n(a) * n(b))}; 0 when it met in fewer than minCount baskets. */
    public static double cosine(CoCounts counts, String a, String b, long minCount) {
        long together = counts.count(a, b);
        if (together == 0 || together < minCount) {
            return 0;
        }
        return together / Math.sqrt((double) counts.count(a) * counts.count(b));
    }

    /**
     * The at most k items most related to {@code item}: every other item that met it in at least
     * {@code minCount} baskets, by damped cosine, then baskets together (both descending), then name.
     */
    public static List<Related> topRelated(CoCounts counts, String item, int k, long minCount) {
        List<Related> related = new ArrayList<>();
        for (Map.Entry<String, Long> entry : counts.stripe(item).entrySet()) {
            String other = entry.getKey();
            if (!other.equals(item) && entry.getValue() >= minCount) {
                related.add(new Related(other, cosine(counts, item, other, minCount), entry.getValue()));
            }
        }
        related.sort(STRONGEST_FIRST);
        return List.copyOf(related.subList(0, Math.min(k, related.size())));
    }
}
