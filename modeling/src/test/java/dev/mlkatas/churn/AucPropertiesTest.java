package dev.mlkatas.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import smile.validation.metric.AUC;

/**
 * Auc.of against two oracles, Smile's AUC and a count of every (positive, negative) pair, and the
 * invariants an AUC must keep. Scores are drawn from a handful of values so that ties are everywhere (-0.0
 * and 0.0 are equal scores, so they tie too), and both classes are always present (one positive or one
 * negative included).
 */
@Label("Task 1: AUC properties")
class AucPropertiesTest {

    /** Labels with both classes, and scores with many ties. */
    record Case(int[] labels, double[] scores) {

        @Override
        public String toString() {
            return "labels " + java.util.Arrays.toString(labels) + ", scores " + java.util.Arrays.toString(scores);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(2, 60);
        return sizes.flatMap(n -> Combinators.combine(
                        Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n),
                        Arbitraries.of(-3.0, -0.5, -0.0, 0.0, 0.25, 0.5, 1.0, 7.0, 1e6).array(double[].class).ofSize(n),
                        Arbitraries.integers().between(0, n - 1))
                .as((labels, scores, flip) -> {
                    // Force both classes: the row at flip takes the class the rest may lack.
                    int positives = java.util.Arrays.stream(labels).sum();
                    if (positives == 0) {
                        labels[flip] = 1;
                    } else if (positives == n) {
                        labels[flip] = 0;
                    }
                    return new Case(labels, scores);
                }));
    }

    /**
     * Many rows on a few score levels: {@code positives[l]} and {@code negatives[l]} rows score {@code l},
     * shuffled by {@code seed}. Counts reach 60,000 a class on purpose, so that pairs, wins and rank sums pass
     * 2^31 - 1; the exact AUC comes from the counts.
     */
    record LevelCase(long[] positives, long[] negatives, long seed) {

        @Override
        public String toString() {
            return "positives per level " + java.util.Arrays.toString(positives) + ", negatives per level "
                    + java.util.Arrays.toString(negatives) + ", seed " + seed;
        }
    }

    @Provide
    Arbitrary<LevelCase> largeCases() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(0, 3)),
                Tuple.of(4, Arbitraries.longs().between(40_000, 60_000)));
        return Arbitraries.integers().between(1, 3).flatMap(levels -> Combinators.combine(
                count.array(long[].class).ofSize(levels), count.array(long[].class).ofSize(levels),
                Arbitraries.longs()).as((positives, negatives, seed) -> {
                    // Both classes, always.
                    positives[0] = Math.max(positives[0], 1);
                    negatives[levels - 1] = Math.max(negatives[levels - 1], 1);
                    return new LevelCase(positives, negatives, seed);
                }));
    }

    @Property(tries = 15)
    @Label("counts billions of pairs exactly: wins, pairs and rank sums beyond 2^31 - 1")
    void countsBeyondAnInt(@ForAll("largeCases") LevelCase c) {
        int n = (int) (java.util.Arrays.stream(c.positives()).sum() + java.util.Arrays.stream(c.negatives()).sum());
        int[] labels = new int[n];
        double[] scores = new double[n];
        int row = 0;
        double wins = 0;
        long negativesBelow = 0;
        for (int level = 0; level < c.positives().length; level++) {
            for (long i = 0; i < c.positives()[level]; i++, row++) {
                labels[row] = 1;
                scores[row] = level;
            }
            for (long i = 0; i < c.negatives()[level]; i++, row++) {
                scores[row] = level;
            }
            wins += c.positives()[level] * (negativesBelow + 0.5 * c.negatives()[level]);
            negativesBelow += c.negatives()[level];
        }
        java.util.Random random = new java.util.Random(c.seed());
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int label = labels[i];
            labels[i] = labels[j];
            labels[j] = label;
            double score = scores[i];
            scores[i] = scores[j];
            scores[j] = score;
        }
        double pairs = (double) java.util.Arrays.stream(c.positives()).sum() * negativesBelow;

        assertThat(Auc.of(labels, scores)).isCloseTo(wins / pairs, within(1e-12));
    }

    @Property(tries = 300)
    @Label("equals the share of (positive, negative) pairs ranked right, ties counting half")
    void equalsThePairwiseCount(@ForAll("cases") Case c) {
        assertThat(Auc.of(c.labels(), c.scores())).isCloseTo(pairwise(c.labels(), c.scores()), within(1e-12));
    }

    @Property(tries = 300)
    @Label("agrees with Smile's AUC")
    void agreesWithSmile(@ForAll("cases") Case c) {
        assertThat(Auc.of(c.labels(), c.scores())).isCloseTo(AUC.of(c.labels(), c.scores()), within(1e-9));
    }

    @Property(tries = 200)
    @Label("is unchanged by any strictly increasing transform of the scores")
    void invariantUnderIncreasingTransforms(@ForAll("cases") Case c) {
        double auc = Auc.of(c.labels(), c.scores());
        for (java.util.function.DoubleUnaryOperator transform : List.<java.util.function.DoubleUnaryOperator>of(
                s -> 3 * s + 7, s -> Math.atan(s), s -> Math.cbrt(s) * 1e3, s -> s * s * s + s)) {
            double[] transformed = java.util.Arrays.stream(c.scores()).map(transform).toArray();
            assertThat(Auc.of(c.labels(), transformed)).isCloseTo(auc, within(1e-12));
        }
    }

    @Property(tries = 200)
    @Label("AUC(-s) = 1 - AUC(s)")
    void negatedScoresGiveTheComplement(@ForAll("cases") Case c) {
        double[] negated = java.util.Arrays.stream(c.scores()).map(s -> -s).toArray();
        assertThat(Auc.of(c.labels(), negated)).isCloseTo(1 - Auc.of(c.labels(), c.scores()), within(1e-12));
    }

    @Property(tries = 200)
    @Label("swapping the classes gives the complement")
    void swappedClassesGiveTheComplement(@ForAll("cases") Case c) {
        int[] swapped = java.util.Arrays.stream(c.labels()).map(l -> 1 - l).toArray();
        assertThat(Auc.of(swapped, c.scores())).isCloseTo(1 - Auc.of(c.labels(), c.scores()), within(1e-12));
    }

    @Property(tries = 100)
    @Label("does not depend on the order of the rows")
    void independentOfRowOrder(@ForAll("cases") Case c, @ForAll long seed) {
        int n = c.labels().length;
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] labels = java.util.Arrays.stream(order).map(i -> c.labels()[i]).toArray();
        double[] scores = java.util.Arrays.stream(order).mapToDouble(i -> c.scores()[i]).toArray();
        assertThat(Auc.of(labels, scores)).isCloseTo(Auc.of(c.labels(), c.scores()), within(1e-12));
    }

    /** Every pair, one by one: slow and plainly right. */
    private static double pairwise(int[] labels, double[] scores) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < labels.length; i++) {
            for (int j = 0; j < labels.length; j++) {
                if (labels[i] == 1 && labels[j] == 0) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
