package dev.mlkatas.twosum;

import static dev.mlkatas.twosum.TwoSum.pairsSummingTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 3: pairsSummingTo")
class PairsSummingToTest {

    /** The largest and smallest sums two ints can have. */
    private static final long LARGEST_SUM = 2L * Integer.MAX_VALUE;
    private static final long SMALLEST_SUM = 2L * Integer.MIN_VALUE;

    @Test
    @DisplayName("finds the pairs of the statement's example, in order of their smaller value")
    void findsTheStatementsExample() {
        assertThat(pairsSummingTo(new int[] {1, 5, 3, 7, 4, 4}, 8))
                .containsExactly(new Pair(1, 7), new Pair(3, 5), new Pair(4, 4));
    }

    @Test
    @DisplayName("finds the pairs for a negative target")
    void findsPairsForANegativeTarget() {
        assertThat(pairsSummingTo(new int[] {-10, 2, -1, -7, -12, 0, 8}, -10))
                .containsExactly(new Pair(-12, 2), new Pair(-10, 0));
    }

    @Test
    @DisplayName("finds the zero-sum pairs for the target 0")
    void findsZeroSumPairsForTargetZero() {
        assertThat(pairsSummingTo(new int[] {3, -1, 0, 1, -3, 1}, 0))
                .containsExactly(new Pair(-3, 3), new Pair(-1, 1));
    }

    @Test
    @DisplayName("returns each pair once, however often its values repeat")
    void returnsEachPairOnce() {
        assertThat(pairsSummingTo(new int[] {2, 9, 2, 9, 9, 2}, 11)).containsExactly(new Pair(2, 9));
    }

    @Test
    @DisplayName("does not pair a lone half of the target with itself")
    void doesNotPairALoneHalf() {
        assertThat(pairsSummingTo(new int[] {4, 1, 2}, 8)).isEmpty();
    }

    @Test
    @DisplayName("pairs half of the target with itself when it occurs twice")
    void pairsHalfWithItselfWhenTwice() {
        assertThat(pairsSummingTo(new int[] {-3, 9, -3}, -6)).containsExactly(new Pair(-3, -3));
    }

    @Test
    @DisplayName("pairs Integer.MIN_VALUE with itself for the target -2^32 when it occurs twice")
    void pairsMinValueWithItself() {
        assertThat(pairsSummingTo(new int[] {Integer.MIN_VALUE, 0, Integer.MIN_VALUE}, SMALLEST_SUM))
                .containsExactly(new Pair(Integer.MIN_VALUE, Integer.MIN_VALUE));
    }

    @Test
    @DisplayName("pairs Integer.MAX_VALUE with itself for the target 2^32 - 2 when it occurs twice")
    void pairsMaxValueWithItself() {
        assertThat(pairsSummingTo(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}, LARGEST_SUM))
                .containsExactly(new Pair(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    @DisplayName("pairs Integer.MIN_VALUE with Integer.MAX_VALUE for the target -1")
    void pairsMinValueWithMaxValue() {
        assertThat(pairsSummingTo(new int[] {Integer.MAX_VALUE, 5, Integer.MIN_VALUE}, -1))
                .containsExactly(new Pair(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Test
    @DisplayName("does not pair two Integer.MIN_VALUEs for the target 0: their sum wraps to 0 only in int arithmetic")
    void doesNotPairWrappedSums() {
        assertThat(pairsSummingTo(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE}, 0)).isEmpty();
    }

    @Test
    @DisplayName("does not pair values whose sum equals the target only in its low 32 bits")
    void doesNotPairTruncatedTargets() {
        assertThat(pairsSummingTo(new int[] {0, 0, 1, -1}, 1L << 32)).isEmpty();
    }

    @Test
    @DisplayName("returns no pairs for a target no two ints can reach")
    void returnsNothingForUnreachableTargets() {
        int[] values = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, 1};

        assertThat(pairsSummingTo(values, LARGEST_SUM + 1)).isEmpty();
        assertThat(pairsSummingTo(values, SMALLEST_SUM - 1)).isEmpty();
        assertThat(pairsSummingTo(values, Long.MAX_VALUE)).isEmpty();
        assertThat(pairsSummingTo(values, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    @DisplayName("returns no pairs for an empty array")
    void returnsNothingForEmptyArray() {
        assertThat(pairsSummingTo(new int[0], 8)).isEmpty();
    }

    @Test
    @DisplayName("leaves the input array as it was")
    void leavesTheInputAsItWas() {
        int[] values = {1, 5, 3, 7, 4, 4};

        pairsSummingTo(values, 8);

        assertThat(values).containsExactly(1, 5, 3, 7, 4, 4);
    }

    @Test
    @DisplayName("rejects a null array with a NullPointerException that says what is wrong")
    void rejectsNull() {
        assertThatThrownBy(() -> pairsSummingTo(null, 8)).isInstanceOf(NullPointerException.class)
                .message().isNotBlank();
    }

    @Test
    @DisplayName("rejects a null array even when no two ints can reach the target")
    void rejectsNullWhateverTheTarget() {
        assertThatThrownBy(() -> pairsSummingTo(null, Long.MAX_VALUE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> pairsSummingTo(null, Long.MIN_VALUE)).isInstanceOf(NullPointerException.class);
    }
}
