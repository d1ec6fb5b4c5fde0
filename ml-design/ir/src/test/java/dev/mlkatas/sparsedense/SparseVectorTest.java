package dev.mlkatas.sparsedense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 1: SparseVector")
class SparseVectorTest {

    private static SparseVector vector(int dimension, int[] indices, double[] values) {
        return SparseVector.of(dimension, indices, values);
    }

    @Test
    @DisplayName("stores the statement's example sorted, with the repeated index added up")
    void storesTheStatementsExample() {
        SparseVector v = vector(5, new int[] {3, 1, 3}, new double[] {1.0, 2.0, 0.5});

        assertThat(v.nonZeroCount()).isEqualTo(2);
        assertThat(new int[] {v.indexAt(0), v.indexAt(1)}).containsExactly(1, 3);
        assertThat(new double[] {v.valueAt(0), v.valueAt(1)}).containsExactly(2.0, 1.5);
        assertThat(v.dot(v)).isEqualTo(6.25);
    }

    @Test
    @DisplayName("does not store zeros, nor entries whose repeats cancel out")
    void dropsZeros() {
        SparseVector v = vector(10, new int[] {4, 7, 2, 7}, new double[] {0.0, 3.0, 1.0, -3.0});

        assertThat(v.nonZeroCount()).isEqualTo(1);
        assertThat(v.indexAt(0)).isEqualTo(2);
        assertThat(v.toDense()).containsExactly(0, 0, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    @DisplayName("reads stored entries and zeros with get")
    void getsEntries() {
        SparseVector v = vector(6, new int[] {5, 0, 2}, new double[] {-1.5, 4.0, 2.5});

        assertThat(new double[] {v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5)})
                .containsExactly(4.0, 0.0, 2.5, 0.0, 0.0, -1.5);
    }

    @Test
    @DisplayName("get rejects an index outside the dimension")
    void getRejectsOutsideIndex() {
        SparseVector v = vector(3, new int[] {1}, new double[] {1});

        assertThatThrownBy(() -> v.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> v.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    @DisplayName("multiplies only the indices both vectors store")
    void dotOfOverlappingIndices() {
        SparseVector a = vector(100, new int[] {1, 50, 99}, new double[] {2, 3, 4});
        SparseVector b = vector(100, new int[] {0, 50, 98, 99}, new double[] {7, -1, 9, 0.5});

        assertThat(a.dot(b)).isEqualTo(3 * -1 + 4 * 0.5);
        assertThat(b.dot(a)).isEqualTo(a.dot(b));
    }

    @Test
    @DisplayName("has dot product 0 with a vector it shares no index with, and with the zero vector")
    void dotWithoutOverlap() {
        SparseVector a = vector(8, new int[] {1, 3}, new double[] {1, 1});
        SparseVector b = vector(8, new int[] {0, 2, 4}, new double[] {1, 1, 1});
        SparseVector zero = vector(8, new int[0], new double[0]);

        assertThat(a.dot(b)).isZero();
        assertThat(a.dot(zero)).isZero();
    }

    @Test
    @DisplayName("has the Euclidean norm")
    void norm() {
        assertThat(vector(9, new int[] {8, 0}, new double[] {3, -4}).norm()).isEqualTo(5.0);
        assertThat(vector(9, new int[0], new double[0]).norm()).isZero();
    }

    @Test
    @DisplayName("has cosine 1 with itself and with a positive multiple, -1 with its negation")
    void cosineOfParallelVectors() {
        SparseVector a = vector(4, new int[] {0, 2}, new double[] {1, 2});
        SparseVector twice = vector(4, new int[] {0, 2}, new double[] {2, 4});
        SparseVector negated = vector(4, new int[] {0, 2}, new double[] {-1, -2});

        assertThat(a.cosine(a)).isCloseTo(1.0, within(1e-12));
        assertThat(a.cosine(twice)).isCloseTo(1.0, within(1e-12));
        assertThat(a.cosine(negated)).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    @DisplayName("has cosine 0 with a vector at right angles, and with the zero vector instead of NaN")
    void cosineOfOrthogonalAndZero() {
        SparseVector a = vector(4, new int[] {0}, new double[] {1});
        SparseVector b = vector(4, new int[] {1}, new double[] {1});
        SparseVector zero = vector(4, new int[0], new double[0]);

        assertThat(a.cosine(b)).isZero();
        assertThat(a.cosine(zero)).isZero();
        assertThat(zero.cosine(zero)).isZero();
    }

    @Test
    @DisplayName("divides the dot product by both lengths: 1/√2 at 45 degrees, whatever the lengths")
    void cosineOfLongVectors() {
        SparseVector a = vector(4, new int[] {0}, new double[] {2});
        SparseVector b = vector(4, new int[] {0, 1}, new double[] {3, 3});

        assertThat(a.cosine(b)).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(b.cosine(a)).isCloseTo(Math.sqrt(0.5), within(1e-12));
    }

    @Test
    @DisplayName("never has a cosine above 1, even when rounding would make it 1.0000000000000002")
    void cosineNeverAboveOne() {
        // dot / (norm * norm) is 1.0000000000000002 for this vector in double arithmetic.
        SparseVector a = vector(3, new int[] {0, 2}, new double[] {0.1, 0.6});

        assertThat(a.cosine(a)).isLessThanOrEqualTo(1.0);
    }

    @Test
    @DisplayName("rejects vectors of different dimensions")
    void rejectsDifferentDimensions() {
        SparseVector a = vector(4, new int[] {0}, new double[] {1});
        SparseVector b = vector(5, new int[] {0}, new double[] {1});

        assertThatThrownBy(() -> a.dot(b)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4");
        assertThatThrownBy(() -> a.cosine(b)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("rejects an index outside [0, dimension), with the index in the message")
    void rejectsOutsideIndices() {
        assertThatThrownBy(() -> vector(4, new int[] {4}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4");
        assertThatThrownBy(() -> vector(4, new int[] {-1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    @DisplayName("rejects arrays of different lengths, NaN and infinite values")
    void rejectsBadArrays() {
        assertThatThrownBy(() -> vector(4, new int[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vector(4, new int[] {1}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vector(4, new int[] {1}, new double[] {Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vector(-1, new int[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("leaves the caller's arrays as they were")
    void leavesArraysAlone() {
        int[] indices = {3, 1, 3};
        double[] values = {1.0, 2.0, 0.5};

        vector(5, indices, values);

        assertThat(indices).containsExactly(3, 1, 3);
        assertThat(values).containsExactly(1.0, 2.0, 0.5);
    }

    @Test
    @DisplayName("equals a vector with the same entries however they were given, and shows its entries")
    void equalsAndShowsEntries() {
        SparseVector v = vector(5, new int[] {3, 1}, new double[] {2.0, 1.0});
        SparseVector same = vector(5, new int[] {1, 3, 3}, new double[] {1.0, 1.5, 0.5});

        assertThat(v).isEqualTo(same).hasSameHashCodeAs(same).hasToString("(dimension 5: 1=1.0, 3=2.0)");
        assertThat(v).isNotEqualTo(vector(6, new int[] {1, 3}, new double[] {1.0, 2.0}))
                .isNotEqualTo(vector(5, new int[] {1, 4}, new double[] {1.0, 2.0}))
                .isNotEqualTo(vector(5, new int[] {1, 3}, new double[] {1.0, 2.5}))
                .isNotEqualTo(v.toString());
    }

    // ---- Cost: the non-zeros, never the dimension -----------------------------------------------------------

    /** Far more than a thousand products of two non-zeros need; far less than a thousand walks of 2^31 entries. */
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    /**
     * Runs {@code operation} up to a thousand times and stops when the timeout interrupts it: a solution that
     * walks 2^31 - 1 entries takes seconds per call, the reference a microsecond, and no run outlives the test
     * by more than one call.
     */
    private static void repeatUnlessInterrupted(Runnable operation) {
        for (int i = 0; i < 1000 && !Thread.currentThread().isInterrupted(); i++) {
            operation.run();
        }
    }

    /**
     * {@code vector} of the huge dimension; an array of the whole dimension is a failure of this test (JUnit
     * would otherwise end every test at the first {@link OutOfMemoryError}).
     */
    private static SparseVector huge(int[] indices, double[] values) {
        try {
            return assertTimeoutPreemptively(GENEROUS, () -> vector(Integer.MAX_VALUE, indices, values));
        } catch (OutOfMemoryError e) {
            throw new AssertionError("of allocated memory for all 2^31 - 1 entries instead of the non-zeros: " + e);
        }
    }

    /** Runs {@code operation} under the timeout, with an array of the whole dimension a failure as above. */
    private static void quickly(Runnable operation) {
        try {
            assertTimeoutPreemptively(GENEROUS, () -> repeatUnlessInterrupted(operation));
        } catch (OutOfMemoryError e) {
            throw new AssertionError("allocated memory for all 2^31 - 1 entries instead of the non-zeros: " + e);
        }
    }

    @Test
    @DisplayName("stores a vector of dimension Integer.MAX_VALUE as its two non-zeros")
    void storesOnlyNonZerosOfAHugeDimension() {
        SparseVector v = huge(new int[] {Integer.MAX_VALUE - 1, 0}, new double[] {2.0, 3.0});

        assertThat(v.dimension()).isEqualTo(Integer.MAX_VALUE);
        assertThat(v.nonZeroCount()).isEqualTo(2);
        assertThat(v.get(Integer.MAX_VALUE - 1)).isEqualTo(2.0);
    }

    @Test
    @DisplayName("takes the dot product of two 2-non-zero vectors of dimension Integer.MAX_VALUE in no time")
    void dotCostsTheNonZerosNotTheDimension() {
        SparseVector a = huge(new int[] {5, Integer.MAX_VALUE - 1}, new double[] {2, 3});
        SparseVector b = huge(new int[] {Integer.MAX_VALUE - 1, 7}, new double[] {4, 1});
        double[] dot = new double[1];

        quickly(() -> dot[0] = a.dot(b));

        assertThat(dot[0]).isEqualTo(12.0);
    }

    @Test
    @DisplayName("takes the cosine of two 2-non-zero vectors of dimension Integer.MAX_VALUE in no time")
    void cosineCostsTheNonZerosNotTheDimension() {
        SparseVector a = huge(new int[] {0, Integer.MAX_VALUE - 1}, new double[] {3, 4});
        SparseVector b = huge(new int[] {Integer.MAX_VALUE - 1}, new double[] {2});
        double[] cosine = new double[1];

        quickly(() -> cosine[0] = a.cosine(b));

        assertThat(cosine[0]).isCloseTo(0.8, within(1e-12));
    }
}
