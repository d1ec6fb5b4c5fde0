package dev.mlkatas.ranking.rankers;

import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.features.FeatureVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Training queries with a known answer: the trap of "fish" in numbers. Each result has a BM25 score, an
 * aisle intent and a price that means nothing; what shoppers want is the right aisle (a salmon fillet),
 * not the best textual match (fish-shaped crackers). Grades follow the intent.
 */
final class RankingData {

    private RankingData() {
    }

    /** {@code count} queries of {@code size} results; the grade is 3, 2, 1 or 0 by the intent's quarter. */
    static List<TrainingQuery> intentQueries(int count, int size, long seed) {
        Random random = new Random(seed);
        List<TrainingQuery> queries = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            List<TrainingExample> shown = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                double intent = random.nextDouble();
                // Crackers: a strong textual match with the wrong intent is common on purpose.
                double bm25 = 5 * (1 - intent) * random.nextDouble() + random.nextDouble();
                FeatureVector features = Vectors.of(Map.of(Feature.BM25_NAME, bm25, Feature.INTENT_AISLE, intent,
                        Feature.PRICE, random.nextGaussian()));
                shown.add(new TrainingExample(features, (int) Math.floor(intent * 4), i + 1, 1.0));
            }
            queries.add(new TrainingQuery("query " + q, shown));
        }
        return queries;
    }

    /** The mean NDCG of the queries ranked by {@code score}, their grades the gains. */
    static double meanNdcg(List<TrainingQuery> queries, ToDoubleFunction<FeatureVector> score) {
        double sum = 0;
        for (TrainingQuery query : queries) {
            List<TrainingExample> ranked = new ArrayList<>(query.shown());
            ranked.sort(Comparator.comparingDouble((TrainingExample e) -> score.applyAsDouble(e.features())).reversed());
            List<TrainingExample> ideal = new ArrayList<>(query.shown());
            ideal.sort(Comparator.comparingInt(TrainingExample::grade).reversed());
            double best = dcg(ideal);
            sum += best == 0 ? 1 : dcg(ranked) / best;
        }
        return sum / queries.size();
    }

    private static double dcg(List<TrainingExample> ranked) {
        double dcg = 0;
        for (int rank = 1; rank <= ranked.size(); rank++) {
            dcg += (Math.pow(2, ranked.get(rank - 1).grade()) - 1) / (Math.log(rank + 1) / Math.log(2));
        }
        return dcg;
    }
}
