package dev.mlkatas.twosum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Counts each value once in a sorted map, then asks the map for each value's partner. */
public final class TwoSum {

    private TwoSum() {
    }

    public static List<Pair> zeroSumPairs(int[] values) {
        return pairsSummingTo(values, 0);
    }

    public static long countIndexPairs(int[] values, long target) {
        TreeMap<Integer, Long> counts = counts(values);
        int sum = (int) target;
        long pairs = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            int a = entry.getKey();
            int b = sum - a;
            if (a < b) {
                pairs += entry.getValue() * counts.getOrDefault(b, 0L);
            } else if (a == b) {
                pairs += entry.getValue() * (entry.getValue() - 1) / 2;
            }
        }
        return pairs;
    }

    public static List<Pair> pairsSummingTo(int[] values, long target) {
        TreeMap<Integer, Long> counts = counts(values);
        int sum = (int) target;
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            int a = entry.getKey();
            int b = sum - a;
            if (a < b && counts.containsKey(b) || a == b && entry.getValue() > 1) {
                pairs.add(new Pair(a, b));
            }
        }
        return pairs;
    }

    private static TreeMap<Integer, Long> counts(int[] values) {
        Objects.requireNonNull(values, "values is null");
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (int value : values) {
            counts.merge(value, 1L, Long::sum);
        }
        return counts;
    }
}
