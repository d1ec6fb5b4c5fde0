package dev.mlkatas.ranking.rankers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Improving the ranking over time: a log written by a ranker that orders by popularity, clicks that
 * follow intent but fall off with position, and two rankers learnt from it. Trained on the clicks as they
 * are, the model learns that popular products get clicked, which is mostly the old ranker's own doing.
 * Trained with inverse propensity weights estimated from the same log, it learns the intent.
 */
@DisplayName("LearnedRanker trained with inverse propensity weights")
class DebiasedTrainingTest {

    private static final double[] EXAMINATION = {1.0, 0.5, 0.33, 0.25, 0.2, 0.17, 0.14, 0.125, 0.11, 0.1};
    private static final TrainingSettings SETTINGS = new TrainingSettings(20, 0.1, 8, 20, 0.8, 7);

    @Test
    @DisplayName("weights estimated from the log alone take the old ranker's bias out of what is learnt")
    void debiasedTrainingLearnsTheIntent() {
        List<PositionBasedClicks.Query> queries = PositionBasedClicks.randomQueries(150, 10, 11);
        SearchLog log = PositionBasedClicks.simulate(queries, EXAMINATION, 1_500, 0.25, 12);
        List<TrainingQuery> training = trainingQueries(queries, log);

        Propensities propensities = PropensityEstimator.estimate(log);
        LearnedRanker naive = LearnedRanker.fit(training, SETTINGS);
        LearnedRanker debiased = LearnedRanker.fit(propensities.reweigh(training), SETTINGS);

        List<TrainingQuery> truth = trainingQueries(PositionBasedClicks.randomQueries(300, 10, 13));
        double naiveNdcg = RankingData.meanNdcg(truth, naive::score);
        double debiasedNdcg = RankingData.meanNdcg(truth, debiased::score);
        assertThat(propensities.at(10)).isLessThan(0.2);
        assertThat(debiasedNdcg).isGreaterThan(naiveNdcg + 0.05);
        assertThat(debiased.importance().get(Feature.POPULARITY))
                .isLessThan(naive.importance().get(Feature.POPULARITY));
        assertThat(debiased.importance().get(Feature.INTENT_AISLE)).isGreaterThan(0.5);
    }

    private static FeatureVector features(PositionBasedClicks.Item item) {
        return Vectors.of(Map.of(Feature.INTENT_AISLE, item.relevance(), Feature.POPULARITY, item.loggingScore()));
    }

    /** One training query per search: the clicks as grades. */
    private static List<TrainingQuery> trainingQueries(List<PositionBasedClicks.Query> queries, SearchLog log) {
        Map<Integer, PositionBasedClicks.Item> items = new HashMap<>();
        queries.forEach(query -> query.items().forEach(item -> items.put(item.productId(), item)));
        List<TrainingQuery> training = new ArrayList<>();
        for (Search search : log.searches()) {
            List<TrainingExample> shown = new ArrayList<>();
            for (Impression impression : search.impressions()) {
                shown.add(new TrainingExample(features(items.get(impression.productId())), impression.grade(),
                        impression.position(), 1.0));
            }
            training.add(new TrainingQuery(search.query(), shown));
        }
        return training;
    }

    /** The true answer: each query's items graded 0 to 3 by their relevance. */
    private static List<TrainingQuery> trainingQueries(List<PositionBasedClicks.Query> queries) {
        List<TrainingQuery> truth = new ArrayList<>();
        for (PositionBasedClicks.Query query : queries) {
            List<TrainingExample> shown = new ArrayList<>();
            for (PositionBasedClicks.Item item : query.items()) {
                shown.add(new TrainingExample(features(item), (int) Math.floor((item.relevance() - 0.1) / 0.8 * 4),
                        shown.size() + 1, 1.0));
            }
            truth.add(new TrainingQuery(query.text(), shown));
        }
        return truth;
    }
}
