package dev.mlkatas.sparsedense;

import java.util.List;

/**
 * Latent semantic analysis: the truncated SVD {@code A ≈ U_k Σ_k V_kᵀ} of a term × document TF-IDF
 * matrix. The {@code k} columns of {@code U_k} are "concepts": directions along which terms that occur in
 * the same documents point together, so that {@code fish} and {@code salmon} land close even though they
 * are different words. A document (or a query) is embedded by projecting it onto them.
 *
 * <p>Example: {@code Lsa lsa = Lsa.fit(tfIdfVectors, 24); double[] q = lsa.embed(query);} then
 * {@code Lsa.cosine(q, lsa.embed(product))} ranks products by meaning.
 *
 * <p>Task 3 of the sparse-dense kata, and a file you edit: write {@link #fit}, {@link #embed},
 * {@link #reconstructionError} and {@link #cosine}. Take the SVD from EJML ({@code DecompositionFactory_DDRM.svd},
 * pure Java): writing an SVD is not the exercise, choosing what to keep and how to project is.
 */
public final class Lsa {

    private final int dimension;
    private final double[][] concepts;
    private final double[] singularValues;

    private Lsa(int dimension, double[][] concepts, double[] singularValues) {
        this.dimension = dimension;
        this.concepts = concepts;
        this.singularValues = singularValues;
    }

    /**
     * The rank-{@code rank} LSA of the matrix whose columns are {@code documents}: keeps the left singular
     * vectors of the {@code rank} largest singular values.
     *
     * @throws IllegalArgumentException if there are no documents, their dimensions differ, or {@code rank}
     *     is not from 1 to {@code min(dimension, documents.size())}
     */
    public static Lsa fit(List<SparseVector> documents, int rank) {
        throw new UnsupportedOperationException(
                "Task 3 (fit) is yours: replace this line with your solution"
                        + " (./kata hint sparse-dense when stuck)");
    }

    /** How many concepts are kept: k. */
    public int rank() {
        return singularValues.length;
    }

    /** The dimension of the vectors it embeds: the number of terms. */
    public int dimension() {
        return dimension;
    }

    /** The k largest singular values, descending. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /**
     * The coordinates of {@code document} along the k concepts, {@code U_kᵀ x}: a dense vector of length
     * {@link #rank()}, computed from the non-zeros of {@code x} alone.
     *
     * @throws IllegalArgumentException if the document's dimension is not the number of terms
     */
    public double[] embed(SparseVector document) {
        throw new UnsupportedOperationException(
                "Task 3 (embed) is yours: replace this line with your solution"
                        + " (./kata hint sparse-dense when stuck)");
    }

    /**
     * How much of {@code documents} the k concepts miss: the Frobenius norm of {@code A - U_k U_kᵀ A}, where
     * the columns of {@code A} are the documents. For the documents it was fitted on, this is the square root
     * of the sum of the squared singular values that were dropped, and it falls as k grows.
     */
    public double reconstructionError(List<SparseVector> documents) {
        throw new UnsupportedOperationException(
                "Task 3 (reconstructionError) is yours: replace this line with your solution"
                        + " (./kata hint sparse-dense when stuck)");
    }

    /**
     * The cosine of two dense vectors of the same length, from -1 to 1; 0 when either is all zeros.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double cosine(double[] a, double[] b) {
        throw new UnsupportedOperationException(
                "Task 3 (cosine) is yours: replace this line with your solution"
                        + " (./kata hint sparse-dense when stuck)");
    }

    private void requireDimension(SparseVector document) {
        if (document.dimension() != dimension) {
            throw new IllegalArgumentException("the document has dimension " + document.dimension()
                    + ", the LSA was fitted on " + dimension + " terms");
        }
    }
}
