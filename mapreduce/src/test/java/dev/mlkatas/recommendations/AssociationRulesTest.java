package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.recommendations.AssociationRules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 3: association rules over frequent itemsets (Apriori)")
class AssociationRulesTest {

    private static final List<List<String>> SMALL = List.of(List.of("milk", "bread"), List.of("bread", "milk"),
            List.of("milk"), List.of("eggs"));

    @Test
    @DisplayName("the statement's example: bread => milk and milk => bread, with mlxtend's numbers")
    void pairRules() {
        List<Rule> rules = AssociationRules.mine(SMALL, 0.5, 0.6, 2);

        assertThat(rules).hasSize(2);
        assertRule(rules.get(0), List.of("bread"), "milk", 2, 0.5, 1.0, 4.0 / 3);
        assertRule(rules.get(1), List.of("milk"), "bread", 2, 0.5, 2.0 / 3, 4.0 / 3);
    }

    @Test
    @DisplayName("an empty basket counts in N: it lowers support and raises lift")
    void emptyBasketsCountInN() {
        List<List<String>> baskets = new ArrayList<>(SMALL);
        baskets.add(List.of());
        List<Rule> rules = AssociationRules.mine(baskets, 0.4, 0.6, 2);

        assertThat(rules).hasSize(2);
        assertRule(rules.get(0), List.of("bread"), "milk", 2, 0.4, 1.0, 5.0 / 3);
        assertRule(rules.get(1), List.of("milk"), "bread", 2, 0.4, 2.0 / 3, 5.0 / 3);
        assertThat(AssociationRules.mine(baskets, 0.5, 0.0, 2)).isEmpty();
    }

    @Test
    @DisplayName("confidence and support thresholds are inclusive")
    void thresholdsAreInclusive() {
        assertThat(AssociationRules.mine(SMALL, 0.5, 2.0 / 3, 2)).hasSize(2);
        assertThat(AssociationRules.mine(SMALL, 0.5, 0.7, 2)).hasSize(1);
        assertThat(AssociationRules.mine(SMALL, 0.51, 0.0, 2)).isEmpty();
    }

    @Test
    @DisplayName("an item twice in a basket counts once; three-item sets give two-item antecedents, sorted")
    void largerItemsets() {
        List<List<String>> baskets = List.of(List.of("c", "a", "b", "a"), List.of("a", "b", "c"), List.of("a", "b"),
                List.of("d"));
        List<Rule> rules = AssociationRules.mine(baskets, 0.5, 0.0, 3);

        Rule abToC = rules.stream().filter(r -> r.consequent().equals("c") && r.antecedent().size() == 2)
                .findFirst().orElseThrow();
        assertRule(abToC, List.of("a", "b"), "c", 2, 0.5, 2.0 / 3, 4.0 / 3);
        assertThat(rules).hasSize(9);
        assertThat(AssociationRules.mine(baskets, 0.5, 0.0, 2)).hasSize(6);
    }

    @Test
    @DisplayName("level by level: 300 items, one basket each, and maxLength 5: only sets of frequent items are counted")
    void countsOnlyCandidatesOfFrequentSets() {
        // Enumerating every set of up to 5 of 300 items is 2e10 sets; Apriori counts 300 items and one pair.
        List<List<String>> baskets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            baskets.add(List.of("item" + i));
        }
        baskets.add(List.of("item0", "item1"));
        baskets.add(List.of("item1", "item0"));

        List<Rule> rules = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> AssociationRules.mine(baskets, 0.005, 0.0, 5));

        assertThat(rules).extracting(Rule::consequent).containsExactly("item1", "item0");
    }

    @Test
    @DisplayName("bad thresholds are refused")
    void refusesBadThresholds() {
        assertThatThrownBy(() -> AssociationRules.mine(SMALL, 0, 0.5, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssociationRules.mine(SMALL, 1.5, 0.5, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssociationRules.mine(SMALL, 0.5, -0.1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssociationRules.mine(SMALL, 0.5, 1.1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssociationRules.mine(SMALL, 0.5, 0.5, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AssociationRules.mine(SMALL, 1.0, 1.0, 2)).isEmpty();
    }

    @Property(tries = 150)
    @Label("the rules are those of brute-force enumeration of every itemset, in the stated order")
    void agreesWithBruteForce(@ForAll("baskets") List<List<String>> baskets,
            @ForAll("supports") double minSupport, @ForAll("confidences") double minConfidence,
            @ForAll @IntRange(min = 2, max = 4) int maxLength) {
        List<Rule> expected = bruteForce(baskets, minSupport, minConfidence, maxLength);
        List<Rule> actual = AssociationRules.mine(baskets, minSupport, minConfidence, maxLength);

        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertRule(actual.get(i), expected.get(i).antecedent(), expected.get(i).consequent(),
                    expected.get(i).count(), expected.get(i).support(), expected.get(i).confidence(),
                    expected.get(i).lift());
        }
    }

    @Provide
    Arbitrary<List<List<String>>> baskets() {
        return Arbitraries.of("a", "b", "c", "d", "e", "f").list().ofMaxSize(5).list().ofMinSize(1).ofMaxSize(14);
    }

    @Provide
    Arbitrary<Double> supports() {
        return Arbitraries.of(0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 1.0);
    }

    @Provide
    Arbitrary<Double> confidences() {
        return Arbitraries.of(0.0, 0.2, 0.5, 0.6, 0.75, 1.0);
    }

    /** Every subset of the items seen, counted against every basket. */
    private static List<Rule> bruteForce(List<List<String>> baskets, double minSupport, double minConfidence,
            int maxLength) {
        List<Set<String>> sets = baskets.stream().<Set<String>>map(HashSet::new).toList();
        List<String> items = new ArrayList<>(new TreeSet<>(baskets.stream().flatMap(List::stream).toList()));
        int n = baskets.size();
        List<Rule> rules = new ArrayList<>();
        for (int mask = 1; mask < 1 << items.size(); mask++) {
            List<String> itemset = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    itemset.add(items.get(i));
                }
            }
            long count = count(sets, itemset);
            if (itemset.size() < 2 || itemset.size() > maxLength || (double) count / n < minSupport) {
                continue;
            }
            for (String consequent : itemset) {
                List<String> antecedent = new ArrayList<>(itemset);
                antecedent.remove(consequent);
                double confidence = (double) count / count(sets, antecedent);
                if (confidence >= minConfidence) {
                    double lift = confidence / ((double) count(sets, List.of(consequent)) / n);
                    rules.add(new Rule(antecedent, consequent, count, (double) count / n, confidence, lift));
                }
            }
        }
        rules.sort(Comparator.comparingDouble(Rule::lift).reversed()
                .thenComparing(Comparator.comparingDouble(Rule::confidence).reversed())
                .thenComparing(Comparator.comparingDouble(Rule::support).reversed())
                .thenComparingInt((Rule r) -> r.antecedent().size())
                .thenComparing(r -> String.join(",", r.antecedent()))
                .thenComparing(Rule::consequent));
        return rules;
    }

    private static long count(List<Set<String>> sets, List<String> itemset) {
        return sets.stream().filter(s -> s.containsAll(itemset)).count();
    }

    private static void assertRule(Rule rule, List<String> antecedent, String consequent, long count, double support,
            double confidence, double lift) {
        assertThat(rule.antecedent()).as("antecedent of %s", rule).containsExactlyElementsOf(antecedent);
        assertThat(rule.consequent()).as("consequent of %s", rule).isEqualTo(consequent);
        assertThat(rule.count()).as("count of %s", rule).isEqualTo(count);
        assertThat(rule.support()).as("support of %s", rule).isCloseTo(support, within(1e-12));
        assertThat(rule.confidence()).as("confidence of %s", rule).isCloseTo(confidence, within(1e-12));
        assertThat(rule.lift()).as("lift of %s", rule).isCloseTo(lift, within(1e-12));
    }
}
