package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.recommendations.Affinity.Related;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 2: support, confidence, lift, damped cosine and the top related items")
class AffinityTest {

    /** 10 baskets: milk in 4, bread in 5, both in 2; eggs in 1, with milk. */
    private static final CoCounts COUNTS = Baskets.count(List.of("milk,bread", "milk,bread", "milk,eggs", "milk",
            "bread", "bread", "bread", "tea", "tea", "coffee"));

    @Test
    @DisplayName("the statement's example: support 0.2, confidence 0.5 and 0.4, lift 1")
    void scoresOfAPair() {
        assertThat(Affinity.support(COUNTS, "milk", "bread")).isEqualTo(0.2);
        assertThat(Affinity.confidence(COUNTS, "milk", "bread")).isEqualTo(0.5);
        assertThat(Affinity.confidence(COUNTS, "bread", "milk")).isEqualTo(0.4);
        assertThat(Affinity.lift(COUNTS, "milk", "bread")).isEqualTo(1.0);
        assertThat(Affinity.lift(COUNTS, "milk", "eggs")).isEqualTo(2.5);
        assertThat(Affinity.cosine(COUNTS, "milk", "bread", 1)).isCloseTo(2 / Math.sqrt(20), within(1e-15));
    }

    @Test
    @DisplayName("a pair met in fewer than minCount baskets has cosine 0; minCount itself is enough")
    void cosineIsDamped() {
        assertThat(Affinity.cosine(COUNTS, "milk", "eggs", 2)).isZero();
        assertThat(Affinity.cosine(COUNTS, "milk", "bread", 2)).isCloseTo(2 / Math.sqrt(20), within(1e-15));
        assertThat(Affinity.cosine(COUNTS, "milk", "bread", 3)).isZero();
        assertThat(Affinity.cosine(COUNTS, "milk", "tea", 0)).isZero();
    }

    @Test
    @DisplayName("an item never bought has confidence and lift 0")
    void unknownItems() {
        assertThat(Affinity.confidence(COUNTS, "caviar", "milk")).isZero();
        assertThat(Affinity.lift(COUNTS, "caviar", "milk")).isZero();
        assertThat(Affinity.lift(COUNTS, "milk", "caviar")).isZero();
        assertThat(Affinity.topRelated(COUNTS, "caviar", 3, 1)).isEmpty();
    }

    @Test
    @DisplayName("top related: by cosine, then baskets together, then name; never the item itself")
    void topRelatedOrder() {
        // a meets b and c in 2 baskets each, d in 1; b, c and d have the same marginals, so b and c tie.
        CoCounts counts = Baskets.count(List.of("a,c,b", "a,b,c", "a,d", "b,d", "c,d", "d,b,c"));

        assertThat(Affinity.topRelated(counts, "a", 5, 1)).extracting(Related::item).containsExactly("b", "c", "d");
        assertThat(Affinity.topRelated(counts, "a", 2, 1)).extracting(Related::item).containsExactly("b", "c");
        assertThat(Affinity.topRelated(counts, "a", 5, 2)).extracting(Related::item).containsExactly("b", "c");
        assertThat(Affinity.topRelated(counts, "a", 5, 1).get(0))
                .isEqualTo(new Related("b", Affinity.cosine(counts, "a", "b", 1), 2));
    }

    @Test
    @DisplayName("equal cosines are ordered by baskets together first")
    void tiesOnCosineGoToTheMoreFrequentPair() {
        // cos(a,b) = 1/sqrt(1*4) = 0.5 and cos(a,c) = 2/sqrt(4*4) = 0.5: c has met a more often.
        CoCounts counts = new CoCounts(10, java.util.Map.of(
                "a", java.util.Map.of("a", 4L, "b", 1L, "c", 2L),
                "b", java.util.Map.of("b", 1L, "a", 1L),
                "c", java.util.Map.of("c", 4L, "a", 2L)));

        assertThat(Affinity.topRelated(counts, "a", 2, 1)).extracting(Related::item).containsExactly("c", "b");
    }

    @Test
    @DisplayName("counts past 2^31 multiply in double: lift and cosine of a shop with billions of baskets")
    void countsPastIntegerRange() {
        // n(a,b) * N and n(a) * n(b) are both above Long.MAX_VALUE: a product in long wraps around.
        long billion = 1_000_000_000L;
        CoCounts counts = new CoCounts(8 * billion, java.util.Map.of(
                "a", java.util.Map.of("a", 4 * billion, "b", 2 * billion),
                "b", java.util.Map.of("b", 5 * billion, "a", 2 * billion)));

        assertThat(Affinity.lift(counts, "a", "b")).isCloseTo(0.8, within(1e-12));
        assertThat(Affinity.support(counts, "a", "b")).isEqualTo(0.25);
        assertThat(Affinity.cosine(counts, "a", "b", 1)).isCloseTo(2 / Math.sqrt(20), within(1e-12));
    }

    @Property(tries = 100)
    @Label("lift, confidence and the cosine do not move when every count is multiplied by up to 10^9")
    void scoresAreFreeOfScale(@ForAll("lines") List<String> lines,
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long factor) {
        CoCounts counts = Baskets.count(lines);
        java.util.Map<String, java.util.Map<String, Long>> scaled = new java.util.HashMap<>();
        counts.stripes().forEach((item, stripe) -> {
            java.util.Map<String, Long> row = new java.util.HashMap<>();
            stripe.forEach((other, n) -> row.put(other, n * factor));
            scaled.put(item, row);
        });
        CoCounts big = new CoCounts(counts.baskets() * factor, scaled);
        for (String a : counts.items()) {
            for (String b : counts.items()) {
                assertThat(Affinity.lift(big, a, b)).isCloseTo(Affinity.lift(counts, a, b), within(1e-9));
                assertThat(Affinity.confidence(big, a, b)).isCloseTo(Affinity.confidence(counts, a, b), within(1e-12));
                assertThat(Affinity.cosine(big, a, b, 1)).isCloseTo(Affinity.cosine(counts, a, b, 1), within(1e-12));
            }
        }
    }

    @Property(tries = 200)
    @Label("lift is symmetric; confidence times the marginal share is the support")
    void liftIsSymmetric(@ForAll("lines") List<String> lines) {
        CoCounts counts = Baskets.count(lines);
        for (String a : counts.items()) {
            for (String b : counts.items()) {
                assertThat(Affinity.lift(counts, a, b)).isCloseTo(Affinity.lift(counts, b, a), within(1e-12));
                assertThat(Affinity.confidence(counts, a, b) * counts.count(a) / counts.baskets())
                        .isCloseTo(Affinity.support(counts, a, b), within(1e-12));
                assertThat(Affinity.lift(counts, a, b)).isCloseTo((double) counts.count(a, b) * counts.baskets()
                        / ((double) counts.count(a) * counts.count(b)), within(1e-12));
            }
        }
    }

    @Property(tries = 200)
    @Label("top related is the first k of every other item met at least minCount times, in the stated order")
    void topRelatedIsTheSortedPrefix(@ForAll("lines") List<String> lines, @ForAll @IntRange(min = 1, max = 4) int k,
            @ForAll @IntRange(min = 1, max = 3) int minCount) {
        CoCounts counts = Baskets.count(lines);
        for (String item : counts.items()) {
            List<Related> all = new ArrayList<>();
            for (String other : counts.items()) {
                long together = counts.count(item, other);
                if (!other.equals(item) && together >= minCount) {
                    double cosine = together / Math.sqrt((double) counts.count(item) * counts.count(other));
                    all.add(new Related(other, cosine, together));
                }
            }
            all.sort(Comparator.comparingDouble(Related::score).reversed()
                    .thenComparing(Comparator.comparingLong(Related::together).reversed())
                    .thenComparing(Related::item));

            assertThat(Affinity.topRelated(counts, item, k, minCount))
                    .containsExactlyElementsOf(all.subList(0, Math.min(k, all.size())));
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Baskets.lines(30);
    }
}
