package dev.mlkatas.ranking.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The randomized SVD against EJML's exact dense SVD: on sparse random matrices with a few more columns
 * than the sketch holds, and on a large matrix of known low rank, where the random directions must find
 * exactly the right subspace.
 */
@Label("RandomizedSvd against the exact SVD")
class RandomizedSvdTest {

    /**
     * The sketch holds rank + 10 directions, so at most 11 columns keep every rank from 1 up covered; with
     * more columns than directions the result is an approximation, which the property below checks.
     */
    @Property(tries = 100)
    @Label("when the sketch covers every column, the singular values and vectors are the exact ones")
    void exactWhenTheSketchCoversTheMatrix(@ForAll @IntRange(min = 1, max = 40) int rows,
            @ForAll @IntRange(min = 1, max = 11) int columns, @ForAll @IntRange(min = 1, max = 12) int rank,
            @ForAll long seed) {
        DMatrixRMaj dense = sparseRandom(rows, columns, new Random(seed));

        RandomizedSvd.Result result = RandomizedSvd.fit(sparse(dense), rank, seed);

        double[] exact = exactSingularValues(dense);
        int kept = Math.min(rank, Math.min(rows, columns));
        assertThat(result.singularValues()).hasSize(kept);
        assertThat(result.rightVectors().numRows).isEqualTo(columns);
        for (int i = 0; i < kept; i++) {
            assertThat(result.singularValues()[i]).as("singular value %d", i).isCloseTo(exact[i], within(1e-6));
            // A unit v_i with |A v_i| = σ_i: the vectors are the singular vectors, not just any basis.
            DMatrixRMaj v = CommonOps_DDRM.extractColumn(result.rightVectors(), i, null);
            DMatrixRMaj av = new DMatrixRMaj(rows, 1);
            CommonOps_DDRM.mult(dense, v, av);
            assertThat(CommonOps_DDRM.dot(v, v)).isCloseTo(1.0, within(1e-6));
            assertThat(Math.sqrt(CommonOps_DDRM.dot(av, av))).isCloseTo(exact[i], within(1e-6));
        }
    }

    @Property(tries = 3)
    @Label("finds the top singular values of a large matrix of low rank, with few random directions")
    void findsTheSubspaceOfALargeLowRankMatrix(@ForAll long seed) {
        Random random = new Random(seed);
        int rows = 800;
        int columns = 150;
        int trueRank = 6;
        DMatrixRMaj left = new DMatrixRMaj(rows, trueRank);
        DMatrixRMaj right = new DMatrixRMaj(trueRank, columns);
        left.data = random.doubles(left.data.length).map(x -> x < 0.2 ? x : 0).toArray();
        right.data = random.doubles(right.data.length).map(x -> x < 0.3 ? x * (1 + random.nextInt(5)) : 0).toArray();
        DMatrixRMaj product = new DMatrixRMaj(rows, columns);
        CommonOps_DDRM.mult(left, right, product);

        RandomizedSvd.Result result = RandomizedSvd.fit(sparse(product), trueRank, seed);

        double[] exact = exactSingularValues(product);
        for (int i = 0; i < trueRank; i++) {
            assertThat(result.singularValues()[i]).as("singular value %d", i).isCloseTo(exact[i],
                    within(1e-6 * exact[0]));
        }
    }

    private static DMatrixRMaj sparseRandom(int rows, int columns, Random random) {
        DMatrixRMaj matrix = new DMatrixRMaj(rows, columns);
        for (int i = 0; i < matrix.data.length; i++) {
            matrix.data[i] = random.nextDouble() < 0.3 ? random.nextDouble() : 0;
        }
        return matrix;
    }

    private static SparseRows sparse(DMatrixRMaj dense) {
        SparseRows.Builder builder = new SparseRows.Builder(dense.numCols);
        for (int row = 0; row < dense.numRows; row++) {
            List<Integer> columns = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int column = 0; column < dense.numCols; column++) {
                if (dense.get(row, column) != 0) {
                    columns.add(column);
                    values.add(dense.get(row, column));
                }
            }
            builder.add(columns.stream().mapToInt(Integer::intValue).toArray(),
                    values.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return builder.build();
    }

    private static double[] exactSingularValues(DMatrixRMaj matrix) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(matrix.numRows,
                matrix.numCols, false, false, true);
        svd.decompose(matrix.copy());
        double[] values = svd.getSingularValues().clone();
        Arrays.sort(values);
        double[] descending = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            descending[i] = values[values.length - 1 - i];
        }
        return descending;
    }
}
