package dev.mlkatas.twosum;

import static dev.mlkatas.twosum.TwoSum.zeroSumPairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 1: zeroSumPairs")
class ZeroSumPairsTest {

    @Test
    @DisplayName("finds the pairs of the statement's example")
    void findsTheStatementsExample() {
        assertThat(zeroSumPairs(new int[] {3, -1, 0, 1, -3, 1}))
                .containsExactly(new Pair(-3, 3), new Pair(-1, 1));
    }

    @Test
    @DisplayName("puts the smaller value of a pair first, whichever comes first in the array")
    void putsTheSmallerValueFirst() {
        assertThat(zeroSumPairs(new int[] {7, -7})).containsExactly(new Pair(-7, 7));
    }

    @Test
    @DisplayName("orders the pairs by their smaller value, ascending")
    void ordersPairsBySmallerValue() {
        assertThat(zeroSumPairs(new int[] {1, 40, -2, 2, -40, -1, 9, -9}))
                .containsExactly(new Pair(-40, 40), new Pair(-9, 9), new Pair(-2, 2), new Pair(-1, 1));
    }

    @Test
    @DisplayName("returns each pair once, however often its values repeat")
    void returnsEachPairOnce() {
        assertThat(zeroSumPairs(new int[] {5, -5, 5, 5, -5, -5, 5})).containsExactly(new Pair(-5, 5));
    }

    @Test
    @DisplayName("does not pair a lone zero with itself")
    void doesNotPairALoneZero() {
        assertThat(zeroSumPairs(new int[] {0, 4, -3})).isEmpty();
    }

    @Test
    @DisplayName("pairs zero with itself when zero occurs twice")
    void pairsZeroWithItselfWhenTwice() {
        assertThat(zeroSumPairs(new int[] {0, 4, 0})).containsExactly(new Pair(0, 0));
    }

    @Test
    @DisplayName("reports (0, 0) once when zero occurs many times")
    void reportsZeroZeroOnce() {
        assertThat(zeroSumPairs(new int[] {0, 0, 0, 0, 0})).containsExactly(new Pair(0, 0));
    }

    @Test
    @DisplayName("does not pair a non-zero value with a copy of itself")
    void doesNotPairNonZeroWithItself() {
        assertThat(zeroSumPairs(new int[] {6, 6, -4, -4})).isEmpty();
    }

    @Test
    @DisplayName("never pairs Integer.MIN_VALUE, even with itself: its sum wraps to 0 only in int arithmetic")
    void neverPairsMinValueWithItself() {
        assertThat(zeroSumPairs(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE})).isEmpty();
    }

    @Test
    @DisplayName("does not pair Integer.MIN_VALUE with Integer.MAX_VALUE: they sum to -1")
    void doesNotPairMinValueWithMaxValue() {
        assertThat(zeroSumPairs(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE})).isEmpty();
    }

    @Test
    @DisplayName("pairs -Integer.MAX_VALUE with Integer.MAX_VALUE")
    void pairsMaxValueWithItsNegation() {
        assertThat(zeroSumPairs(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, -Integer.MAX_VALUE}))
                .containsExactly(new Pair(-Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    @DisplayName("returns no pairs when no two values cancel out")
    void returnsNothingWhenNothingCancels() {
        assertThat(zeroSumPairs(new int[] {1, 2, 3, -4, -5})).isEmpty();
    }

    @Test
    @DisplayName("returns no pairs for a single value")
    void returnsNothingForOneValue() {
        assertThat(zeroSumPairs(new int[] {0})).isEmpty();
    }

    @Test
    @DisplayName("returns no pairs for an empty array")
    void returnsNothingForEmptyArray() {
        assertThat(zeroSumPairs(new int[0])).isEmpty();
    }

    @Test
    @DisplayName("leaves the input array as it was")
    void leavesTheInputAsItWas() {
        int[] values = {3, -1, 0, 1, -3, 1, 0};

        zeroSumPairs(values);

        assertThat(values).containsExactly(3, -1, 0, 1, -3, 1, 0);
    }

    @Test
    @DisplayName("rejects a null array with a NullPointerException that says what is wrong")
    void rejectsNull() {
        assertThatThrownBy(() -> zeroSumPairs(null)).isInstanceOf(NullPointerException.class).message().isNotBlank();
    }
}
