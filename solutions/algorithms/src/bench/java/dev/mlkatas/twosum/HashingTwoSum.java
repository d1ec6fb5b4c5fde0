package dev.mlkatas.twosum;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Task 3 by hashing instead of sorting, in two forms the benchmark compares with the reference:
 * <ul>
 *   <li>{@link #pairsWithHashMap}: what most candidates write first, a {@code HashMap} from value to count;
 *       a boxed {@code Integer} key and an entry object per distinct value.</li>
 *   <li>{@link #pairsWithOpenAddressing}: the same idea without boxing, an open-addressing table of value
 *       counts, one {@code long} a slot, at most 70 % full. Expected O(n + d) for d distinct values (plus
 *       sorting the pairs found), but about two random memory accesses per value into a table of 8 bytes per
 *       slot: 128 MB at 10^7 values, far beyond any cache.</li>
 * </ul>
 * Both return what {@link TwoSum#pairsSummingTo} returns, for arrays of up to about 750 million values (the
 * largest table); {@code TwoSumBenchmark} checks that on its input before it measures.
 */
final class HashingTwoSum {

    private HashingTwoSum() {
    }

    static List<Pair> pairsWithHashMap(int[] values, long target) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int value : values) {
            counts.merge(value, 1, Integer::sum);
        }
        return pairs(counts.keySet().stream().mapToInt(Integer::intValue).filter(a -> {
            long b = target - a;
            return a < b ? b <= Integer.MAX_VALUE && counts.containsKey((int) b) : a == b && counts.get(a) > 1;
        }).toArray(), target);
    }

    static List<Pair> pairsWithOpenAddressing(int[] values, long target) {
        ValueCounts counts = ValueCounts.of(values);
        // The smaller value of each pair found; its partner follows from the target.
        int[] firsts = new int[16];
        int found = 0;
        for (int slot = 0; slot < counts.capacity(); slot++) {
            int count = counts.countAt(slot);
            if (count == 0) {
                continue;
            }
            int a = counts.valueAt(slot);
            long b = target - a;
            if ((a < b && b <= Integer.MAX_VALUE && counts.count((int) b) > 0) || (a == b && count > 1)) {
                if (found == firsts.length) {
                    firsts = Arrays.copyOf(firsts, 2 * found);
                }
                firsts[found++] = a;
            }
        }
        return pairs(Arrays.copyOf(firsts, found), target);
    }

    /** The pairs whose smaller values are {@code firsts}, ordered by them. */
    private static List<Pair> pairs(int[] firsts, long target) {
        Arrays.sort(firsts);
        Pair[] pairs = new Pair[firsts.length];
        for (int i = 0; i < firsts.length; i++) {
            pairs[i] = new Pair(firsts[i], (int) (target - firsts[i]));
        }
        return List.of(pairs);
    }

    /**
     * How often each value occurs: an open-addressing table with linear probing. Each slot is one
     * {@code long}, the count in the high half and the value in the low half, so a probe touches one cache
     * line and an empty slot is simply 0 (count 0).
     */
    private static final class ValueCounts {

        private static final long ONE = 1L << 32;
        private static final long VALUE_BITS = 0xFFFF_FFFFL;
        /** Fibonacci hashing: multiply by 2^64 / golden ratio and keep the top bits. */
        private static final long SPREAD = 0x9E37_79B9_7F4A_7C15L;

        private final long[] slots;
        private final int mask;
        private final int shift;

        private ValueCounts(int capacity) {
            slots = new long[capacity];
            mask = capacity - 1;
            shift = Long.numberOfLeadingZeros(capacity) + 1;
        }

        static ValueCounts of(int[] values) {
            // At most 70 % full, so that a probe runs a couple of slots on average.
            long wanted = Math.max(2, (long) values.length * 10 / 7 + 1);
            ValueCounts counts = new ValueCounts((int) (Long.highestOneBit(wanted - 1) << 1));
            for (int value : values) {
                counts.add(value);
            }
            return counts;
        }

        int capacity() {
            return slots.length;
        }

        int countAt(int slot) {
            return (int) (slots[slot] >>> 32);
        }

        int valueAt(int slot) {
            return (int) slots[slot];
        }

        int count(int value) {
            for (int slot = home(value); ; slot = (slot + 1) & mask) {
                long entry = slots[slot];
                if (entry == 0 || (int) entry == value) {
                    return (int) (entry >>> 32);
                }
            }
        }

        private void add(int value) {
            for (int slot = home(value); ; slot = (slot + 1) & mask) {
                long entry = slots[slot];
                if (entry == 0) {
                    slots[slot] = ONE | (value & VALUE_BITS);
                    return;
                }
                if ((int) entry == value) {
                    slots[slot] = entry + ONE;
                    return;
                }
            }
        }

        private int home(int value) {
            return (int) ((value * SPREAD) >>> shift);
        }
    }
}
