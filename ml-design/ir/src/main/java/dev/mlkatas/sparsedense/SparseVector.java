package dev.mlkatas.sparsedense;

import java.util.Arrays;

/**
 * A vector that stores only its non-zero entries: their indices in ascending order, and their values.
 * A TF-IDF vector of a product name has a dozen non-zeros out of tens of thousands of dimensions.
 *
 * <p>Example: {@code SparseVector.of(5, new int[] {3, 1, 3}, new double[] {1.0, 2.0, 0.5})} is
 * {@code (dimension 5: 1=2.0, 3=1.5)}; its {@code dot} with itself is 6.25.
 *
 * <p>Task 1 of the sparse-dense kata, and a file you edit: write {@link #of} (the sorted form), then
 * {@link #get}, {@link #dot}, {@link #norm} and {@link #cosine}; the rest is given. {@code ./kata show
 * sparse-dense} prints the statement and {@code ./kata test sparse-dense} grades your four files.
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
        throw new UnsupportedOperationException(
                "Task 1 (of) is yours: replace this line with your solution (./kata hint sparse-dense when stuck)");
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
        throw new UnsupportedOperationException(
                "Task 1 (get) is yours: replace this line with your solution (./kata hint sparse-dense when stuck)");
    }

    /**
     * The dot product, in time proportional to the non-zeros of both vectors, never to the dimension.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double dot(SparseVector other) {
        throw new UnsupportedOperationException(
                "Task 1 (dot) is yours: replace this line with your solution (./kata hint sparse-dense when stuck)");
    }

    /** The Euclidean length, the square root of {@code dot(this)}. */
    public double norm() {
        throw new UnsupportedOperationException(
                "Task 1 (norm) is yours: replace this line with your solution (./kata hint sparse-dense when stuck)");
    }

    /**
     * The cosine of the angle between the two vectors, from -1 to 1; 0 when either has no non-zero entry.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double cosine(SparseVector other) {
        throw new UnsupportedOperationException(
                "Task 1 (cosine) is yours: replace this line with your solution (./kata hint sparse-dense when stuck)");
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
