package dev.mlkatas.ranking.rankers;

import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A search log from known examination probabilities: the position-based click model, where a shown
 * result is clicked with probability {@code examination[position - 1] · relevance}. The logging ranker
 * orders each query's results by their logging score; a share of the searches shows a random shuffle
 * instead, the randomised intervention that lets position bias be told apart from relevance.
 */
final class PositionBasedClicks {

    /**
     * One result a query can show.
     *
     * @param productId the product
     * @param relevance the chance a shopper who examines it clicks it
     * @param loggingScore what the logging ranker orders by, higher first
     */
    record Item(int productId, double relevance, double loggingScore) {
    }

    /** @param items the results of one query, all shown on every page (as many as there are positions at most) */
    record Query(String text, List<Item> items) {
    }

    private PositionBasedClicks() {
    }

    /**
     * {@code searches} searches, each for a query drawn uniformly.
     *
     * @param shuffled the share of searches that show a random order instead of the logging ranker's
     */
    static SearchLog simulate(List<Query> queries, double[] examination, int searches, double shuffled, long seed) {
        Random random = new Random(seed);
        List<Search> log = new ArrayList<>(searches);
        for (int s = 0; s < searches; s++) {
            Query query = queries.get(random.nextInt(queries.size()));
            List<Item> page = new ArrayList<>(query.items());
            if (random.nextDouble() < shuffled) {
                Collections.shuffle(page, random);
            } else {
                page.sort(Comparator.comparingDouble(Item::loggingScore).reversed());
            }
            List<Impression> impressions = new ArrayList<>();
            for (int position = 1; position <= Math.min(page.size(), examination.length); position++) {
                Item item = page.get(position - 1);
                boolean clicked = random.nextDouble() < examination[position - 1] * item.relevance();
                impressions.add(new Impression(position, item.productId(), clicked, false, false));
            }
            log.add(new Search(s, 1 + random.nextInt(1000), query.text(), QuerySegment.HEAD, impressions));
        }
        return new SearchLog(log);
    }

    /** {@code count} queries of {@code size} items each, relevance uniform in [0.1, 0.9], logging scores uniform. */
    static List<Query> randomQueries(int count, int size, long seed) {
        Random random = new Random(seed);
        List<Query> queries = new ArrayList<>();
        int productId = 1;
        for (int q = 0; q < count; q++) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(new Item(productId++, 0.1 + 0.8 * random.nextDouble(), random.nextDouble()));
            }
            queries.add(new Query("query " + q, items));
        }
        return queries;
    }
}
