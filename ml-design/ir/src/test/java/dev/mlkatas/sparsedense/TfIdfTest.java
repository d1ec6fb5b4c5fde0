package dev.mlkatas.sparsedense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 2: TfIdf")
class TfIdfTest {

    private static final List<List<String>> CORPUS = List.of(
            List.of("w:wild", "w:salmon"),
            List.of("w:wild", "w:cod"));

    private static TfIdf fitted() {
        return TfIdf.fit(CORPUS, FeatureVocabulary.of(CORPUS));
    }

    @Test
    @DisplayName("gives the statement's idf values: ln((1 + N) / (1 + df)) + 1")
    void idfOfTheStatementsExample() {
        TfIdf tfIdf = fitted();
        FeatureVocabulary vocabulary = FeatureVocabulary.of(CORPUS);

        assertThat(tfIdf.documentCount()).isEqualTo(2);
        assertThat(tfIdf.documentFrequency(vocabulary.indexOf("w:wild"))).isEqualTo(2);
        assertThat(tfIdf.idf(vocabulary.indexOf("w:wild"))).isCloseTo(1.0, within(1e-12));
        assertThat(tfIdf.idf(vocabulary.indexOf("w:salmon"))).isCloseTo(Math.log(1.5) + 1, within(1e-12));
        assertThat(TfIdf.fit(CORPUS, vocabulary).index()).isSameAs(vocabulary);
    }

    @Test
    @DisplayName("weighs the statement's example document and scales it to length 1")
    void vectorOfTheStatementsExample() {
        FeatureVocabulary vocabulary = FeatureVocabulary.of(CORPUS);
        SparseVector v = fitted().vector(List.of("w:wild", "w:salmon"));

        double salmon = Math.log(1.5) + 1;
        double length = Math.sqrt(1 + salmon * salmon);
        assertThat(v.dimension()).isEqualTo(3);
        assertThat(v.get(vocabulary.indexOf("w:wild"))).isCloseTo(1 / length, within(1e-12));
        assertThat(v.get(vocabulary.indexOf("w:salmon"))).isCloseTo(salmon / length, within(1e-12));
        assertThat(v.get(vocabulary.indexOf("w:cod"))).isZero();
        assertThat(v.norm()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    @DisplayName("weighs a rare feature above a common one")
    void rareFeaturesWeighMore() {
        FeatureVocabulary vocabulary = FeatureVocabulary.of(CORPUS);
        SparseVector v = fitted().vector(List.of("w:wild", "w:cod"));

        assertThat(v.get(vocabulary.indexOf("w:cod"))).isGreaterThan(v.get(vocabulary.indexOf("w:wild")));
    }

    @Test
    @DisplayName("counts a feature once per document for df, however often it occurs there")
    void documentFrequencyCountsDocuments() {
        List<List<String>> corpus = List.of(List.of("w:tea", "w:tea", "w:tea"), List.of("w:cola"));
        FeatureVocabulary vocabulary = FeatureVocabulary.of(corpus);

        TfIdf tfIdf = TfIdf.fit(corpus, vocabulary);

        assertThat(tfIdf.documentFrequency(vocabulary.indexOf("w:tea"))).isEqualTo(1);
    }

    @Test
    @DisplayName("multiplies the idf by how often the feature occurs in the document")
    void termFrequencyCounts() {
        FeatureVocabulary vocabulary = FeatureVocabulary.of(CORPUS);
        SparseVector v = fitted().vector(List.of("w:wild", "w:wild", "w:wild", "w:cod"));

        double cod = Math.log(1.5) + 1;
        assertThat(v.get(vocabulary.indexOf("w:wild")) / v.get(vocabulary.indexOf("w:cod")))
                .isCloseTo(3 / cod, within(1e-12));
    }

    @Test
    @DisplayName("leaves out features the index has no place for, and gives the zero vector when none is left")
    void unknownFeaturesAreLeftOut() {
        TfIdf tfIdf = fitted();

        SparseVector known = tfIdf.vector(List.of("w:cod", "w:tuna"));
        SparseVector unknown = tfIdf.vector(List.of("w:tuna", "w:trout"));

        assertThat(known.nonZeroCount()).isEqualTo(1);
        assertThat(known.norm()).isCloseTo(1.0, within(1e-12));
        assertThat(unknown.nonZeroCount()).isZero();
        assertThat(tfIdf.vector(List.of()).nonZeroCount()).isZero();
    }

    @Test
    @DisplayName("adds up the counts of hashed features that share a bucket, and counts the document once")
    void hashedCollisionsAddUp() {
        // Two buckets: "w:a" shares its bucket with another feature, and a document with both is that bucket alone.
        HashedFeatureIndex twoBuckets = new HashedFeatureIndex(1);
        int bucket = twoBuckets.indexOf("w:a");
        String sameBucket = List.of("w:b", "w:c", "w:d", "w:e", "w:f", "w:g").stream()
                .filter(f -> twoBuckets.indexOf(f) == bucket).findFirst().orElseThrow();
        List<List<String>> corpus = List.of(List.of("w:a", sameBucket), List.of("w:a"), List.of());

        TfIdf tfIdf = TfIdf.fit(corpus, twoBuckets);
        SparseVector v = tfIdf.vector(List.of("w:a", sameBucket));

        assertThat(tfIdf.documentFrequency(bucket)).isEqualTo(2);
        assertThat(v.nonZeroCount()).isEqualTo(1);
        assertThat(v.get(bucket)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    @DisplayName("gives a hashed bucket no document had the largest idf, still positive")
    void unseenBucketsHaveLargestIdf() {
        HashedFeatureIndex index = new HashedFeatureIndex(10);
        List<List<String>> corpus = List.of(List.of("w:salmon"), List.of("w:salmon", "w:cod"));
        TfIdf tfIdf = TfIdf.fit(corpus, index);
        int unseen = java.util.stream.IntStream.range(0, index.dimension())
                .filter(i -> i != index.indexOf("w:salmon") && i != index.indexOf("w:cod")).findFirst().orElseThrow();

        assertThat(tfIdf.documentFrequency(unseen)).isZero();
        assertThat(tfIdf.idf(unseen)).isCloseTo(Math.log(3) + 1, within(1e-12));
        assertThat(tfIdf.idf(index.indexOf("w:salmon"))).isCloseTo(1.0, within(1e-12));
    }
}
