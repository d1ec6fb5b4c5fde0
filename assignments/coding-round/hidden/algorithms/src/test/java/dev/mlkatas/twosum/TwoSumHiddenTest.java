package dev.mlkatas.twosum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A mentor's hidden tests for two-sum: cases the visible suite does not spell out. Candidates see only
 * whether they pass.
 */
class TwoSumHiddenTest {

    @Test
    void countsPairsOfMinValueForTheirExactSum() {
        int min = Integer.MIN_VALUE;

        assertThat(TwoSum.countIndexPairs(new int[] {min, min, min}, 2L * min)).isEqualTo(3);
    }

    @Test
    void pairsMaxValueWithItselfForTwiceMaxValue() {
        int max = Integer.MAX_VALUE;

        assertThat(TwoSum.pairsSummingTo(new int[] {max, 1, max}, 2L * max)).containsExactly(new Pair(max, max));
    }

    @Test
    void findsPairsInSortedAndReverseSortedInput() {
        int[] sorted = {-9, -4, -4, -1, 0, 1, 4, 9, 9};
        int[] reversed = {9, 9, 4, 1, 0, -1, -4, -4, -9};
        List<Pair> expected = List.of(new Pair(-9, 9), new Pair(-4, 4), new Pair(-1, 1));

        assertThat(TwoSum.zeroSumPairs(sorted)).isEqualTo(expected);
        assertThat(TwoSum.zeroSumPairs(reversed)).isEqualTo(expected);
    }

    @Test
    void agreesWithBruteForceOnSeededRandomArrays() {
        Random random = new Random(20261214L);
        for (int round = 0; round < 300; round++) {
            int[] values = random.ints(random.nextInt(30), -6, 7).toArray();
            long target = random.nextInt(9) - 4;

            assertThat(TwoSum.pairsSummingTo(values, target)).isEqualTo(bruteForcePairs(values, target));
            assertThat(TwoSum.countIndexPairs(values, target)).isEqualTo(bruteForceCount(values, target));
        }
    }

    private static List<Pair> bruteForcePairs(int[] values, long target) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                if ((long) values[i] + values[j] == target) {
                    Pair pair = new Pair(Math.min(values[i], values[j]), Math.max(values[i], values[j]));
                    if (!pairs.contains(pair)) {
                        pairs.add(pair);
                    }
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return pairs;
    }

    private static long bruteForceCount(int[] values, long target) {
        long count = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                if ((long) values[i] + values[j] == target) {
                    count++;
                }
            }
        }
        return count;
    }
}
