package dev.mlkatas.ranking.simulation.experiment;

import dev.mlkatas.ranking.evaluation.Ndcg;
import dev.mlkatas.ranking.evaluation.RankingMetrics;
import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.search.Hit;
import dev.mlkatas.ranking.search.SearchSystem;
import dev.mlkatas.ranking.simulation.shoppers.SimulatedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Offline evaluation: every ranker ranks every held-out query, and its pages are scored against graded
 * relevance from shoppers' behaviour ({@link Judgments}): NDCG@k, MRR, precision@k and recall@k, per
 * query segment and over all held-out queries.
 *
 * <p>Example: {@code OfflineEvaluation.run(shop, rankers, heldOut, 10, 40, seed).rows()}.
 */
public final class OfflineEvaluation {

    /**
     * The mean metrics of one ranker over one segment's held-out queries.
     *
     * @param ranker the ranker's label
     * @param segment the segment, or empty for all held-out queries
     * @param queries how many queries the means are over
     */
    public record Row(String ranker, Optional<QuerySegment> segment, int queries, double ndcg, double mrr,
            double precision, double recall) {

        /** The segment's name in tables, {@code all} for every held-out query. */
        public String segmentLabel() {
            return segment.map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).orElse("all");
        }
    }

    /** The metrics of one ranker on one query. */
    private record QueryScore(QuerySegment segment, double ndcg, double mrr, double precision, double recall) {
    }

    private OfflineEvaluation() {
    }

    /**
     * @param rankers the rankers to compare, by the label the table shows
     * @param k the depth of every metric (and the page length)
     * @param judgingSearches how many simulated shoppers judge each held-out query
     */
    public static List<Row> run(SimulatedShop shop, Map<String, Ranker> rankers, HeldOutQueries heldOut, int k,
            int judgingSearches, long seed) {
        SearchSystem system = shop.system();
        Random random = new Random(seed);
        Map<String, List<QueryScore>> scores = new LinkedHashMap<>();
        rankers.keySet().forEach(label -> scores.put(label, new ArrayList<>()));
        for (SimulatedQuery query : heldOut.queries()) {
            List<Hit> candidates = system.candidates(system.parse(query.text()), OptionalInt.empty());
            Map<String, List<Integer>> pages = new LinkedHashMap<>();
            List<Integer> pool = new ArrayList<>();
            rankers.forEach((label, ranker) -> {
                List<Integer> page = system.rank(candidates, ranker).stream().limit(k)
                        .map(hit -> hit.product().id()).toList();
                pages.put(label, page);
                pool.addAll(page);
            });
            Judgments judgments = Judgments.collect(shop.simulator(), query, pool, judgingSearches, random);
            int[] all = judgments.all();
            pages.forEach((label, page) -> scores.get(label).add(score(query.segment(), page, judgments, all, k)));
        }
        List<Row> rows = new ArrayList<>();
        scores.forEach((label, list) -> {
            rows.add(mean(label, Optional.empty(), list));
            for (QuerySegment segment : QuerySegment.values()) {
                List<QueryScore> ofSegment = list.stream().filter(s -> s.segment() == segment).toList();
                if (!ofSegment.isEmpty()) {
                    rows.add(mean(label, Optional.of(segment), ofSegment));
                }
            }
        });
        return rows;
    }

    private static QueryScore score(QuerySegment segment, List<Integer> page, Judgments judgments, int[] all, int k) {
        double[] scores = new double[page.size()];
        int[] grades = new int[page.size()];
        for (int i = 0; i < page.size(); i++) {
            scores[i] = page.size() - i;
            grades[i] = judgments.grade(page.get(i));
        }
        return new QueryScore(segment, Ndcg.at(k, scores, grades, all), RankingMetrics.reciprocalRank(scores, grades),
                RankingMetrics.precisionAt(k, scores, grades), RankingMetrics.recallAt(k, scores, grades, all));
    }

    private static Row mean(String ranker, Optional<QuerySegment> segment, List<QueryScore> scores) {
        return new Row(ranker, segment, scores.size(),
                scores.stream().mapToDouble(QueryScore::ndcg).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::mrr).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::precision).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::recall).average().orElse(0));
    }
}
