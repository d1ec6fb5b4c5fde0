package dev.mlkatas.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Task 3: Apriori, level by level. Single items and pairs are counted in one pass over the baskets each;
 * larger candidates are joined from the frequent sets one smaller and counted against the baskets as sets.
 */
public final class AssociationRules {

    private static final Comparator<Rule> ORDER = Comparator.comparingDouble(Rule::lift).reversed()
            .thenComparing(Comparator.comparingDouble(Rule::confidence).reversed())
            .thenComparing(Comparator.comparingDouble(Rule::support).reversed())
            .thenComparingInt((Rule r) -> r.antecedent().size())
            .thenComparing(r -> String.join(",", r.antecedent()))
            .thenComparing(Rule::consequent);

    private AssociationRules() {
    }

    /**
     * The rule antecedent ⇒ consequent.
     *
     * @param antecedent its items, sorted
     * @param consequent one item, not in the antecedent
     * @param count the baskets holding the antecedent and the consequent
     * @param support {@code count / N}
     * @param confidence {@code count / n(antecedent)}
     * @param lift {@code confidence / (n(consequent) / N)}
     */
    public record Rule(List<String> antecedent, String consequent, long count, double support, double confidence,
            double lift) {}

    public static List<Rule> mine(List<List<String>> baskets, double minSupport, double minConfidence, int maxLength) {
        if (minSupport <= 0 || minSupport > 1 || Double.isNaN(minSupport)) {
            throw new IllegalArgumentException("minSupport must be in (0, 1], not " + minSupport);
        }
        if (minConfidence < 0 || minConfidence > 1 || Double.isNaN(minConfidence)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1], not " + minConfidence);
        }
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2, not " + maxLength);
        }
        int n = baskets.size();
        List<Set<String>> sets = new ArrayList<>();
        for (List<String> basket : baskets) {
            sets.add(new LinkedHashSet<>(basket));
        }

        Map<List<String>, Long> counts = new HashMap<>();
        Map<String, Long> singles = new TreeMap<>();
        for (Set<String> basket : sets) {
            for (String item : basket) {
                singles.merge(item, 1L, Long::sum);
            }
        }
        List<List<String>> frequent = new ArrayList<>();
        for (Map.Entry<String, Long> entry : singles.entrySet()) {
            if ((double) entry.getValue() / n >= minSupport) {
                List<String> single = List.of(entry.getKey());
                counts.put(single, entry.getValue());
                frequent.add(single);
            }
        }

        // Pairs in one pass: every two frequent items of a basket, under the sorted pair as key.
        Map<List<String>, Long> pairs = new TreeMap<>(Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1)));
        for (Set<String> basket : sets) {
            for (String a : basket) {
                for (String b : basket) {
                    if (a.equals(b) || !counts.containsKey(List.of(a)) || !counts.containsKey(List.of(b))) {
                        continue;
                    }
                    List<String> pair = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
                    pairs.merge(pair, 1L, Long::sum);
                }
            }
        }
        frequent = new ArrayList<>();
        for (Map.Entry<List<String>, Long> entry : pairs.entrySet()) {
            if ((double) entry.getValue() / n >= minSupport) {
                counts.put(entry.getKey(), entry.getValue());
                frequent.add(entry.getKey());
            }
        }

        for (int size = 3; size <= maxLength && !frequent.isEmpty(); size++) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> candidate : join(frequent, counts)) {
                long count = 0;
                for (Set<String> basket : sets) {
                    if (basket.containsAll(candidate)) {
                        count++;
                    }
                }
                if ((double) count / n >= minSupport) {
                    counts.put(candidate, count);
                    next.add(candidate);
                }
            }
            frequent = next;
        }

        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<List<String>, Long> entry : counts.entrySet()) {
            List<String> itemset = entry.getKey();
            if (itemset.size() < 2) {
                continue;
            }
            long count = entry.getValue();
            for (String consequent : itemset) {
                List<String> antecedent = new ArrayList<>(itemset);
                antecedent.remove(consequent);
                double confidence = (double) count / counts.get(antecedent);
                if (confidence >= minConfidence) {
                    double lift = confidence / ((double) counts.get(List.of(consequent)) / n);
                    rules.add(new Rule(List.copyOf(antecedent), consequent, count, (double) count / n, confidence,
                            lift));
                }
            }
        }
        rules.sort(ORDER);
        return rules;
    }

    /** Sorted sets one longer: two frequent sets sharing all but their last item, every subset frequent. */
    private static List<List<String>> join(List<List<String>> frequent, Map<List<String>, Long> counts) {
        List<List<String>> sorted = new ArrayList<>(frequent);
        sorted.sort(Comparator.comparing(set -> String.join("\u0000", set)));
        List<List<String>> candidates = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                List<String> a = sorted.get(i);
                List<String> b = sorted.get(j);
                int k = a.size();
                if (!a.subList(0, k - 1).equals(b.subList(0, k - 1))) {
                    continue;
                }
                List<String> candidate = new ArrayList<>(a);
                candidate.add(b.get(k - 1));
                boolean prunable = false;
                for (int drop = 0; drop < candidate.size() && !prunable; drop++) {
                    List<String> subset = new ArrayList<>(candidate);
                    subset.remove(drop);
                    prunable = !counts.containsKey(subset);
                }
                if (!prunable) {
                    candidates.add(List.copyOf(candidate));
                }
            }
        }
        return candidates;
    }
}
