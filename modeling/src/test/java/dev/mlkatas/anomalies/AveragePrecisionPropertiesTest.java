package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Average precision against a brute-force oracle that, for each distinct score, counts the flagged rows from
 * scratch; and what AP does not depend on: the order of the rows, and any increasing change of the scores.
 * Smile 3.1.1 has ROC AUC but no average precision, so the oracle is written here.
 */
class AveragePrecisionPropertiesTest {

    /** Labels with at least one 1, and scores that are often tied. */
    record Rows(int[] labels, double[] scores) {}

    @Provide
    Arbitrary<Rows> rows() {
        Arbitrary<Double> tiedScores = Arbitraries.integers().between(0, 6).map(i -> i / 2.0);
        Arbitrary<Double> spreadScores = Arbitraries.doubles().between(-1e6, 1e6);
        Arbitrary<Double> scores = Arbitraries.oneOf(tiedScores, spreadScores);
        return Arbitraries.integers().between(1, 40).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, n - 1),
                scores.list().ofSize(n))
                .as((labels, forced, list) -> {
                    labels[forced] = 1;
                    return new Rows(labels, list.stream().mapToDouble(Double::doubleValue).toArray());
                }));
    }

    /** Σ (R_k − R_{k−1}) P_k over the distinct scores, highest first, each threshold counted from scratch. */
    static double bruteForce(int[] labels, double[] scores) {
        int positives = Arrays.stream(labels).sum();
        TreeSet<Double> thresholds = new TreeSet<>();
        for (double s : scores) {
            thresholds.add(s);
        }
        double ap = 0;
        double previousRecall = 0;
        for (double t : thresholds.descendingSet()) {
            int flagged = 0;
            int caught = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] >= t) {
                    flagged++;
                    caught += labels[i];
                }
            }
            double recall = (double) caught / positives;
            ap += (recall - previousRecall) * caught / flagged;
            previousRecall = recall;
        }
        return ap;
    }

    @Property(tries = 400)
    void agreesWithBruteForce(@ForAll("rows") Rows rows) {
        double ap = AveragePrecision.of(rows.labels(), rows.scores());

        assertThat(ap).isCloseTo(bruteForce(rows.labels(), rows.scores()), within(1e-9));
    }

    @Property(tries = 200)
    void isBetweenTheFraudRateAndOneWhenFraudIsOnTop(@ForAll("rows") Rows rows) {
        int[] labels = rows.labels();
        double[] onTop = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            onTop[i] = labels[i] == 1 ? 10 + i : -i;
        }
        assertThat(AveragePrecision.of(labels, onTop)).isCloseTo(1, within(1e-12));
        assertThat(AveragePrecision.of(labels, rows.scores())).isBetween(0.0, 1.0 + 1e-12);
    }

    @Property(tries = 200)
    void ignoresTheOrderOfRowsAndAnIncreasingChangeOfScores(@ForAll("rows") Rows rows, @ForAll long seed) {
        int n = rows.labels().length;
        Integer[] shuffled = new Integer[n];
        Arrays.setAll(shuffled, i -> i);
        java.util.Collections.shuffle(Arrays.asList(shuffled), new Random(seed));
        int[] labels = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rows.labels()[shuffled[i]];
            // atan keeps the order of the scores (and their ties, at these magnitudes).
            scores[i] = Math.atan(rows.scores()[shuffled[i]] / 1e6) * 3;
        }
        double expected = bruteForce(labels, scores);

        assertThat(AveragePrecision.of(labels, scores)).isCloseTo(expected, within(1e-9));
        assertThat(AveragePrecision.of(rows.labels(), rows.scores())).isCloseTo(bruteForce(rows.labels(),
                rows.scores()), within(1e-9));
    }
}
