package dev.mlkatas.sparsedense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * TF-IDF on random corpora over a small alphabet of features, so that features repeat within and across
 * documents; the index is a vocabulary, or hashing with few buckets so that features collide.
 */
@Label("Task 2: TfIdf, properties")
class TfIdfPropertiesTest {

    @Property
    @Label("weights are positive where the document has a feature and zero everywhere else")
    void weightsArePositiveExactlyWherePresent(@ForAll("cases") Case sample) {
        TfIdf tfIdf = TfIdf.fit(sample.corpus(), sample.index());

        SparseVector v = tfIdf.vector(sample.document());

        Set<Integer> present = new HashSet<>();
        for (String feature : sample.document()) {
            int i = sample.index().indexOf(feature);
            if (i >= 0) {
                present.add(i);
            }
        }
        assertThat(v.dimension()).isEqualTo(sample.index().dimension());
        for (int i = 0; i < v.dimension(); i++) {
            if (present.contains(i)) {
                assertThat(v.get(i)).as("weight of present index %d", i).isPositive();
            } else {
                assertThat(v.get(i)).as("weight of absent index %d", i).isZero();
            }
        }
    }

    @Property
    @Label("a document with any known feature has length 1")
    void vectorsHaveUnitLength(@ForAll("cases") Case sample) {
        SparseVector v = TfIdf.fit(sample.corpus(), sample.index()).vector(sample.document());

        if (v.nonZeroCount() > 0) {
            assertThat(v.norm()).isCloseTo(1.0, within(1e-9));
        }
    }

    @Property
    @Label("df counts the documents that have an index; idf is at least 1 and falls as df grows")
    void idfFallsWithDocumentFrequency(@ForAll("cases") Case sample) {
        TfIdf tfIdf = TfIdf.fit(sample.corpus(), sample.index());

        for (int i = 0; i < sample.index().dimension(); i++) {
            int index = i;
            long df = sample.corpus().stream()
                    .filter(doc -> doc.stream().anyMatch(f -> sample.index().indexOf(f) == index)).count();
            assertThat(tfIdf.documentFrequency(i)).as("df of %d", i).isEqualTo(df);
            assertThat(tfIdf.idf(i)).isGreaterThanOrEqualTo(1.0);
            for (int j = 0; j < sample.index().dimension(); j++) {
                if (tfIdf.documentFrequency(i) < tfIdf.documentFrequency(j)) {
                    assertThat(tfIdf.idf(i)).isGreaterThan(tfIdf.idf(j));
                }
            }
        }
    }

    // ---- Generators -------------------------------------------------------------------------------------

    record Case(List<List<String>> corpus, FeatureIndex index, List<String> document) {

        @Override
        public String toString() {
            String kind = index instanceof HashedFeatureIndex h ? "hashed into " + h.dimension() + " buckets"
                    : "vocabulary";
            return "corpus " + corpus + ", " + kind + ", document " + document;
        }
    }

    /** Features from a small alphabet, so that they repeat; a few never occur in the corpus. */
    private static Arbitrary<String> features() {
        return Arbitraries.of("w:salmon", "w:cod", "w:wild", "w:2", "w:lb", "c:#sa", "c:sal", "c:alm", "w:fish");
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<List<String>>> corpora = features().list().ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<String>> documents = features().list().ofMaxSize(8);
        Arbitrary<Integer> bits = Arbitraries.integers().between(0, 4);
        return Combinators.combine(corpora, documents, bits).as((corpus, document, b) -> new Case(corpus,
                b == 0 ? FeatureVocabulary.of(corpus) : new HashedFeatureIndex(b), document));
    }
}
