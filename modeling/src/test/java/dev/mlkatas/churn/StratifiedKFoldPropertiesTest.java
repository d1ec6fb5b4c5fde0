package dev.mlkatas.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The promises of a stratified split, on labels built to be awkward: a class rarer than k, a single
 * class, several classes, k equal to the number of rows, rows already sorted by class.
 */
@Label("Task 2: stratified k-fold properties")
class StratifiedKFoldPropertiesTest {

    record Case(int[] labels, int k, long seed) {

        @Override
        public String toString() {
            return "k " + k + ", seed " + seed + ", labels " + Arrays.toString(labels);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<int[]> labels = Arbitraries.oneOf(
                // Two classes, the positive one often rare.
                Arbitraries.integers().between(1, 300).flatMap(n -> Arbitraries.doubles().between(0, 0.5)
                        .flatMap(rate -> Arbitraries.randomValue(random -> {
                            int[] values = new int[n];
                            for (int i = 0; i < n; i++) {
                                values[i] = random.nextDouble() < rate ? 1 : 0;
                            }
                            return values;
                        }))),
                // Several classes, any int values.
                Arbitraries.of(-7, 0, 3, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE).array(int[].class).ofMinSize(1).ofMaxSize(120),
                // Sorted by class, as files often are.
                Arbitraries.integers().between(0, 1).array(int[].class).ofMinSize(1).ofMaxSize(200)
                        .map(values -> {
                            int[] sorted = values.clone();
                            Arrays.sort(sorted);
                            return sorted;
                        }));
        return labels.filter(values -> values.length >= 2).flatMap(values -> Combinators.combine(
                Arbitraries.oneOf(Arbitraries.integers().between(2, Math.min(10, values.length)),
                        Arbitraries.just(values.length)),
                Arbitraries.longs()).as((k, seed) -> new Case(values, k, seed)));
    }

    @Property(tries = 300)
    @Label("the folds partition the rows: every row in exactly one fold, each fold sorted")
    void partitionsTheRows(@ForAll("cases") Case c) {
        int[][] folds = StratifiedKFold.split(c.labels(), c.k(), c.seed());

        assertThat(folds).hasNumberOfRows(c.k());
        int[] all = Arrays.stream(folds).flatMapToInt(Arrays::stream).sorted().toArray();
        assertThat(all).containsExactly(java.util.stream.IntStream.range(0, c.labels().length).toArray());
        for (int[] fold : folds) {
            assertThat(fold).isSorted();
        }
    }

    @Property(tries = 300)
    @Label("every fold holds each class within one row of its share, count / k")
    void keepsTheClassRatioWithinOneRow(@ForAll("cases") Case c) {
        int[][] folds = StratifiedKFold.split(c.labels(), c.k(), c.seed());
        Map<Integer, Integer> totals = counts(c.labels(), java.util.stream.IntStream.range(0, c.labels().length).toArray());

        for (int[] fold : folds) {
            Map<Integer, Integer> inFold = counts(c.labels(), fold);
            totals.forEach((label, total) -> assertThat((double) inFold.getOrDefault(label, 0))
                    .as("rows of class %d in a fold, of %d over %d folds", label, total, c.k())
                    .isBetween(Math.floor((double) total / c.k()), Math.ceil((double) total / c.k())));
        }
    }

    @Property(tries = 300)
    @Label("the folds' sizes differ by at most one row")
    void foldsAreEvenlySized(@ForAll("cases") Case c) {
        int[][] folds = StratifiedKFold.split(c.labels(), c.k(), c.seed());

        int smallest = Arrays.stream(folds).mapToInt(fold -> fold.length).min().orElseThrow();
        int largest = Arrays.stream(folds).mapToInt(fold -> fold.length).max().orElseThrow();
        assertThat(largest - smallest).isLessThanOrEqualTo(1);
    }

    @Property(tries = 100)
    @Label("the same seed gives the same folds")
    void deterministic(@ForAll("cases") Case c) {
        assertThat(StratifiedKFold.split(c.labels(), c.k(), c.seed()))
                .isDeepEqualTo(StratifiedKFold.split(c.labels().clone(), c.k(), c.seed()));
    }

    private static Map<Integer, Integer> counts(int[] labels, int[] rows) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int row : rows) {
            counts.merge(labels[row], 1, Integer::sum);
        }
        return counts;
    }
}
