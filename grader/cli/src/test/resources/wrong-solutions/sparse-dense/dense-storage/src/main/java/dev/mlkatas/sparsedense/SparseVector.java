package dev.mlkatas.sparsedense;

import java.util.Arrays;
import java.util.Objects;

/**
 * A vector that stores only its non-zero entries: their indices in ascending order, and their values.
 * A TF-IDF vector of a product name has a dozen non-zeros out of tens of thousands of dimensions.
 *
 * <p>Example: {@code SparseVector.of(5, new int[] {3, 1, 3}, new double[] {1.0, 2.0, 0.5})} is
 * {@code (dimension 5: 1=2.0, 3=1.5)}; its {@code dot} with itself is 6.25.
 *
 * <p>Task 1 of the sparse-dense kata: build the sorted form in {@link #of}, then {@link #get},
 * {@link #dot}, {@link #norm} and {@link #cosine}.
 */
public final class SparseVector {

    private final int dimension;
    private final int[] indices;
    private final double[] values;

    private SparseVector(int dimension, int[] indices, double[] values) {
        this.dimension = dimension;
        this.indices = indices;
        this.values = values;
    }

    /**
     * The vector of {@code dimension} entries that holds {@code values[k]} at {@code indices[k]}: indices in
     * any order, the values of a repeated index added up, zeros (including sums that cancel) not stored.
     *
     * @throws IllegalArgumentException if {@code dimension} is negative, the arrays differ in length, an
     *     index is outside {@code [0, dimension)} or a value is NaN or infinite
     * @throws NullPointerException if an array is null
     */
    public static SparseVector of(int dimension, int[] indices, double[] values) {
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(values, "values");
        if (dimension < 0) {
            throw new IllegalArgumentException("dimension must not be negative: " + dimension);
        }
        if (indices.length != values.length) {
            throw new IllegalArgumentException(
                    indices.length + " indices but " + values.length + " values: they must pair up");
        }
        double[] dense = new double[dimension];
        for (int k = 0; k < indices.length; k++) {
            if (indices[k] < 0 || indices[k] >= dimension) {
                throw new IllegalArgumentException("index " + indices[k] + " is outside [0, " + dimension + ")");
            }
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("value " + values[k] + " at index " + indices[k] + " is not finite");
            }
            dense[indices[k]] += values[k];
        }
        int[] keptIndices = new int[indices.length];
        double[] keptValues = new double[indices.length];
        int kept = 0;
        for (int index = 0; index < dimension; index++) {
            if (dense[index] != 0) {
                keptIndices[kept] = index;
                keptValues[kept] = dense[index];
                kept++;
            }
        }
        return new SparseVector(dimension, Arrays.copyOf(keptIndices, kept), Arrays.copyOf(keptValues, kept));
    }

    /** How many entries the vector has, zeros included. */
    public int dimension() {
        return dimension;
    }

    /** How many entries are stored: the non-zeros. */
    public int nonZeroCount() {
        return indices.length;
    }

    /** The index of the {@code k}-th stored entry; they ascend with {@code k}. */
    public int indexAt(int k) {
        return indices[k];
    }

    /** The value of the {@code k}-th stored entry, never zero. */
    public double valueAt(int k) {
        return values[k];
    }

    /**
     * The entry at {@code index}, zero when it is not stored.
     *
     * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, dimension)}
     */
    public double get(int index) {
        Objects.checkIndex(index, dimension);
        int k = Arrays.binarySearch(indices, index);
        return k >= 0 ? values[k] : 0.0;
    }

    /**
     * The dot product, in time proportional to the non-zeros of both vectors, never to the dimension.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double dot(SparseVector other) {
        requireSameDimension(other);
        double sum = 0;
        int i = 0;
        int j = 0;
        // Both index lists ascend: walk them together like the merge step of merge sort.
        while (i < indices.length && j < other.indices.length) {
            if (indices[i] < other.indices[j]) {
                i++;
            } else if (indices[i] > other.indices[j]) {
                j++;
            } else {
                sum += values[i++] * other.values[j++];
            }
        }
        return sum;
    }

    /** The Euclidean length, the square root of {@code dot(this)}. */
    public double norm() {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    /**
     * The cosine of the angle between the two vectors, from -1 to 1; 0 when either has no non-zero entry.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double cosine(SparseVector other) {
        double dot = dot(other);
        double norms = norm() * other.norm();
        if (norms == 0) {
            return 0;
        }
        // Rounding can push |dot| a hair past the product of the norms.
        return Math.max(-1.0, Math.min(1.0, dot / norms));
    }

    /** Every entry, zeros included: an array of length {@link #dimension()}. */
    public double[] toDense() {
        double[] dense = new double[dimension];
        for (int k = 0; k < indices.length; k++) {
            dense[indices[k]] = values[k];
        }
        return dense;
    }

    private void requireSameDimension(SparseVector other) {
        if (other.dimension != dimension) {
            throw new IllegalArgumentException("dimensions differ: " + dimension + " and " + other.dimension);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && v.dimension == dimension && Arrays.equals(v.indices, indices)
                && Arrays.equals(v.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dimension + Arrays.hashCode(indices)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("(dimension ").append(dimension).append(':');
        for (int k = 0; k < indices.length; k++) {
            text.append(k == 0 ? " " : ", ").append(indices[k]).append('=').append(values[k]);
        }
        return text.append(')').toString();
    }
}
