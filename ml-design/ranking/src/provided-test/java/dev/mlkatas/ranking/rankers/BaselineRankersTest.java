package dev.mlkatas.ranking.rankers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.retrieval.Candidate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bm25Ranker and PopularityRanker")
class BaselineRankersTest {

    private static final Product SALMON = new Product(1, "Salmon Fillet", 1, "seafood counter", 1, "meat seafood",
            "Ocean Fresh", 9.99, true);

    @Test
    @DisplayName("bm25 scores a candidate by its BM25 total, whatever its features")
    void bm25IsTheTotal() {
        Bm25Ranker ranker = new Bm25Ranker();

        assertThat(ranker.name()).isEqualTo("bm25");
        assertThat(ranker.score(candidate(4.5), Vectors.of(Map.of(Feature.POPULARITY, 7.0)))).isEqualTo(4.5);
    }

    @Test
    @DisplayName("popularity multiplies BM25 by 1 + w log(1 + purchases)")
    void popularityBoosts() {
        PopularityRanker ranker = new PopularityRanker(0.2);
        double popularity = Math.log(1 + 148);

        assertThat(ranker.name()).isEqualTo("popularity");
        assertThat(ranker.score(candidate(3.0), Vectors.of(Map.of(Feature.POPULARITY, popularity))))
                .isCloseTo(3.0 * (1 + 0.2 * popularity), within(1e-12));
        assertThat(ranker.score(candidate(3.0), Vectors.of(Map.of()))).isEqualTo(3.0);
    }

    @Test
    @DisplayName("with the default weight, about 150 purchases double a score, and a non-match stays at 0")
    void defaultWeight() {
        PopularityRanker ranker = new PopularityRanker();

        assertThat(ranker.weight()).isEqualTo(PopularityRanker.DEFAULT_WEIGHT);
        assertThat(ranker.score(candidate(2.0), Vectors.of(Map.of(Feature.POPULARITY, Math.log(1 + 147.4)))))
                .isCloseTo(4.0, within(1e-3));
        assertThat(ranker.score(candidate(0.0), Vectors.of(Map.of(Feature.POPULARITY, 9.0)))).isZero();
    }

    @Test
    @DisplayName("popularity reorders close matches but not a much better one")
    void reordersCloseMatchesOnly() {
        PopularityRanker ranker = new PopularityRanker();
        FeatureVector bestseller = Vectors.of(Map.of(Feature.POPULARITY, Math.log(1 + 100)));
        FeatureVector unsold = Vectors.of(Map.of());

        assertThat(ranker.score(candidate(4.0), bestseller)).isGreaterThan(ranker.score(candidate(4.4), unsold));
        assertThat(ranker.score(candidate(2.0), bestseller)).isLessThan(ranker.score(candidate(6.0), unsold));
    }

    @Test
    @DisplayName("rejects a negative or infinite weight")
    void rejectsBadWeights() {
        assertThatThrownBy(() -> new PopularityRanker(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new PopularityRanker(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PopularityRanker(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Candidate candidate(double score) {
        return new Candidate(SALMON, score, score, 0, 0);
    }
}
