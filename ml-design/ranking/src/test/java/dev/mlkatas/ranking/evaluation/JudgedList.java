package dev.mlkatas.ranking.evaluation;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One query's ranked list for the metric properties: a score and a grade per listed item, and the grades of
 * every judged item (the listed ones plus some never retrieved). Scores are small whole numbers, so ties are
 * common, and any increasing affine map of them is exact.
 */
record JudgedList(double[] scores, int[] grades, int[] allJudgedGrades) {

    static Arbitrary<JudgedList> lists() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 4))
                .as((seed, length, unretrieved, distinctScores) -> {
                    Random random = new Random(seed);
                    double[] scores = new double[length];
                    int[] grades = new int[length];
                    int[] judged = new int[length + unretrieved];
                    for (int i = 0; i < length; i++) {
                        scores[i] = random.nextInt(distinctScores);
                        grades[i] = random.nextInt(4);
                        judged[i] = grades[i];
                    }
                    for (int i = length; i < judged.length; i++) {
                        judged[i] = random.nextInt(4);
                    }
                    return new JudgedList(scores, grades, judged);
                });
    }

    /** The same items in the order of {@code permutation}: item {@code i} of the result is item {@code p[i]}. */
    JudgedList permuted(int[] permutation) {
        double[] s = new double[scores.length];
        int[] g = new int[grades.length];
        for (int i = 0; i < permutation.length; i++) {
            s[i] = scores[permutation[i]];
            g[i] = grades[permutation[i]];
        }
        return new JudgedList(s, g, allJudgedGrades);
    }

    @Override
    public String toString() {
        return "scores " + Arrays.toString(scores) + ", grades " + Arrays.toString(grades) + ", judged "
                + Arrays.toString(allJudgedGrades);
    }
}
