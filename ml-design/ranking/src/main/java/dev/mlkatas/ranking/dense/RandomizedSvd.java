package dev.mlkatas.ranking.dense;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The top singular values and right singular vectors of a large sparse matrix {@code A} (documents ×
 * terms), by randomized subspace iteration (Halko, Martinsson and Tropp, 2011) on the term × term
 * co-occurrence operator {@code AᵀA}, never formed: start from a few more random directions than wanted,
 * multiply by {@code AᵀA} (two sparse products) and re-orthonormalise a few times, then take the exact
 * eigen-decomposition of the small matrix {@code Qᵀ AᵀA Q} (Rayleigh–Ritz). Its eigenvalues are the squared
 * singular values of {@code A}, and {@code Q} times its eigenvectors are {@code A}'s right singular vectors.
 * Every dense matrix is terms × (rank + 10) or smaller, so 50,000 documents cost no more than 5,000 beyond
 * the sparse products; decompositions are EJML's (pure Java).
 *
 * <p>Example: {@code RandomizedSvd.Result svd = RandomizedSvd.fit(documentsByTerms, 64, 42);} then
 * {@code svd.rightVectors()} is {@code terms × rank} and its rows are the terms' coordinates.
 */
final class RandomizedSvd {

    /** Extra random directions beyond the rank: ten is the paper's advice for a reliable subspace. */
    private static final int OVERSAMPLING = 10;
    /** Multiplications by {@code AᵀA}: each one sharpens the separation of the kept directions from the rest. */
    private static final int ITERATIONS = 3;

    /**
     * @param singularValues the largest singular values, descending; fewer than asked when the matrix is
     *     smaller than the rank
     * @param rightVectors {@code columns × singularValues.length}: the matching right singular vectors
     */
    record Result(double[] singularValues, DMatrixRMaj rightVectors) {
    }

    private RandomizedSvd() {
    }

    /** The rank-{@code rank} truncated SVD of {@code matrix}, its random directions drawn from {@code seed}. */
    static Result fit(SparseRows matrix, int rank, long seed) {
        int smaller = Math.min(matrix.rows(), matrix.columns());
        if (smaller == 0) {
            return new Result(new double[0], new DMatrixRMaj(matrix.columns(), 0));
        }
        int sketch = Math.min(rank + OVERSAMPLING, smaller);
        Random random = new Random(seed);
        DMatrixRMaj basis = new DMatrixRMaj(matrix.columns(), sketch);
        for (int i = 0; i < basis.data.length; i++) {
            basis.data[i] = random.nextGaussian();
        }
        basis = orthonormal(basis);
        for (int i = 0; i < ITERATIONS; i++) {
            basis = orthonormal(gram(matrix, basis));
        }
        DMatrixRMaj projected = new DMatrixRMaj(sketch, sketch);
        CommonOps_DDRM.multTransA(basis, gram(matrix, basis), projected);
        // Qᵀ AᵀA Q is symmetric and positive semi-definite: its SVD is its eigen-decomposition.
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(sketch, sketch, true, false,
                false);
        if (!svd.decompose(projected)) {
            throw new IllegalStateException("the SVD of a " + sketch + " x " + sketch + " matrix did not converge");
        }
        DMatrixRMaj eigenvectors = svd.getU(null, false);
        DMatrixRMaj eigenvalues = svd.getW(null);
        SingularOps_DDRM.descendingOrder(eigenvectors, false, eigenvalues, null, false);
        int kept = Math.min(rank, sketch);
        double[] singularValues = new double[kept];
        for (int i = 0; i < kept; i++) {
            singularValues[i] = Math.sqrt(Math.max(0, eigenvalues.get(i, i)));
        }
        DMatrixRMaj vectors = new DMatrixRMaj(matrix.columns(), kept);
        CommonOps_DDRM.mult(basis, CommonOps_DDRM.extract(eigenvectors, 0, sketch, 0, kept), vectors);
        fixSigns(vectors);
        return new Result(singularValues, vectors);
    }

    /** {@code AᵀA} times {@code dense}, through two sparse products. */
    private static DMatrixRMaj gram(SparseRows matrix, DMatrixRMaj dense) {
        return matrix.transposeTimes(matrix.times(dense));
    }

    /**
     * An orthonormal basis of a space holding the columns of {@code matrix}, as many columns as it has. EJML
     * reports a rank-deficient matrix (a small catalogue, an all-zero one) as a failure, but its Householder
     * reflection of a zero column is the identity, so Q is orthonormal all the same: the extra columns are
     * directions with singular value 0.
     */
    private static DMatrixRMaj orthonormal(DMatrixRMaj matrix) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(matrix.numRows, matrix.numCols);
        qr.decompose(matrix);
        return qr.getQ(null, true);
    }

    /** A singular vector's sign is arbitrary: make its largest entry positive, so that reruns agree. */
    private static void fixSigns(DMatrixRMaj vectors) {
        for (int column = 0; column < vectors.numCols; column++) {
            double largest = 0;
            for (int row = 0; row < vectors.numRows; row++) {
                double value = vectors.get(row, column);
                if (Math.abs(value) > Math.abs(largest)) {
                    largest = value;
                }
            }
            if (largest < 0) {
                for (int row = 0; row < vectors.numRows; row++) {
                    vectors.set(row, column, -vectors.get(row, column));
                }
            }
        }
    }
}
