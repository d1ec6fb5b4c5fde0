package dev.mlkatas.sparsedense;

import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Latent semantic analysis: the truncated SVD {@code A ≈ U_k Σ_k V_kᵀ} of a term × document TF-IDF
 * matrix. The {@code k} columns of {@code U_k} are "concepts": directions along which terms that occur in
 * the same documents point together, so that {@code fish} and {@code salmon} land close even though they
 * are different words. A document (or a query) is embedded by projecting it onto them.
 *
 * <p>Example: {@code Lsa lsa = Lsa.fit(tfIdfVectors, 24); double[] q = lsa.embed(query);} then
 * {@code Lsa.cosine(q, lsa.embed(product))} ranks products by meaning.
 *
 * <p>Task 3 of the sparse-dense kata. The SVD comes from EJML (pure Java); writing an SVD is not the
 * exercise, choosing what to keep and how to project is.
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
        Objects.requireNonNull(documents, "documents");
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("LSA needs at least one document");
        }
        int terms = documents.get(0).dimension();
        int columns = documents.size();
        if (rank < 1 || rank > Math.min(terms, columns)) {
            throw new IllegalArgumentException("rank must be from 1 to min(" + terms + " terms, " + columns
                    + " documents), not " + rank);
        }
        DMatrixRMaj matrix = new DMatrixRMaj(terms, columns);
        for (int d = 0; d < columns; d++) {
            SparseVector document = documents.get(d);
            if (document.dimension() != terms) {
                throw new IllegalArgumentException("document " + d + " has dimension " + document.dimension()
                        + ", the first has " + terms);
            }
            for (int k = 0; k < document.nonZeroCount(); k++) {
                matrix.set(document.indexAt(k), d, document.valueAt(k));
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(terms, columns, true, false, true);
        if (!svd.decompose(matrix)) {
            throw new IllegalStateException("the SVD of the " + terms + " x " + columns + " matrix did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        // EJML does not promise any order: sort the singular values, and U's columns with them, descending.
        SingularOps_DDRM.descendingOrder(u, false, w, null, false);
        double[][] concepts = new double[terms][rank];
        double[] kept = new double[rank];
        for (int j = 0; j < rank; j++) {
            kept[j] = w.get(j, j);
            for (int i = 0; i < terms; i++) {
                concepts[i][j] = u.get(i, j);
            }
        }
        return new Lsa(terms, concepts, kept);
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
        requireDimension(document);
        double[] coordinates = new double[rank()];
        for (int k = 0; k < document.nonZeroCount(); k++) {
            double[] row = concepts[document.indexAt(k)];
            double value = document.valueAt(k);
            for (int j = 0; j < row.length; j++) {
                coordinates[j] += value * row[j];
            }
        }
        return coordinates;
    }

    /**
     * How much of {@code documents} the k concepts miss: the Frobenius norm of {@code A - U_k U_kᵀ A}, where
     * the columns of {@code A} are the documents. For the documents it was fitted on, this is the square root
     * of the sum of the squared singular values that were dropped, and it falls as k grows.
     */
    public double reconstructionError(List<SparseVector> documents) {
        double squares = 0;
        for (SparseVector document : documents) {
            double[] coordinates = embed(document);
            double[] entries = document.toDense();
            for (int i = 0; i < dimension; i++) {
                double projected = 0;
                for (int j = 0; j < coordinates.length; j++) {
                    projected += concepts[i][j] * coordinates[j];
                }
                double residual = entries[i] - projected;
                squares += residual * residual;
            }
        }
        return Math.sqrt(squares);
    }

    /**
     * The cosine of two dense vectors of the same length, from -1 to 1; 0 when either is all zeros.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double cosine(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("lengths differ: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        if (aa == 0 || bb == 0) {
            return 0;
        }
        return Math.max(-1.0, Math.min(1.0, dot / Math.sqrt(aa * bb)));
    }

    private void requireDimension(SparseVector document) {
        if (document.dimension() != dimension) {
            throw new IllegalArgumentException("the document has dimension " + document.dimension()
                    + ", the LSA was fitted on " + dimension + " terms");
        }
    }
}
