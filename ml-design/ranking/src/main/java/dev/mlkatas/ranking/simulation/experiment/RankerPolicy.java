package dev.mlkatas.ranking.simulation.experiment;

import dev.mlkatas.ranking.query.ParsedQuery;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.search.Hit;
import dev.mlkatas.ranking.search.SearchSystem;
import dev.mlkatas.ranking.simulation.shoppers.SearchPolicy;
import dev.mlkatas.ranking.simulation.shoppers.SimulatedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A results page as the shop would show it with one ranker: what the simulator's shoppers see. Pages of
 * rankers that ignore the shopper are computed once per query, and a query's candidates once for all
 * shoppers, which makes simulating thousands of searches cheap.
 *
 * <p>A share of the searches may see the page shuffled: the exploration real shops run on a slice of their
 * traffic, so that the log shows the same product at several positions. That is what lets the position bias
 * be estimated from the log alone (see {@link dev.mlkatas.ranking.rankers.PropensityEstimator}).
 *
 * <p>Example: {@code simulator.simulate(new RankerPolicy(shop, new Bm25Ranker(), false), 20_000, seed)}.
 */
public final class RankerPolicy implements SearchPolicy {

    /** The length of a results page. */
    public static final int PAGE = 10;

    private final SearchSystem system;
    private final Ranker ranker;
    private final boolean personal;
    private record Anonymous(ParsedQuery query, List<Hit> hits) {
    }

    private final Map<String, List<Integer>> pages = new ConcurrentHashMap<>();
    private final Map<String, Anonymous> candidates = new ConcurrentHashMap<>();
    private final double exploration;
    private final SplittableRandom random;

    /**
     * A policy that always shows the ranker's page.
     *
     * @param personal whether the ranker reads the shopper's own history, so that pages differ by shopper
     */
    public RankerPolicy(SearchSystem system, Ranker ranker, boolean personal) {
        this(system, ranker, personal, 0, 0);
    }

    /**
     * @param exploration the share of searches, from 0 to 1, that see the page in a random order
     * @param seed the seed of the exploration's draws
     */
    public RankerPolicy(SearchSystem system, Ranker ranker, boolean personal, double exploration, long seed) {
        if (!(exploration >= 0 && exploration <= 1)) {
            throw new IllegalArgumentException("the exploration share must be from 0 to 1, not " + exploration);
        }
        this.system = system;
        this.ranker = ranker;
        this.personal = personal;
        this.exploration = exploration;
        this.random = new SplittableRandom(seed);
    }

    public Ranker ranker() {
        return ranker;
    }

    @Override
    public List<Integer> page(SimulatedQuery query, int userId) {
        List<Integer> page = personal ? personalPage(query.text(), userId)
                : pages.computeIfAbsent(query.text(), text -> compute(text, OptionalInt.empty()));
        if (exploration > 0 && random.nextDouble() < exploration) {
            List<Integer> shuffled = new ArrayList<>(page);
            Collections.shuffle(shuffled, new Random(random.nextLong()));
            return shuffled;
        }
        return page;
    }

    /** The shopper's page, from the query's anonymous candidates, which are computed once. */
    private List<Integer> personalPage(String text, int userId) {
        Anonymous anonymous = candidates.computeIfAbsent(text, t -> {
            ParsedQuery query = system.parse(t);
            return new Anonymous(query, system.candidates(query, OptionalInt.empty()));
        });
        return system.rank(system.forShopper(anonymous.query(), anonymous.hits(), userId), ranker).stream()
                .limit(PAGE).map(hit -> hit.product().id()).toList();
    }

    private List<Integer> compute(String text, OptionalInt userId) {
        return system.search(text, userId, ranker, PAGE).stream().map(hit -> hit.product().id()).toList();
    }

}
