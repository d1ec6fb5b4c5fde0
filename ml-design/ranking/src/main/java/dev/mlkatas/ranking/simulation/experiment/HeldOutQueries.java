package dev.mlkatas.ranking.simulation.experiment;

import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.simulation.shoppers.SimulatedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The queries the learned ranker never trains on, so that its evaluation measures how it generalises:
 * the same share of every segment, drawn with a seed, at least one per segment that has two.
 *
 * <p>Example: {@code HeldOutQueries.draw(simulator.queries(), 0.3, 7).training()} is the filter of the
 * training searches.
 */
public record HeldOutQueries(List<SimulatedQuery> queries) {

    public HeldOutQueries {
        queries = List.copyOf(queries);
    }

    /**
     * @param share the share of each segment's queries held out, from 0 to 1
     */
    public static HeldOutQueries draw(List<SimulatedQuery> population, double share, long seed) {
        Map<QuerySegment, List<SimulatedQuery>> bySegment = new EnumMap<>(QuerySegment.class);
        for (SimulatedQuery query : population) {
            bySegment.computeIfAbsent(query.segment(), segment -> new ArrayList<>()).add(query);
        }
        Random random = new Random(seed);
        List<SimulatedQuery> heldOut = new ArrayList<>();
        bySegment.forEach((segment, queries) -> {
            List<SimulatedQuery> shuffled = new ArrayList<>(queries);
            Collections.shuffle(shuffled, random);
            int count = (int) Math.round(share * shuffled.size());
            if (count == 0 && shuffled.size() >= 2 && share > 0) {
                count = 1;
            }
            heldOut.addAll(shuffled.subList(0, count));
        });
        return new HeldOutQueries(heldOut);
    }

    /** Accepts the searches of every query but the held-out ones. */
    public Predicate<Search> training() {
        Set<String> texts = queries.stream().map(SimulatedQuery::text).collect(Collectors.toSet());
        return search -> !texts.contains(search.query());
    }
}
