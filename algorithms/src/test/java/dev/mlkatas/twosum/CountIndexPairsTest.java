package dev.mlkatas.twosum;

import static dev.mlkatas.twosum.TwoSum.countIndexPairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 2: countIndexPairs")
class CountIndexPairsTest {

    /** The largest and smallest sums two ints can have. */
    private static final long LARGEST_SUM = 2L * Integer.MAX_VALUE;
    private static final long SMALLEST_SUM = 2L * Integer.MIN_VALUE;

    @Test
    @DisplayName("counts index pairs, not distinct values: a repeated value pairs once per copy")
    void countsIndexPairsNotValues() {
        assertThat(countIndexPairs(new int[] {1, 1, -1}, 0)).isEqualTo(2);
    }

    @Test
    @DisplayName("multiplies the copies of the two values of a pair")
    void multipliesCopies() {
        assertThat(countIndexPairs(new int[] {2, 5, 2, 5, 2, 3}, 7)).isEqualTo(6);
    }

    @Test
    @DisplayName("counts n copies of half the target as n choose 2 pairs")
    void countsCopiesOfHalfTheTargetAsChooseTwo() {
        assertThat(countIndexPairs(new int[] {4, 4, 4, 4}, 8)).isEqualTo(6);
    }

    @Test
    @DisplayName("never pairs an index with itself")
    void neverPairsAnIndexWithItself() {
        assertThat(countIndexPairs(new int[] {4, 1}, 8)).isZero();
    }

    @Test
    @DisplayName("adds up several different pairs of values")
    void addsUpSeveralPairsOfValues() {
        assertThat(countIndexPairs(new int[] {-3, 10, 0, 7, 3, 7, 4}, 7)).isEqualTo(4);
    }

    @Test
    @DisplayName("counts two Integer.MAX_VALUEs for the target 2^32 - 2")
    void countsTwoMaxValues() {
        assertThat(countIndexPairs(new int[] {Integer.MAX_VALUE, 0, Integer.MAX_VALUE}, LARGEST_SUM)).isOne();
    }

    @Test
    @DisplayName("counts two Integer.MIN_VALUEs for the target -2^32")
    void countsTwoMinValues() {
        assertThat(countIndexPairs(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE}, SMALLEST_SUM)).isOne();
    }

    @Test
    @DisplayName("does not count two Integer.MIN_VALUEs for the target 0: their sum wraps to 0 only in int arithmetic")
    void doesNotCountWrappedSums() {
        assertThat(countIndexPairs(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE}, 0)).isZero();
    }

    @Test
    @DisplayName("does not count a sum that equals the target only in its low 32 bits")
    void doesNotCountTruncatedTargets() {
        assertThat(countIndexPairs(new int[] {0, 0, 1, -1}, 1L << 32)).isZero();
    }

    @Test
    @DisplayName("counts nothing for a target no two ints can reach")
    void countsNothingForUnreachableTargets() {
        int[] values = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, 1};

        assertThat(countIndexPairs(values, LARGEST_SUM + 1)).isZero();
        assertThat(countIndexPairs(values, SMALLEST_SUM - 1)).isZero();
        assertThat(countIndexPairs(values, Long.MAX_VALUE)).isZero();
        assertThat(countIndexPairs(values, Long.MIN_VALUE)).isZero();
    }

    @Test
    @DisplayName("counts nothing for a single value")
    void countsNothingForOneValue() {
        assertThat(countIndexPairs(new int[] {0}, 0)).isZero();
    }

    @Test
    @DisplayName("counts nothing for an empty array")
    void countsNothingForEmptyArray() {
        assertThat(countIndexPairs(new int[0], 0)).isZero();
    }

    @Test
    @DisplayName("leaves the input array as it was")
    void leavesTheInputAsItWas() {
        int[] values = {9, -2, 7, 0, -2, 4};

        countIndexPairs(values, 7);

        assertThat(values).containsExactly(9, -2, 7, 0, -2, 4);
    }

    @Test
    @DisplayName("rejects a null array with a NullPointerException that says what is wrong")
    void rejectsNull() {
        assertThatThrownBy(() -> countIndexPairs(null, 0)).isInstanceOf(NullPointerException.class)
                .message().isNotBlank();
    }

    @Test
    @DisplayName("rejects a null array even when no two ints can reach the target")
    void rejectsNullWhateverTheTarget() {
        assertThatThrownBy(() -> countIndexPairs(null, Long.MAX_VALUE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> countIndexPairs(null, Long.MIN_VALUE)).isInstanceOf(NullPointerException.class);
    }
}
