package dev.mlkatas.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Task 2: scores of a pair of items from the co-occurrence counts, and the items most related to one item.
 *
 * <p>Example: with 10 baskets, milk in 4, bread in 5 and both in 2, {@code support(counts, "milk", "bread")} is
 * {@code 0.2}.
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

    public static double support(CoCounts counts, String a, String b) {
        return (double) counts.count(a, b) / counts.baskets();
    }

    public static double confidence(CoCounts counts, String a, String b) {
        long nA = counts.count(a);
        if (nA == 0) {
            return 0;
        }
        return (double) counts.count(a, b) / nA;
    }

    /** Lift: how much more often b comes with a than b's share of all baskets. */
    public static double lift(CoCounts counts, String a, String b) {
        if (counts.count(a) == 0 || counts.count(b) == 0) {
            return 0;
        }
        double share = (double) counts.count(a) / counts.baskets();
        return confidence(counts, a, b) / share;
    }

    public static double cosine(CoCounts counts, String a, String b, long minCount) {
        long together = counts.count(a, b);
        if (together == 0 || together < minCount) {
            return 0;
        }
        return together / Math.sqrt((double) counts.count(a) * (double) counts.count(b));
    }

    public static List<Related> topRelated(CoCounts counts, String item, int k, long minCount) {
        List<Related> candidates = new ArrayList<>();
        for (String other : counts.stripe(item).keySet()) {
            if (other.equals(item)) {
                continue;
            }
            long together = counts.count(item, other);
            if (together >= minCount) {
                candidates.add(new Related(other, cosine(counts, item, other, minCount), together));
            }
        }
        candidates.sort(Comparator.comparingDouble(Related::score).reversed()
                .thenComparing(Related::together, Comparator.reverseOrder())
                .thenComparing(Related::item));
        return candidates.size() > k ? new ArrayList<>(candidates.subList(0, k)) : candidates;
    }
}
