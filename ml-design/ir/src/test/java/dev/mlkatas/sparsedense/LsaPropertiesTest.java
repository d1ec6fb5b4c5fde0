package dev.mlkatas.sparsedense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * LSA on random small term × document matrices, against an oracle that never computes an SVD: the
 * eigenvalues of {@code AᵀA} are the squared singular values of {@code A}, and by the Eckart–Young theorem
 * the best rank-k approximation misses exactly the squares of the singular values it drops. Matrices come
 * with zero rows and columns, repeated columns (tied singular values) and all-zero matrices.
 */
@Label("Task 3: Lsa, properties")
class LsaPropertiesTest {

    @Property(tries = 200)
    @Label("the reconstruction error falls as the rank grows, to zero at full rank")
    void reconstructionErrorFallsWithRank(@ForAll("matrices") Matrix a) {
        List<SparseVector> documents = a.columns();
        int full = Math.min(a.terms(), a.documents());
        double previous = Double.POSITIVE_INFINITY;
        for (int rank = 1; rank <= full; rank++) {
            double error = Lsa.fit(documents, rank).reconstructionError(documents);
            assertThat(error).as("error at rank %d", rank).isLessThanOrEqualTo(previous + 1e-9);
            previous = error;
        }
        assertThat(previous).isCloseTo(0.0, within(1e-6));
    }

    @Property(tries = 200)
    @Label("the reconstruction error is the root of the sum of the dropped squared singular values")
    void reconstructionErrorMatchesEckartYoung(@ForAll("matrices") Matrix a) {
        List<SparseVector> documents = a.columns();
        double[] squares = squaredSingularValues(a);
        for (int rank = 1; rank <= Math.min(a.terms(), a.documents()); rank++) {
            double dropped = 0;
            for (int i = rank; i < squares.length; i++) {
                dropped += squares[i];
            }
            assertThat(Lsa.fit(documents, rank).reconstructionError(documents)).as("error at rank %d", rank)
                    .isCloseTo(Math.sqrt(Math.max(0, dropped)), within(1e-6));
        }
    }

    @Property(tries = 200)
    @Label("the kept singular values are the largest, descending")
    void keepsTheLargestSingularValues(@ForAll("matrices") Matrix a) {
        double[] squares = squaredSingularValues(a);
        int rank = Math.min(a.terms(), a.documents());

        double[] kept = Lsa.fit(a.columns(), rank).singularValues();

        assertThat(kept).hasSize(rank);
        for (int i = 0; i < rank; i++) {
            assertThat(kept[i]).isCloseTo(Math.sqrt(Math.max(0, squares[i])), within(1e-6));
        }
    }

    @Property(tries = 200)
    @Label("an embedding is a projection: no longer than the document, and cosines stay in [-1, 1]")
    void embeddingIsAProjection(@ForAll("matrices") Matrix a) {
        List<SparseVector> documents = a.columns();
        Lsa lsa = Lsa.fit(documents, Math.max(1, Math.min(a.terms(), a.documents()) / 2));
        for (SparseVector document : documents) {
            double[] embedded = lsa.embed(document);
            assertThat(embedded).hasSize(lsa.rank());
            assertThat(Math.sqrt(Arrays.stream(embedded).map(x -> x * x).sum())).isLessThanOrEqualTo(document.norm()
                    + 1e-9);
            assertThat(Lsa.cosine(embedded, lsa.embed(documents.get(0)))).isBetween(-1.0, 1.0);
        }
    }

    // ---- Oracle -----------------------------------------------------------------------------------------

    /** The eigenvalues of AᵀA (or AAᵀ, the smaller), descending: the squared singular values of A. */
    private static double[] squaredSingularValues(Matrix a) {
        DMatrixRMaj m = new DMatrixRMaj(a.values());
        DMatrixRMaj gram = a.terms() >= a.documents()
                ? new DMatrixRMaj(a.documents(), a.documents())
                : new DMatrixRMaj(a.terms(), a.terms());
        if (a.terms() >= a.documents()) {
            CommonOps_DDRM.multTransA(m, m, gram);
        } else {
            CommonOps_DDRM.multTransB(m, m, gram);
        }
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(gram.numRows, false, true);
        assertThat(eigen.decompose(gram)).isTrue();
        double[] values = new double[gram.numRows];
        for (int i = 0; i < values.length; i++) {
            values[i] = eigen.getEigenvalue(i).real;
        }
        Arrays.sort(values);
        for (int i = 0; i < values.length / 2; i++) {
            double swap = values[i];
            values[i] = values[values.length - 1 - i];
            values[values.length - 1 - i] = swap;
        }
        return values;
    }

    // ---- Generators -------------------------------------------------------------------------------------

    /** A dense term × document matrix, {@code values[term][document]}. */
    record Matrix(double[][] values) {

        int terms() {
            return values.length;
        }

        int documents() {
            return values[0].length;
        }

        List<SparseVector> columns() {
            List<SparseVector> columns = new ArrayList<>();
            for (int d = 0; d < documents(); d++) {
                List<Integer> indices = new ArrayList<>();
                List<Double> entries = new ArrayList<>();
                for (int t = 0; t < terms(); t++) {
                    if (values[t][d] != 0) {
                        indices.add(t);
                        entries.add(values[t][d]);
                    }
                }
                columns.add(SparseVector.of(terms(), indices.stream().mapToInt(Integer::intValue).toArray(),
                        entries.stream().mapToDouble(Double::doubleValue).toArray()));
            }
            return columns;
        }

        @Override
        public String toString() {
            return Arrays.deepToString(values);
        }
    }

    @Provide
    Arbitrary<Matrix> matrices() {
        Arbitrary<Double> entries = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0.0)),
                Tuple.of(4, Arbitraries.doubles().between(0, 3)),
                Tuple.of(1, Arbitraries.doubles().between(-3, 0)));
        Arbitrary<Matrix> random = Arbitraries.integers().between(1, 7).flatMap(terms ->
                Arbitraries.integers().between(1, 7).flatMap(documents ->
                        entries.array(double[].class).ofSize(documents).array(double[][].class).ofSize(terms)
                                .map(Matrix::new)));
        // Every document twice: rank-deficient, so at least half the singular values are zero.
        Arbitrary<Matrix> repeated = random.map(m -> {
            double[][] doubled = new double[m.terms()][];
            for (int t = 0; t < m.terms(); t++) {
                double[] row = m.values()[t];
                doubled[t] = new double[2 * row.length];
                System.arraycopy(row, 0, doubled[t], 0, row.length);
                System.arraycopy(row, 0, doubled[t], row.length, row.length);
            }
            return new Matrix(doubled);
        });
        return Arbitraries.frequencyOf(Tuple.of(6, random), Tuple.of(2, repeated))
                .edgeCases(edges -> edges.includeOnly().add(
                        new Matrix(new double[][] {{0}}),
                        new Matrix(new double[][] {{0, 0}, {0, 0}}),
                        new Matrix(new double[][] {{1, 0}, {0, 1}}),
                        new Matrix(new double[][] {{2, 2, 2}})));
    }
}
