package dev.mlkatas.twosum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** How often each value occurs, in a sorted map; each value meets its partner in the map. */
public final class TwoSum {

    private TwoSum() {
    }

    public static List<Pair> zeroSumPairs(int[] values) {
        return pairsSummingTo(values, 0);
    }

    public static long countIndexPairs(int[] values, long target) {
        TreeMap<Integer, Integer> copies = copies(values);
        long pairs = 0;
        for (Map.Entry<Integer, Integer> entry : copies.entrySet()) {
            long partner = target - entry.getKey();
            int n = entry.getValue();
            if (partner == entry.getKey()) {
                pairs += n * (n - 1) / 2;
            } else if (partner > entry.getKey() && partner <= Integer.MAX_VALUE) {
                pairs += n * copies.getOrDefault((int) partner, 0);
            }
        }
        return pairs;
    }

    public static List<Pair> pairsSummingTo(int[] values, long target) {
        TreeMap<Integer, Integer> copies = copies(values);
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<Integer, Integer> entry : copies.entrySet()) {
            long partner = target - entry.getKey();
            boolean enough = partner == entry.getKey() ? entry.getValue() > 1
                    : partner > entry.getKey() && partner <= Integer.MAX_VALUE && copies.containsKey((int) partner);
            if (enough) {
                pairs.add(new Pair(entry.getKey(), (int) partner));
            }
        }
        return pairs;
    }

    private static TreeMap<Integer, Integer> copies(int[] values) {
        Objects.requireNonNull(values, "values must not be null");
        TreeMap<Integer, Integer> copies = new TreeMap<>();
        for (int value : values) {
            copies.merge(value, 1, Integer::sum);
        }
        return copies;
    }
}
