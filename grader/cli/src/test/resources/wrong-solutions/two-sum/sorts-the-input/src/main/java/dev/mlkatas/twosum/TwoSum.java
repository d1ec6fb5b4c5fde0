package dev.mlkatas.twosum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Sorts the values, then walks two indices inward from both ends. */
public final class TwoSum {

    private TwoSum() {
    }

    public static List<Pair> zeroSumPairs(int[] values) {
        return pairsSummingTo(values, 0);
    }

    public static long countIndexPairs(int[] values, long target) {
        Objects.requireNonNull(values, "values must not be null");
        Arrays.sort(values);
        long pairs = 0;
        int i = 0;
        int j = values.length - 1;
        while (i < j) {
            long sum = (long) values[i] + values[j];
            if (sum < target) {
                i++;
            } else if (sum > target) {
                j--;
            } else if (values[i] == values[j]) {
                long n = j - i + 1;
                pairs += n * (n - 1) / 2;
                break;
            } else {
                int left = i;
                while (values[i] == values[left]) {
                    i++;
                }
                int right = j;
                while (values[j] == values[right]) {
                    j--;
                }
                pairs += (long) (i - left) * (right - j);
            }
        }
        return pairs;
    }

    public static List<Pair> pairsSummingTo(int[] values, long target) {
        Objects.requireNonNull(values, "values must not be null");
        Arrays.sort(values);
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = values.length - 1;
        while (i < j) {
            long sum = (long) values[i] + values[j];
            if (sum < target) {
                i++;
            } else if (sum > target) {
                j--;
            } else {
                pairs.add(new Pair(values[i], values[j]));
                int a = values[i];
                while (i < j && values[i] == a) {
                    i++;
                }
                int b = values[j];
                while (j >= i && values[j] == b) {
                    j--;
                }
            }
        }
        return pairs;
    }
}
