package dev.mlkatas.sparsedense;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reciprocal rank fusion: one ranking from several, using only the ranks. A document at rank {@code r}
 * (from 1) of a ranking earns {@code 1 / (k + r)} from it; the fused ranking orders documents by their
 * total. Ranks need no calibration: a cosine of 0.4 from TF-IDF and 0.4 from LSA do not mean the same, rank
 * 3 does.
 *
 * <p>Example: {@code reciprocalRankFusion(List.of(List.of(7, 2), List.of(2, 9)), 60, 10)} is
 * {@code [2, 7, 9]}: 2 earns 1/62 + 1/61, 7 earns 1/61, 9 earns 1/62.
 *
 * <p>Task 4 of the sparse-dense kata.
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
        Objects.requireNonNull(rankings, "rankings");
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Map<Integer, List<Integer>> ranks = new HashMap<>();
        for (List<Integer> ranking : rankings) {
            Set<Integer> seen = new HashSet<>();
            for (int position = 0; position < ranking.size(); position++) {
                Integer id = Objects.requireNonNull(ranking.get(position), "document id");
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("document " + id + " appears twice in one ranking");
                }
                ranks.computeIfAbsent(id, x -> new ArrayList<>()).add(position + 1);
            }
        }
        Map<Integer, Double> scores = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> entry : ranks.entrySet()) {
            // Floating-point addition is not associative: adding the terms in a fixed order (best rank first)
            // makes the totals of documents with the same ranks equal to the bit, so that they tie.
            double score = 0;
            for (int rank : entry.getValue()) {
                score += 1.0 / (k + rank);
            }
            scores.put(entry.getKey(), score);
        }
        List<Integer> fused = new ArrayList<>(scores.keySet());
        fused.sort(Comparator.comparingDouble((Integer id) -> -scores.get(id))
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(fused.subList(0, Math.min(limit, fused.size())));
    }
}
