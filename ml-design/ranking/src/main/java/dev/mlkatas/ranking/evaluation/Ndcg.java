package dev.mlkatas.ranking.evaluation;

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
 * <p>Task 1 of the ranking kata, and a file you edit.
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
        throw new UnsupportedOperationException(
                "Task 1 is yours: replace this line with your solution (./kata hint ranking when stuck)");
    }
}
