package dev.mlkatas.ranking.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Normalised discounted cumulative gain at a cut-off, with graded relevance and tied scores handled the
 * tie-aware way (McSherry and Najork, 2008): items with equal scores share the average gain of their group
 * over the positions the group occupies, so the result never depends on the order of the input.
 *
 * <p>Example: scores {@code [0.9, 0.5, 0.5, 0.1]}, grades {@code [1, 3, 0, 0]} and every judged grade of the
 * query {@code [1, 3, 0, 0, 2]} (one item of grade 2 was not retrieved). At {@code k = 3}: the item of
 * grade 1 comes first; the two items scored 0.5 tie for positions 2 and 3 and each counts as the average
 * gain (7 + 0) / 2 = 3.5. DCG = 1 / log2(2) + 3.5 / log2(3) + 3.5 / log2(4) ≈ 4.958; the ideal ranking of
 * the judged grades 3, 2, 1 gives 7 + 3 / log2(3) + 1 / 2 ≈ 9.393; NDCG@3 ≈ 0.528.
 *
 * <p>Task 1 of the ranking kata.
 */
public final class Ndcg {

    private Ndcg() {
    }

    /**
     * NDCG@k of one query's ranked list: the DCG of the list over the DCG of the ideal ranking of every
     * judged item of the query, both cut at {@code k}. An item of grade {@code g} gains {@code 2^g - 1}; the
     * item at position {@code i} (from 1) is discounted by {@code 1 / log2(i + 1)}.
     *
     * @param k the cut-off, at least 1; it may exceed the length of the list
     * @param scores the ranker's score of every listed item: a higher score ranks higher, equal scores tie
     * @param grades the grade of every listed item, in the same order as {@code scores}: 0 for an item that
     *     is not relevant or was never judged
     * @param allJudgedGrades the grade of every judged item of the query, listed or not: the ideal ranking is
     *     built from them, so an item the ranker failed to retrieve still counts against it
     * @return NDCG@k, from 0 to 1; 0 when no judged item is relevant (no ranking can gain anything)
     * @throws IllegalArgumentException if {@code k < 1}, the arrays differ in length, a score is NaN, a grade
     *     is negative, or the list holds more items of some positive grade than {@code allJudgedGrades}
     */
    public static double at(int k, double[] scores, int[] grades, int[] allJudgedGrades) {
        check(k, scores, grades, allJudgedGrades);
        double ideal = idealDcg(k, allJudgedGrades);
        return ideal == 0 ? 0 : tieAwareDcg(k, scores, grades) / ideal;
    }

    private static double tieAwareDcg(int k, double[] scores, int[] grades) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double dcg = 0;
        int start = 0;
        while (start < order.length && start < k) {
            int end = start + 1;
            // == rather than Double.compare: 0.0 and -0.0 are the same score.
            while (end < order.length && scores[order[end]] == scores[order[start]]) {
                end++;
            }
            // Gains are whole numbers, so their sum is exact in any order: the result cannot depend on it.
            double gains = 0;
            for (int p = start; p < end; p++) {
                gains += gain(grades[order[p]]);
            }
            double discounts = 0;
            for (int position = start + 1; position <= Math.min(end, k); position++) {
                discounts += discount(position);
            }
            dcg += gains / (end - start) * discounts;
            start = end;
        }
        return dcg;
    }

    private static double idealDcg(int k, int[] allJudgedGrades) {
        int[] best = allJudgedGrades.clone();
        Arrays.sort(best);
        double dcg = 0;
        for (int position = 1; position <= Math.min(k, best.length); position++) {
            dcg += gain(best[best.length - position]) * discount(position);
        }
        return dcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double discount(int position) {
        return Math.log(2) / Math.log(position + 1.0);
    }

    private static void check(int k, double[] scores, int[] grades, int[] allJudgedGrades) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        if (scores.length != grades.length) {
            throw new IllegalArgumentException(
                    scores.length + " scores but " + grades.length + " grades: one of each per listed item");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("the score of item " + i + " is NaN");
            }
        }
        Map<Integer, Integer> judged = counts(allJudgedGrades, "judged grade");
        counts(grades, "grade").forEach((grade, listed) -> {
            if (grade > 0 && listed > judged.getOrDefault(grade, 0)) {
                throw new IllegalArgumentException("the list holds " + listed + " items of grade " + grade
                        + " but only " + judged.getOrDefault(grade, 0) + " were judged: allJudgedGrades must hold"
                        + " the grade of every judged item of the query, listed or not");
            }
        });
    }

    private static Map<Integer, Integer> counts(int[] grades, String what) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < grades.length; i++) {
            if (grades[i] < 0) {
                throw new IllegalArgumentException(what + " " + i + " is negative: " + grades[i]);
            }
            counts.merge(grades[i], 1, Integer::sum);
        }
        return counts;
    }
}
