package dev.mlkatas.ranking.rankers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.retrieval.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LearnedRanker: LambdaMART on Smile's regression trees")
class LearnedRankerTest {

    private static final TrainingSettings SETTINGS = new TrainingSettings(60, 0.1, 8, 5, 0.8, 42);
    private static final List<TrainingQuery> TRAINING = RankingData.intentQueries(300, 10, 1);
    private static final List<TrainingQuery> HELD_OUT = RankingData.intentQueries(200, 10, 2);
    private static final LearnedRanker RANKER = LearnedRanker.fit(TRAINING, SETTINGS);

    @Test
    @DisplayName("ranks unseen queries by what shoppers want, far better than BM25 alone")
    void beatsBm25OnHeldOutQueries() {
        double learned = RankingData.meanNdcg(HELD_OUT, RANKER::score);
        double bm25 = RankingData.meanNdcg(HELD_OUT, features -> features.get(Feature.BM25_NAME));

        assertThat(learned).isGreaterThan(0.95).isGreaterThan(bm25 + 0.1);
    }

    @Test
    @DisplayName("boosting fits the training queries better than one stump")
    void boostingBeatsAStump() {
        LearnedRanker few = LearnedRanker.fit(TRAINING, new TrainingSettings(1, 0.1, 2, 5, 1, 42));

        assertThat(RankingData.meanNdcg(TRAINING, RANKER::score))
                .isGreaterThan(RankingData.meanNdcg(TRAINING, few::score));
    }

    @Test
    @DisplayName("relies most on the feature the grades follow, least on the one that means nothing")
    void importanceFollowsTheSignal() {
        Map<Feature, Double> importance = RANKER.importance();

        assertThat(importance).containsOnlyKeys(Feature.values());
        assertThat(importance.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                within(1e-9));
        assertThat(importance.get(Feature.INTENT_AISLE)).isGreaterThan(0.5);
        assertThat(importance.get(Feature.INTENT_AISLE)).isGreaterThan(importance.get(Feature.PRICE));
        assertThat(importance.get(Feature.USER_PURCHASES)).isZero();
    }

    @Test
    @DisplayName("a score's contributions add up to the score minus the baseline, and credit the intent")
    void contributionsExplainTheScore() {
        FeatureVector salmon = Vectors.of(Map.of(Feature.BM25_NAME, 0.5, Feature.INTENT_AISLE, 0.95));
        FeatureVector crackers = Vectors.of(Map.of(Feature.BM25_NAME, 5.0, Feature.INTENT_AISLE, 0.05));

        for (FeatureVector features : List.of(salmon, crackers)) {
            double total = RANKER.contributions(features).values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(total).isCloseTo(RANKER.score(features) - RANKER.baseline(), within(1e-9));
        }
        assertThat(RANKER.contributions(salmon).get(Feature.INTENT_AISLE)).isPositive();
        assertThat(RANKER.contributions(crackers).get(Feature.INTENT_AISLE)).isNegative();
        assertThat(RANKER.contributions(salmon).get(Feature.USER_PURCHASES)).isZero();
        assertThat(RANKER.score(salmon)).isGreaterThan(RANKER.score(crackers));
    }

    @Test
    @DisplayName("is a ranker named ltr that scores a candidate by its features")
    void isARanker() {
        FeatureVector features = TRAINING.get(0).shown().get(0).features();
        Product product = new Product(1, "Salmon", 1, "seafood", 1, "meat seafood", "", Double.NaN, true);

        assertThat(RANKER.name()).isEqualTo("ltr");
        assertThat(RANKER.score(new Candidate(product, 9, 9, 0, 0), features)).isEqualTo(RANKER.score(features));
        assertThat(RANKER.trees()).isEqualTo(60);
        assertThat(RANKER.settings()).isEqualTo(SETTINGS);
    }

    @Test
    @DisplayName("the same seed gives the same model; another seed samples other queries")
    void deterministicPerSeed() {
        LearnedRanker again = LearnedRanker.fit(TRAINING, SETTINGS);
        LearnedRanker other = LearnedRanker.fit(TRAINING, SETTINGS.withSeed(43));

        List<Double> scores = new ArrayList<>();
        List<Double> againScores = new ArrayList<>();
        List<Double> otherScores = new ArrayList<>();
        for (TrainingExample example : HELD_OUT.get(0).shown()) {
            scores.add(RANKER.score(example.features()));
            againScores.add(again.score(example.features()));
            otherScores.add(other.score(example.features()));
        }
        assertThat(againScores).isEqualTo(scores);
        assertThat(otherScores).isNotEqualTo(scores);
    }

    @Test
    @DisplayName("ignores queries whose results all have one grade, and refuses when no query has two")
    void needsPairs() {
        FeatureVector a = Vectors.of(Map.of(Feature.BM25_NAME, 1.0));
        FeatureVector b = Vectors.of(Map.of(Feature.BM25_NAME, 2.0));
        TrainingQuery flat = new TrainingQuery("flat", List.of(new TrainingExample(a, 0, 1, 1),
                new TrainingExample(b, 0, 2, 1)));
        TrainingQuery informative = new TrainingQuery("informative", List.of(new TrainingExample(a, 3, 1, 1),
                new TrainingExample(b, 0, 2, 1)));

        // A subsample of 10% of one query misses it most rounds: those rounds must learn from it anyway.
        LearnedRanker ranker = LearnedRanker.fit(List.of(flat, informative), new TrainingSettings(5, 0.5, 2, 1, 0.1,
                1));

        assertThat(ranker.score(a)).isGreaterThan(ranker.score(b));
        assertThatThrownBy(() -> LearnedRanker.fit(List.of(flat), SETTINGS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different grades");
    }

    @Test
    @DisplayName("rejects a feature that is not a finite number, naming the query and the example")
    void rejectsNonFiniteFeatures() {
        FeatureVector broken = Vectors.of(Map.of(Feature.PRICE, Double.NaN));
        FeatureVector fine = Vectors.of(Map.of());
        TrainingQuery query = new TrainingQuery("salmon", List.of(new TrainingExample(fine, 1, 1, 1),
                new TrainingExample(broken, 0, 2, 1)));

        assertThatThrownBy(() -> LearnedRanker.fit(List.of(query), SETTINGS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'salmon'").hasMessageContaining("example 2").hasMessageContaining("price");
    }

    @Test
    @DisplayName("rejects settings out of range and examples with a bad grade, position or weight")
    void rejectsBadSettingsAndExamples() {
        FeatureVector features = Vectors.of(Map.of());
        assertThatThrownBy(() -> new TrainingSettings(0, 0.1, 8, 5, 0.8, 1)).hasMessageContaining("trees");
        assertThatThrownBy(() -> new TrainingSettings(10, 0, 8, 5, 0.8, 1)).hasMessageContaining("shrinkage");
        assertThatThrownBy(() -> new TrainingSettings(10, 0.1, 1, 5, 0.8, 1)).hasMessageContaining("maxNodes");
        assertThatThrownBy(() -> new TrainingSettings(10, 0.1, 8, 0, 0.8, 1)).hasMessageContaining("minLeafSize");
        assertThatThrownBy(() -> new TrainingSettings(10, 0.1, 8, 5, 1.5, 1)).hasMessageContaining("subsample");
        assertThatThrownBy(() -> new TrainingExample(features, -1, 1, 1)).hasMessageContaining("grade");
        assertThatThrownBy(() -> new TrainingExample(features, 1, 0, 1)).hasMessageContaining("position");
        assertThatThrownBy(() -> new TrainingExample(features, 1, 1, Double.NaN)).hasMessageContaining("weight");
    }
}
