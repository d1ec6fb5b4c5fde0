package dev.mlkatas.ranking.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The binary metrics of one query's ranked list, beside {@link Ndcg}: reciprocal rank, precision at k and
 * recall at k. An item is <em>relevant</em> when its grade is at least 1 (a click, an add-to-cart or a
 * purchase): a click already says the shopper took the product for an answer, and NDCG is where a purchase
 * weighs more than a click.
 *
 * <p>Like {@link Ndcg}, each metric takes the ranker's scores and treats equal scores as a tie: the value is
 * the expectation over every order of the tied items (McSherry and Najork, 2008), so it never depends on the
 * order of the input, and a ranker that scores everything alike gets the value of a random order rather
 * than whatever order the input happened to have.
 *
 * <p>Example: scores {@code [2, 1, 1]} and grades {@code [0, 1, 0]}: the relevant item shares positions 2
 * and 3 with an irrelevant one, so the reciprocal rank is (1/2 + 1/3) / 2 ≈ 0.417 and precision at 2 is
 * (1/2) / 2 = 0.25.
 *
 * <p>The mean over queries (MRR is the mean reciprocal rank) is the caller's: the evaluation averages per
 * query segment.
 */
public final class RankingMetrics {

    /** The smallest grade that counts as relevant. */
    public static final int RELEVANT = 1;

    private RankingMetrics() {
    }

    /**
     * The reciprocal of the position (from 1) of the first relevant item; 0 when the list holds none.
     *
     * @param scores the ranker's score of every listed item; equal scores tie
     * @param grades the grade of every listed item, in the same order
     */
    public static double reciprocalRank(double[] scores, int[] grades) {
        check(scores, grades);
        int before = 0;
        for (int[] group : tiedGroups(scores)) {
            int size = group.length;
            int relevant = relevantIn(group, grades);
            if (relevant > 0) {
                // The first relevant item of the group is at offset j with probability
                // C(size - j, relevant - 1) / C(size, relevant): none of the first j - 1 is relevant, the j-th is.
                double expected = 0;
                double noneYet = 1;
                for (int j = 1; j <= size - relevant + 1; j++) {
                    double firstHere = noneYet * relevant / (size - j + 1);
                    expected += firstHere / (before + j);
                    noneYet *= (double) (size - relevant - j + 1) / (size - j + 1);
                }
                return expected;
            }
            before += size;
        }
        return 0;
    }

    /**
     * The expected number of relevant items among the first {@code k}, over {@code k}: positions past the end
     * of a shorter list count as not relevant.
     *
     * @throws IllegalArgumentException if {@code k < 1}, or the arrays are not one score and one grade per item
     */
    public static double precisionAt(int k, double[] scores, int[] grades) {
        check(scores, grades);
        checkCutOff(k);
        return relevantInTop(k, scores, grades) / k;
    }

    /**
     * The expected number of relevant items among the first {@code k}, over the number of relevant judged
     * items of the query; 0 when the query has none.
     *
     * @param allJudgedGrades the grade of every judged item of the query, listed or not
     * @throws IllegalArgumentException if {@code k < 1}, the arrays are not one score and one grade per item,
     *     or the list holds more relevant items than were judged
     */
    public static double recallAt(int k, double[] scores, int[] grades, int[] allJudgedGrades) {
        check(scores, grades);
        checkCutOff(k);
        long judged = Arrays.stream(allJudgedGrades).filter(g -> g >= RELEVANT).count();
        long listed = Arrays.stream(grades).filter(g -> g >= RELEVANT).count();
        if (listed > judged) {
            throw new IllegalArgumentException("the list holds " + listed + " relevant items but only " + judged
                    + " were judged relevant: allJudgedGrades must hold every judged item of the query");
        }
        return judged == 0 ? 0 : relevantInTop(k, scores, grades) / judged;
    }

    /** The expected number of relevant items among the first {@code k}, ties in random order. */
    private static double relevantInTop(int k, double[] scores, int[] grades) {
        double expected = 0;
        int before = 0;
        for (int[] group : tiedGroups(scores)) {
            if (before >= k) {
                break;
            }
            int shown = Math.min(group.length, k - before);
            expected += (double) relevantIn(group, grades) * shown / group.length;
            before += group.length;
        }
        return expected;
    }

    /** The item indices grouped by equal score, best group first. */
    private static int[][] tiedGroups(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        return IntStream.range(0, order.length)
                .filter(p -> p == 0 || scores[order[p]] != scores[order[p - 1]])
                .mapToObj(start -> {
                    int end = start + 1;
                    while (end < order.length && scores[order[end]] == scores[order[start]]) {
                        end++;
                    }
                    return Arrays.stream(order, start, end).mapToInt(Integer::intValue).toArray();
                })
                .toArray(int[][]::new);
    }

    private static int relevantIn(int[] group, int[] grades) {
        return (int) Arrays.stream(group).filter(i -> grades[i] >= RELEVANT).count();
    }

    private static void check(double[] scores, int[] grades) {
        if (scores.length != grades.length) {
            throw new IllegalArgumentException(
                    scores.length + " scores but " + grades.length + " grades: one of each per listed item");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("the score of item " + i + " is NaN");
            }
            if (grades[i] < 0) {
                throw new IllegalArgumentException("the grade of item " + i + " is negative: " + grades[i]);
            }
        }
    }

    private static void checkCutOff(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
    }
}
