package dev.mlkatas.ranking.experiment;

import dev.mlkatas.ranking.behaviour.SearchPolicy;
import dev.mlkatas.ranking.behaviour.SimulatedQuery;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.search.Hit;
import dev.mlkatas.ranking.search.SearchSystem;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A results page as the shop would show it with one ranker: what the simulator's shoppers see. Pages of
 * rankers that ignore the shopper are computed once per query, which makes simulating thousands of
 * searches cheap.
 *
 * <p>Example: {@code simulator.simulate(new RankerPolicy(shop, new Bm25Ranker(), false), 20_000, seed)}.
 */
public final class RankerPolicy implements SearchPolicy {

    /** The length of a results page. */
    public static final int PAGE = 10;

    private final SearchSystem system;
    private final Ranker ranker;
    private final boolean personal;
    private final Map<String, List<Integer>> pages = new ConcurrentHashMap<>();

    /**
     * @param personal whether the ranker reads the shopper's own history, so that pages differ by shopper
     */
    public RankerPolicy(SearchSystem system, Ranker ranker, boolean personal) {
        this.system = system;
        this.ranker = ranker;
        this.personal = personal;
    }

    public Ranker ranker() {
        return ranker;
    }

    @Override
    public List<Integer> page(SimulatedQuery query, int userId) {
        if (personal) {
            return compute(query.text(), OptionalInt.of(userId));
        }
        return pages.computeIfAbsent(query.text(), text -> compute(text, OptionalInt.empty()));
    }

    private List<Integer> compute(String text, OptionalInt userId) {
        return system.search(text, userId, ranker, PAGE).stream().map(hit -> hit.product().id()).toList();
    }

    /** The page as {@link Hit}s, for callers that need more than the ids. */
    List<Hit> hits(String text, OptionalInt userId) {
        return system.search(text, userId, ranker, PAGE);
    }
}
