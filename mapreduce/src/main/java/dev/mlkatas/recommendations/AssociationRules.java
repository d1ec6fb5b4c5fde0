package dev.mlkatas.recommendations;

import java.util.List;

/**
 * Task 3: association rules with one-item consequents over the frequent itemsets of any size (Apriori), each
 * with the support, confidence and lift that mlxtend and arules report.
 *
 * <p>Example: in the baskets {@code [milk, bread]}, {@code [milk, bread]}, {@code [milk]}, {@code [eggs]},
 * {@code mine(baskets, 0.5, 0.6, 2)} holds {@code bread ⇒ milk} (support 0.5, confidence 1, lift 4/3) and
 * {@code milk ⇒ bread} (support 0.5, confidence 2/3, lift 4/3).
 */
public final class AssociationRules {

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
        throw new UnsupportedOperationException("Task 3: write mine (see statement.md)");
    }
}
