package dev.mlkatas.sparsedense;

import java.util.List;

/**
 * Reciprocal rank fusion: one ranking from several, using only the ranks. A document at rank {@code r}
 * (from 1) of a ranking earns {@code 1 / (k + r)} from it; the fused ranking orders documents by their
 * total. Ranks need no calibration: a cosine of 0.4 from TF-IDF and 0.4 from LSA do not mean the same, rank
 * 3 does.
 *
 * <p>Example: {@code reciprocalRankFusion(List.of(List.of(7, 2), List.of(2, 9)), 60, 10)} is
 * {@code [2, 7, 9]}: 2 earns 1/62 + 1/61, 7 earns 1/61, 9 earns 1/62.
 *
 * <p>Task 4 of the sparse-dense kata, and a file you edit.
 */
public final class RankFusion {

    private RankFusion() {
    }

    /**
     * The first {@code limit} documents of the fused ranking, best first; documents with the same total (the
     * same ranks, in whichever rankings) in ascending order of id.
     *
     * @param rankings each a list of document ids, best first, without repeats; they may differ in length
     * @param k the damping constant, at least 0: a larger {@code k} flattens the difference between ranks
     *     (60 is the usual choice)
     * @param limit how many documents to return at most, at least 0
     * @throws IllegalArgumentException if a ranking repeats an id, or {@code k} or {@code limit} is negative
     */
    public static List<Integer> reciprocalRankFusion(List<List<Integer>> rankings, int k, int limit) {
        throw new UnsupportedOperationException(
                "Task 4 is yours: replace this line with your solution (./kata hint sparse-dense when stuck)");
    }
}
