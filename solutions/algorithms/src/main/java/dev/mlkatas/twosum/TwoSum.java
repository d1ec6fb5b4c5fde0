package dev.mlkatas.twosum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reference solution of the two-sum kata: sort a copy, then walk two indices inward from both ends. O(n log n)
 * time, one extra {@code int} per value, the caller's array left alone. Sums are added as {@code long}, so a
 * target no two {@code int}s reach matches nothing. Hashing is the other answer: see {@code benchmarks.md}.
 */
public final class TwoSum {

    private TwoSum() {
    }

    /**
     * Task 1: every distinct pair of values {@code (a, b)} with {@code a <= b} and {@code a + b == 0}.
     *
     * Each pair once, ordered by {@code a}. Example: {@code zeroSumPairs(new int[] {3, -1, 0, 1, -3, 1})} is
     * {@code [(-3, 3), (-1, 1)]}.
     */
    public static List<Pair> zeroSumPairs(int[] values) {
        return pairsSummingTo(values, 0);
    }

    /**
     * Task 2: the number of index pairs {@code i < j} with {@code values[i] + values[j] == target}.
     *
     * Example: {@code countIndexPairs(new int[] {1, 1, -1}, 0)} is {@code 2}.
     */
    public static long countIndexPairs(int[] values, long target) {
        int[] sorted = sortedCopy(values);
        long count = 0;
        int low = 0;
        int high = sorted.length - 1;
        while (low < high) {
            long sum = (long) sorted[low] + sorted[high];
            if (sum < target) {
                low++;
            } else if (sum > target) {
                high--;
            } else if (sorted[low] == sorted[high]) {
                // Everything from low to high is the same value: any two of its copies make a pair.
                long copies = high - low + 1;
                return count + copies * (copies - 1) / 2;
            } else {
                // Two different values: every copy of the one pairs with every copy of the other.
                long lows = 0;
                for (int a = sorted[low]; sorted[low] == a; low++) {
                    lows++;
                }
                long highs = 0;
                for (int b = sorted[high]; sorted[high] == b; high--) {
                    highs++;
                }
                count += lows * highs;
            }
        }
        return count;
    }

    /**
     * Task 3: every distinct pair of values {@code (a, b)} with {@code a <= b} and {@code a + b == target}.
     *
     * Each pair once, ordered by {@code a}. Example: {@code pairsSummingTo(new int[] {1, 5, 3, 7, 4, 4}, 8)} is
     * {@code [(1, 7), (3, 5), (4, 4)]}.
     */
    public static List<Pair> pairsSummingTo(int[] values, long target) {
        int[] sorted = sortedCopy(values);
        List<Pair> pairs = new ArrayList<>();
        int low = 0;
        int high = sorted.length - 1;
        while (low < high) {
            long sum = (long) sorted[low] + sorted[high];
            if (sum < target) {
                low++;
            } else if (sum > target) {
                high--;
            } else {
                // The copies of a pair meet here again one after another: report the pair the first time only.
                if (pairs.isEmpty() || pairs.get(pairs.size() - 1).first() != sorted[low]) {
                    pairs.add(new Pair(sorted[low], sorted[high]));
                }
                low++;
            }
        }
        return pairs;
    }

    private static int[] sortedCopy(int[] values) {
        int[] sorted = Objects.requireNonNull(values, "values must not be null: pass an empty array").clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
