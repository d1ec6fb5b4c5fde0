package dev.mlkatas.twosum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The plainest answer: every index pair i < j, summed as long, pairs kept in a sorted set. */
public final class TwoSum {

    private TwoSum() {
    }

    public static List<Pair> zeroSumPairs(int[] values) {
        return pairsSummingTo(values, 0);
    }

    public static long countIndexPairs(int[] values, long target) {
        Objects.requireNonNull(values, "values must not be null");
        long pairs = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                if ((long) values[i] + values[j] == target) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    public static List<Pair> pairsSummingTo(int[] values, long target) {
        Objects.requireNonNull(values, "values must not be null");
        TreeSet<Pair> pairs = new TreeSet<>(Comparator.comparingInt(Pair::first));
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                if ((long) values[i] + values[j] == target) {
                    pairs.add(new Pair(Math.min(values[i], values[j]), Math.max(values[i], values[j])));
                }
            }
        }
        return new ArrayList<>(pairs);
    }
}
