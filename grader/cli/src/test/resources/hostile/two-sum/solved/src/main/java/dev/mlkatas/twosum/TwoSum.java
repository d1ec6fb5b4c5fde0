package dev.mlkatas.twosum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

public final class TwoSum {

    // hostile: static

    private TwoSum() {
    }

    private static void before(int[] values) {
        // hostile: before
    }

    public static List<Pair> zeroSumPairs(int[] values) {
        before(values);
        return pairsSummingTo(values, 0);
    }

    public static long countIndexPairs(int[] values, long target) {
        before(values);
        int[] v = sortedCopy(values);
        long count = 0;
        int i = 0;
        int j = v.length - 1;
        while (i < j) {
            long sum = (long) v[i] + v[j];
            if (sum < target) {
                i++;
            } else if (sum > target) {
                j--;
            } else if (v[i] == v[j]) {
                long k = j - i + 1;
                count += k * (k - 1) / 2;
                break;
            } else {
                int a = v[i];
                int b = v[j];
                long copiesOfA = 0;
                long copiesOfB = 0;
                while (v[i] == a) {
                    i++;
                    copiesOfA++;
                }
                while (v[j] == b) {
                    j--;
                    copiesOfB++;
                }
                count += copiesOfA * copiesOfB;
            }
        }
        return count;
    }

    public static List<Pair> pairsSummingTo(int[] values, long target) {
        before(values);
        int[] v = sortedCopy(values);
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = v.length - 1;
        while (i < j) {
            long sum = (long) v[i] + v[j];
            if (sum < target) {
                i++;
            } else if (sum > target) {
                j--;
            } else {
                pairs.add(new Pair(v[i], v[j]));
                if (v[i] == v[j]) {
                    break;
                }
                int a = v[i];
                int b = v[j];
                while (i < j && v[i] == a) {
                    i++;
                }
                while (j > i && v[j] == b) {
                    j--;
                }
            }
        }
        return pairs;
    }

    private static int[] sortedCopy(int[] values) {
        int[] copy = Objects.requireNonNull(values, "values must not be null").clone();
        Arrays.sort(copy);
        return copy;
    }
}
