package dev.mlkatas.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Task 3: association rules with one-item consequents over the frequent itemsets of any size (Apriori), each
 * with the support, confidence and lift that mlxtend and arules report.
 *
 * <p>Example: in the baskets {@code [milk, bread]}, {@code [milk, bread]}, {@code [milk]}, {@code [eggs]},
 * {@code mine(baskets, 0.5, 0.6, 2)} holds {@code bread ⇒ milk} (support 0.5, confidence 1, lift 4/3) and
 * {@code milk ⇒ bread} (support 0.5, confidence 2/3, lift 4/3).
 */
public final class AssociationRules {

    private static final Comparator<Rule> STRONGEST_FIRST = Comparator.comparingDouble(Rule::lift).reversed()
            .thenComparing(Comparator.comparingDouble(Rule::confidence).reversed())
            .thenComparing(Comparator.comparingDouble(Rule::support).reversed())
            .thenComparingInt((Rule rule) -> rule.antecedent().size())
            .thenComparing(rule -> String.join(",", rule.antecedent()))
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

    /**
     * Every rule from a frequent itemset of 2 to maxLength items whose confidence is at least minConfidence, in
     * the statement's order. An itemset is frequent when {@code (double) n(itemset) / N >= minSupport}, N being
     * the number of baskets given; an item twice in a basket counts once.
     *
     * @throws IllegalArgumentException if minSupport is not in (0, 1], minConfidence not in [0, 1] or maxLength below 2
     */
    public static List<Rule> mine(List<List<String>> baskets, double minSupport, double minConfidence, int maxLength) {
        if (!(minSupport > 0 && minSupport <= 1) || !(minConfidence >= 0 && minConfidence <= 1) || maxLength < 2) {
            throw new IllegalArgumentException("need 0 < minSupport <= 1, 0 <= minConfidence <= 1 and maxLength >= 2,"
                    + " not " + minSupport + ", " + minConfidence + ", " + maxLength);
        }
        List<Set<String>> sets = baskets.stream().<Set<String>>map(HashSet::new).toList();
        int n = baskets.size();
        Map<List<String>, Long> frequent = new HashMap<>();
        List<List<String>> level = new ArrayList<>();
        for (String item : new TreeSet<>(sets.stream().flatMap(Set::stream).toList())) {
            level.add(List.of(item));
        }
        for (int size = 1; size <= maxLength && !level.isEmpty(); size++) {
            List<List<String>> kept = new ArrayList<>();
            for (List<String> candidate : level) {
                long count = sets.stream().filter(set -> set.containsAll(candidate)).count();
                if ((double) count / n >= minSupport) {
                    frequent.put(candidate, count);
                    kept.add(candidate);
                }
            }
            level = nextCandidates(kept, frequent);
        }
        List<Rule> rules = new ArrayList<>();
        frequent.forEach((itemset, count) -> {
            for (int i = 0; itemset.size() >= 2 && i < itemset.size(); i++) {
                List<String> antecedent = new ArrayList<>(itemset);
                String consequent = antecedent.remove(i);
                double confidence = (double) count / frequent.get(antecedent);
                if (confidence >= minConfidence) {
                    double lift = confidence / ((double) frequent.get(List.of(consequent)) / n);
                    rules.add(new Rule(List.copyOf(antecedent), consequent, count, (double) count / n, confidence,
                            lift));
                }
            }
        });
        rules.sort(STRONGEST_FIRST);
        return List.copyOf(rules);
    }

    /** Apriori's join and prune: sorted itemsets one item longer whose every one-smaller subset is frequent. */
    private static List<List<String>> nextCandidates(List<List<String>> kept, Map<List<String>, Long> frequent) {
        List<List<String>> next = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
                List<String> a = kept.get(i);
                List<String> b = kept.get(j);
                int last = a.size() - 1;
                if (!a.subList(0, last).equals(b.subList(0, last))) {
                    continue;
                }
                // The kept itemsets come in lexicographic order, so b's last item sorts after a's.
                List<String> candidate = new ArrayList<>(a);
                candidate.add(b.get(last));
                if (allSubsetsFrequent(candidate, frequent)) {
                    next.add(List.copyOf(candidate));
                }
            }
        }
        return next;
    }

    private static boolean allSubsetsFrequent(List<String> candidate, Map<List<String>, Long> frequent) {
        for (int i = 0; i < candidate.size(); i++) {
            List<String> subset = new ArrayList<>(candidate);
            subset.remove(i);
            if (!frequent.containsKey(subset)) {
                return false;
            }
        }
        return true;
    }
}
