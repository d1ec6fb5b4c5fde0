package dev.mlkatas.twosum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A million values: an O(n log n) or expected O(n) solution answers in well under a second, a quadratic one
 * needs minutes. {@link CostBudget} runs each call in a thread of its own and stops it after 10 seconds; the
 * five calls share 20 seconds, so that a quadratic solution fails two of them in full and the rest at once.
 */
@DisplayName("A million values, in seconds")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeInputTest {

    private static final Duration BUDGET = Duration.ofSeconds(10);

    private final CostBudget costs = CostBudget.sharing(Duration.ofSeconds(20));

    private static final int SIZE = 1_000_000;
    /** Values of the narrow arrays lie in [-SPREAD, SPREAD]: every one repeats about 500 times. */
    private static final int SPREAD = 1_000;

    @Test
    @DisplayName("zeroSumPairs finds the pairs planted among a million values, and nothing else")
    void zeroSumPairsFindsPlantedPairs() throws Exception {
        Random random = new Random(611_2024L);
        // Magnitudes of the planted pairs are multiples of 4; no other value has its negation present.
        TreeSet<Integer> magnitudes = new TreeSet<>();
        while (magnitudes.size() < 1_000) {
            magnitudes.add(4 * (1 + random.nextInt(1 << 28)));
        }
        int[] values = new int[SIZE];
        int filled = 0;
        for (int magnitude : magnitudes) {
            filled = repeat(values, filled, magnitude, 1 + random.nextInt(3));
            filled = repeat(values, filled, -magnitude, 1 + random.nextInt(3));
        }
        filled = repeat(values, filled, -Integer.MAX_VALUE, 1);
        filled = repeat(values, filled, Integer.MAX_VALUE, 2);
        filled = repeat(values, filled, Integer.MIN_VALUE, 5);
        filled = repeat(values, filled, 0, 3);
        while (filled < SIZE) {
            // Odd positives below MAX_VALUE, and negatives that are 2 more than a multiple of 4.
            values[filled++] = random.nextBoolean() ? 2 * random.nextInt((1 << 30) - 1) + 1
                    : -(4 * random.nextInt(1 << 29) + 2);
        }
        shuffle(values, random);

        List<Pair> expected = new ArrayList<>();
        expected.add(new Pair(-Integer.MAX_VALUE, Integer.MAX_VALUE));
        for (int magnitude : magnitudes.descendingSet()) {
            expected.add(new Pair(-magnitude, magnitude));
        }
        expected.add(new Pair(0, 0));

        assertSamePairs(costs.within(BUDGET, () -> TwoSum.zeroSumPairs(values)), expected);
    }

    @Test
    @DisplayName("countIndexPairs counts the 499999500000 pairs of a million zeros")
    void countIndexPairsCountsAMillionZeros() throws Exception {
        long pairs = costs.within(BUDGET, () -> TwoSum.countIndexPairs(new int[SIZE], 0));

        assertThat(pairs).isEqualTo(499_999_500_000L);
    }

    @Test
    @DisplayName("countIndexPairs counts the 250000000000 pairs of half a million 3s and half a million -3s")
    void countIndexPairsMultipliesCopiesInLong() throws Exception {
        int[] values = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[i] = i % 2 == 0 ? 3 : -3;
        }

        assertThat(costs.within(BUDGET, () -> TwoSum.countIndexPairs(values, 0))).isEqualTo(250_000_000_000L);
    }

    @Test
    @DisplayName("countIndexPairs counts the pairs of a million heavily repeated values")
    void countIndexPairsCountsRepeatedValues() throws Exception {
        int[] values = narrowValues(new Random(8_2024L));
        long target = 8;
        long[] copies = copiesOf(values);

        long expected = 0;
        for (int a = -SPREAD; a <= SPREAD; a++) {
            long b = target - a;
            if (a < b && b <= SPREAD) {
                expected += copies[a + SPREAD] * copies[(int) b + SPREAD];
            } else if (a == b) {
                expected += copies[a + SPREAD] * (copies[a + SPREAD] - 1) / 2;
            }
        }

        assertThat(costs.within(BUDGET, () -> TwoSum.countIndexPairs(values, target))).isEqualTo(expected);
    }

    @Test
    @DisplayName("pairsSummingTo finds the pairs of a million heavily repeated values")
    void pairsSummingToFindsPairsOfRepeatedValues() throws Exception {
        int[] values = narrowValues(new Random(9_2024L));
        long target = -10;
        long[] copies = copiesOf(values);

        List<Pair> expected = new ArrayList<>();
        for (int a = -SPREAD; a <= SPREAD; a++) {
            long b = target - a;
            boolean present = b >= a && b <= SPREAD && copies[(int) b + SPREAD] > (a == b ? 1 : 0);
            if (copies[a + SPREAD] > 0 && present) {
                expected.add(new Pair(a, (int) b));
            }
        }

        assertSamePairs(costs.within(BUDGET, () -> TwoSum.pairsSummingTo(values, target)), expected);
    }

    /** Compares the numbers of pairs first: a wrong answer to a million values should read as one line. */
    private static void assertSamePairs(List<Pair> actual, List<Pair> expected) {
        assertThat(actual.size()).as("number of pairs").isEqualTo(expected.size());
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static int repeat(int[] values, int from, int value, int times) {
        for (int i = 0; i < times; i++) {
            values[from + i] = value;
        }
        return from + times;
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swapped = values[i];
            values[i] = values[j];
            values[j] = swapped;
        }
    }

    private static int[] narrowValues(Random random) {
        return random.ints(SIZE, -SPREAD, SPREAD + 1).toArray();
    }

    /** How often each value of [-SPREAD, SPREAD] occurs, at index value + SPREAD. */
    private static long[] copiesOf(int[] values) {
        long[] copies = new long[2 * SPREAD + 1];
        for (int value : values) {
            copies[value + SPREAD]++;
        }
        return copies;
    }
}
