package dev.mlkatas.twosum;

import java.util.List;

/**
 * Two sum: the pairs of values of an array that add up to a target.
 *
 * <p>This is the file you edit: replace the body of each method with your solution, one task at a time.
 * {@code ./kata show two-sum} prints the statement and {@code ./kata test two-sum} grades this file. Sums
 * are exact: add as {@code long}, never as {@code int}.
 */
public final class TwoSum {

    private TwoSum() {
    }

    /**
     * Task 1: every distinct pair of values {@code (a, b)} with {@code a <= b} and {@code a + b == 0}, each
     * pair once, ordered by {@code a} ascending. The array is left as it was.
     *
     * <p>Example: {@code zeroSumPairs(new int[] {3, -1, 0, 1, -3, 1})} is {@code [(-3, 3), (-1, 1)]}.
     *
     * @param values the values, in any order, possibly repeated
     * @return the pairs, smaller value first, ordered by it
     * @throws NullPointerException if {@code values} is null
     */
    public static List<Pair> zeroSumPairs(int[] values) {
        throw new UnsupportedOperationException(
                "Task 1 is yours: replace this line with your solution (./kata hint two-sum when stuck)");
    }

    /**
     * Task 2: the number of index pairs {@code i < j} with {@code values[i] + values[j] == target}, summed
     * exactly. The array is left as it was.
     *
     * <p>Example: {@code countIndexPairs(new int[] {1, 1, -1}, 0)} is {@code 2}.
     *
     * @param values the values, in any order, possibly repeated
     * @param target the sum to look for
     * @return how many index pairs add up to {@code target}
     * @throws NullPointerException if {@code values} is null
     */
    public static long countIndexPairs(int[] values, long target) {
        throw new UnsupportedOperationException(
                "Task 2 is yours: replace this line with your solution (./kata hint two-sum when stuck)");
    }

    /**
     * Task 3: like task 1, for any target: every distinct pair of values {@code (a, b)} with {@code a <= b}
     * and {@code a + b == target} exactly, each pair once, ordered by {@code a} ascending.
     *
     * <p>Example: {@code pairsSummingTo(new int[] {1, 5, 3, 7, 4, 4}, 8)} is {@code [(1, 7), (3, 5), (4, 4)]}.
     *
     * @param values the values, in any order, possibly repeated
     * @param target the sum to look for
     * @return the pairs, smaller value first, ordered by it
     * @throws NullPointerException if {@code values} is null
     */
    public static List<Pair> pairsSummingTo(int[] values, long target) {
        throw new UnsupportedOperationException(
                "Task 3 is yours: replace this line with your solution (./kata hint two-sum when stuck)");
    }
}
