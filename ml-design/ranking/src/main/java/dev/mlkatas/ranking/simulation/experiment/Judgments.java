package dev.mlkatas.ranking.simulation.experiment;

import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.simulation.shoppers.SearchSimulator;
import dev.mlkatas.ranking.simulation.shoppers.SimulatedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Graded relevance of one query's products, read off shoppers' behaviour: a product's grade is the best
 * thing anyone did with it (purchase 3, add-to-cart 2, click 1, nothing 0).
 *
 * <p>The judged products are the pool of every compared ranker's page, shown in a new random order to
 * every judging search, so that no ranker's favourites get the top positions and the clicks that come
 * with them: position bias would otherwise favour the ranker that logged the data.
 *
 * <p>Example: {@code Judgments.collect(simulator, query, pool, 40, random).grade(42)}.
 */
public record Judgments(Map<Integer, Integer> grades) {

    public Judgments {
        grades = Map.copyOf(grades);
    }

    /**
     * @param pool the products to judge, e.g. the union of the compared rankers' pages
     * @param searches how many simulated shoppers see the pool
     */
    public static Judgments collect(SearchSimulator simulator, SimulatedQuery query, List<Integer> pool,
            int searches, Random random) {
        List<Integer> page = new ArrayList<>(new LinkedHashSet<>(pool));
        Map<Integer, Integer> grades = new HashMap<>();
        page.forEach(product -> grades.put(product, 0));
        for (int s = 0; s < searches; s++) {
            Collections.shuffle(page, random);
            int user = simulator.sampleUser(random);
            for (Impression impression : simulator.browse(query, user, List.copyOf(page), random)) {
                grades.merge(impression.productId(), impression.grade(), Math::max);
            }
        }
        return new Judgments(grades);
    }

    /** The product's grade; 0 for a product that was not judged. */
    public int grade(int productId) {
        return grades.getOrDefault(productId, 0);
    }

    /** The grades of every judged product, for the ideal DCG and recall. */
    public int[] all() {
        return grades.values().stream().mapToInt(Integer::intValue).toArray();
    }
}
