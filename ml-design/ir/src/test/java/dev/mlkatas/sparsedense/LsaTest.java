package dev.mlkatas.sparsedense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 3: Lsa")
class LsaTest {

    /** Salmon, cod and trout never share a text; each shares one with fish. */
    private static final List<String> TEXTS = List.of(
            "fish salmon", "fish cod", "fish trout", "fresh fish salmon", "fish cod loins",
            "cheese cheddar", "cheese brie", "aged cheese cheddar", "cheese gouda", "cheese brie wedge");

    private static final List<List<String>> CORPUS = TEXTS.stream().map(ProductText::wordFeatures).toList();
    private static final FeatureVocabulary VOCABULARY = FeatureVocabulary.of(CORPUS);

    private static SparseVector word(String w) {
        return SparseVector.of(VOCABULARY.dimension(), new int[] {VOCABULARY.indexOf("w:" + w)}, new double[] {1});
    }

    private static List<SparseVector> documents() {
        TfIdf tfIdf = TfIdf.fit(CORPUS, VOCABULARY);
        return CORPUS.stream().map(tfIdf::vector).toList();
    }

    @Test
    @DisplayName("puts words that share contexts close together, though they never occur in the same text")
    void relatesWordsThroughSharedContexts() {
        Lsa lsa = Lsa.fit(documents(), 2);

        assertThat(word("salmon").cosine(word("cod"))).isZero();
        assertThat(Lsa.cosine(lsa.embed(word("salmon")), lsa.embed(word("cod")))).isGreaterThan(0.9);
        assertThat(Lsa.cosine(lsa.embed(word("salmon")), lsa.embed(word("fish")))).isGreaterThan(0.9);
        assertThat(Lsa.cosine(lsa.embed(word("salmon")), lsa.embed(word("cheddar")))).isLessThan(0.2);
    }

    @Test
    @DisplayName("embeds into as many coordinates as the rank, and keeps the largest singular values, descending")
    void keepsTheLargestSingularValues() {
        Lsa lsa = Lsa.fit(documents(), 3);

        assertThat(lsa.rank()).isEqualTo(3);
        assertThat(lsa.dimension()).isEqualTo(VOCABULARY.dimension());
        assertThat(lsa.embed(word("fish"))).hasSize(3);
        double[] s = lsa.singularValues();
        assertThat(s).hasSize(3);
        assertThat(s[0]).isGreaterThanOrEqualTo(s[1]);
        assertThat(s[1]).isGreaterThanOrEqualTo(s[2]);
        assertThat(s[2]).isPositive();
    }

    @Test
    @DisplayName("reconstructs its documents exactly at full rank, and not at rank 1")
    void reconstructionAtFullAndLowRank() {
        List<SparseVector> documents = documents();
        int full = Math.min(VOCABULARY.dimension(), documents.size());

        assertThat(Lsa.fit(documents, full).reconstructionError(documents)).isCloseTo(0.0, within(1e-9));
        assertThat(Lsa.fit(documents, 1).reconstructionError(documents)).isGreaterThan(0.5);
    }

    @Test
    @DisplayName("rejects a rank below 1 or above min(terms, documents), and an empty corpus")
    void rejectsImpossibleRanks() {
        List<SparseVector> documents = documents();

        assertThatThrownBy(() -> Lsa.fit(documents, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lsa.fit(documents, documents.size() + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lsa.fit(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("rejects a document whose dimension is not the number of terms")
    void rejectsWrongDimension() {
        Lsa lsa = Lsa.fit(documents(), 2);
        SparseVector other = SparseVector.of(VOCABULARY.dimension() + 1, new int[] {0}, new double[] {1});

        assertThatThrownBy(() -> lsa.embed(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("dense cosine: 1 for parallel vectors, -1 for opposite ones, 0 with a zero vector")
    void denseCosine() {
        assertThat(Lsa.cosine(new double[] {1, 2, 2}, new double[] {2, 4, 4})).isCloseTo(1.0, within(1e-12));
        assertThat(Lsa.cosine(new double[] {1, 2, 2}, new double[] {-1, -2, -2})).isCloseTo(-1.0, within(1e-12));
        assertThat(Lsa.cosine(new double[] {1, 0}, new double[] {0, 3})).isZero();
        assertThat(Lsa.cosine(new double[] {1, 2}, new double[] {0, 0})).isZero();
        assertThat(Lsa.cosine(new double[] {0.1, 0.6}, new double[] {0.1, 0.6})).isLessThanOrEqualTo(1.0);
        assertThatThrownBy(() -> Lsa.cosine(new double[2], new double[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
