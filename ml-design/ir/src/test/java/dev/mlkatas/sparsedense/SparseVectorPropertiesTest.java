package dev.mlkatas.sparsedense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The sparse type against a plain dense array holding the same entries. Vectors come with repeated
 * indices, zeros, repeats that cancel out, and pairs that point the same way, where cosine rounds past 1.
 */
@Label("Task 1: SparseVector, properties")
class SparseVectorPropertiesTest {

    @Property
    @Label("the sparse dot product equals the dense dot product (exact values)")
    void sparseDotEqualsDenseDot(@ForAll("exactPairs") Pair pair) {
        // Multiples of 1/8 add and multiply without rounding, so any order of summation gives the same result.
        assertThat(pair.a().sparse().dot(pair.b().sparse())).isEqualTo(denseDot(pair.a().dense(), pair.b().dense()));
    }

    @Property
    @Label("the sparse dot product equals the dense dot product (any values, up to rounding)")
    void sparseDotEqualsDenseDotUpToRounding(@ForAll("realPairs") Pair pair) {
        double[] a = pair.a().dense();
        double[] b = pair.b().dense();
        double scale = 0;
        for (int i = 0; i < a.length; i++) {
            scale += Math.abs(a[i] * b[i]);
        }
        assertThat(pair.a().sparse().dot(pair.b().sparse())).isCloseTo(denseDot(a, b), within(1e-9 * (1 + scale)));
    }

    @Property
    @Label("stores exactly the non-zero entries of the dense vector, and get reads each entry")
    void storesOnlyNonZeros(@ForAll("exactVectors") Entries entries) {
        SparseVector v = entries.sparse();
        double[] dense = entries.dense();

        long nonZeros = Arrays.stream(dense).filter(x -> x != 0).count();
        assertThat(v.nonZeroCount()).isEqualTo(nonZeros);
        for (int i = 0; i < dense.length; i++) {
            assertThat(v.get(i)).as("entry %d", i).isEqualTo(dense[i]);
        }
        assertThat(v.toDense()).containsExactly(dense);
    }

    @Property
    @Label("stored indices ascend and no stored value is zero")
    void storedIndicesAscend(@ForAll("exactVectors") Entries entries) {
        SparseVector v = entries.sparse();

        for (int k = 0; k < v.nonZeroCount(); k++) {
            assertThat(v.valueAt(k)).isNotZero();
            if (k > 0) {
                assertThat(v.indexAt(k)).isGreaterThan(v.indexAt(k - 1));
            }
        }
    }

    @Property
    @Label("cosine is in [-1, 1], symmetric, and 0 when either vector is zero")
    void cosineIsBounded(@ForAll("realPairs") Pair pair) {
        SparseVector a = pair.a().sparse();
        SparseVector b = pair.b().sparse();

        double cosine = a.cosine(b);

        assertThat(cosine).isBetween(-1.0, 1.0);
        assertThat(b.cosine(a)).isCloseTo(cosine, within(1e-12));
        if (a.nonZeroCount() == 0 || b.nonZeroCount() == 0) {
            assertThat(cosine).isZero();
        }
    }

    @Property
    @Label("the norm squared is the dot product with itself")
    void normSquaredIsSelfDot(@ForAll("exactVectors") Entries entries) {
        SparseVector v = entries.sparse();

        assertThat(v.norm() * v.norm()).isCloseTo(v.dot(v), within(1e-9 * (1 + v.dot(v))));
        assertThat(v.norm()).isCloseTo(Math.sqrt(denseDot(entries.dense(), entries.dense())), within(1e-9));
    }

    // ---- Generators -------------------------------------------------------------------------------------

    /** Entries as given to {@link SparseVector#of}: indices in any order, repeats and zeros included. */
    record Entries(int dimension, int[] indices, double[] values) {

        SparseVector sparse() {
            return SparseVector.of(dimension, indices.clone(), values.clone());
        }

        double[] dense() {
            double[] dense = new double[dimension];
            for (int k = 0; k < indices.length; k++) {
                dense[indices[k]] += values[k];
            }
            return dense;
        }

        @Override
        public String toString() {
            return "dimension " + dimension + ", indices " + Arrays.toString(indices) + ", values "
                    + Arrays.toString(values);
        }
    }

    record Pair(Entries a, Entries b) {
    }

    @Provide
    Arbitrary<Entries> exactVectors() {
        return Arbitraries.integers().between(1, 40).flatMap(d -> entries(d, exactValues()));
    }

    @Provide
    Arbitrary<Pair> exactPairs() {
        return Arbitraries.integers().between(1, 40).flatMap(d -> pairs(d, exactValues()));
    }

    @Provide
    Arbitrary<Pair> realPairs() {
        Arbitrary<Double> reals = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.doubles().between(-1000, 1000)),
                Tuple.of(1, Arbitraries.of(0.0, 0.1, 0.6, 1e-9, -0.3, 1.0 / 3)));
        return Arbitraries.integers().between(1, 40).flatMap(d -> pairs(d, reals));
    }

    /** Multiples of 1/8, zero often: sums and products of them are exact in double. */
    private static Arbitrary<Double> exactValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(-80, 80).map(k -> k / 8.0)),
                Tuple.of(1, Arbitraries.just(0.0)));
    }

    private static Arbitrary<Entries> entries(int dimension, Arbitrary<Double> values) {
        Arbitrary<Integer> indices = Arbitraries.frequencyOf(
                // A narrow range next to the full one: repeated indices, and entries that cancel out.
                Tuple.of(2, Arbitraries.integers().between(0, Math.min(3, dimension - 1))),
                Tuple.of(3, Arbitraries.integers().between(0, dimension - 1)));
        Arbitrary<List<Tuple.Tuple2<Integer, Double>>> list = Combinators.combine(indices, values).as(Tuple::of)
                .list().ofMaxSize(30);
        Arbitrary<Entries> plain = list.map(pairs -> toEntries(dimension, pairs, false));
        Arbitrary<Entries> cancelling = list.map(pairs -> toEntries(dimension, pairs, true));
        return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, cancelling));
    }

    /** With {@code cancel}, every entry is followed by its negation at the same index, then one more entry. */
    private static Entries toEntries(int dimension, List<Tuple.Tuple2<Integer, Double>> pairs, boolean cancel) {
        int n = cancel ? 2 * pairs.size() : pairs.size();
        int[] indices = new int[n];
        double[] values = new double[n];
        int k = 0;
        for (Tuple.Tuple2<Integer, Double> pair : pairs) {
            indices[k] = pair.get1();
            values[k++] = pair.get2();
            if (cancel) {
                indices[k] = pair.get1();
                values[k++] = -pair.get2();
            }
        }
        return new Entries(dimension, indices, values);
    }

    private static Arbitrary<Pair> pairs(int dimension, Arbitrary<Double> values) {
        Arbitrary<Entries> vectors = entries(dimension, values);
        Arbitrary<Pair> independent = Combinators.combine(vectors, vectors).as(Pair::new);
        // The same entries scaled: the cosine is exactly ±1 on paper and rounds either side of it.
        Arbitrary<Pair> parallel = Combinators.combine(vectors, Arbitraries.of(1.0, 2.0, 3.0, -1.0, 0.5, 10.0))
                .as((v, c) -> new Pair(v, new Entries(dimension, v.indices(),
                        Arrays.stream(v.values()).map(x -> c * x).toArray())));
        return Arbitraries.frequencyOf(Tuple.of(3, independent), Tuple.of(2, parallel));
    }

    private static double denseDot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
