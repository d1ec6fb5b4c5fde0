package dev.mlkatas.twosum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** A set of the values answers "is the partner here?" in constant time; a map of counts answers task 2. */
public final class TwoSum {

    private TwoSum() {
    }

    public static List<Pair> zeroSumPairs(int[] values) {
        return pairsSummingTo(values, 0);
    }

    public static long countIndexPairs(int[] values, long target) {
        Objects.requireNonNull(values, "values must not be null");
        Map<Integer, Long> seen = new HashMap<>();
        long pairs = 0;
        for (int value : values) {
            long partner = target - value;
            if (partner >= Integer.MIN_VALUE && partner <= Integer.MAX_VALUE) {
                pairs += seen.getOrDefault((int) partner, 0L);
            }
            seen.merge(value, 1L, Long::sum);
        }
        return pairs;
    }

    public static List<Pair> pairsSummingTo(int[] values, long target) {
        Objects.requireNonNull(values, "values must not be null");
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int value : values) {
            distinct.add(value);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int a : distinct) {
            long b = target - a;
            if (b >= a && b <= Integer.MAX_VALUE && distinct.contains((int) b)) {
                pairs.add(new Pair(a, (int) b));
            }
        }
        return pairs;
    }
}
