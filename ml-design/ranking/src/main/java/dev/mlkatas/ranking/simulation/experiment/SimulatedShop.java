package dev.mlkatas.ranking.simulation.experiment;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import dev.mlkatas.ranking.rankers.Bm25Ranker;
import dev.mlkatas.ranking.rankers.LearnedRanker;
import dev.mlkatas.ranking.rankers.PopularityRanker;
import dev.mlkatas.ranking.rankers.Propensities;
import dev.mlkatas.ranking.rankers.PropensityEstimator;
import dev.mlkatas.ranking.rankers.TrainingQuery;
import dev.mlkatas.ranking.rankers.TrainingSet;
import dev.mlkatas.ranking.rankers.TrainingSettings;
import dev.mlkatas.ranking.retrieval.CatalogIndex;
import dev.mlkatas.ranking.search.SearchSystem;
import dev.mlkatas.ranking.simulation.shoppers.SearchSimulator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A shop with a history, simulated: the life of a search system in three steps, as it happens in a real
 * shop.
 *
 * <ol>
 *   <li>Launch: the shop ranks by BM25 alone, knowing nothing but its catalogue; shoppers search and the
 *       <em>history</em> log records what they did.
 *   <li>Learn: the system learns intent, dense vectors, popularity and each shopper's purchases from that
 *       history, and ranks by BM25 with popularity, the simple baseline; the <em>training</em> log records
 *       the next searches, a tenth of them shown in a random order to measure position bias.
 *   <li>Improve: a learned ranker is trained on the training log, with inverse propensity weights that
 *       undo the bias of the positions the baseline showed things at.
 * </ol>
 *
 * <p>Example: {@code try (SimulatedShop shop = SimulatedShop.open(catalog, 42, Settings.DEFAULT)) {
 * shop.learnedRanker(search -> true); }}
 */
public final class SimulatedShop implements AutoCloseable {

    /**
     * The simulation's version, raised with every change to what a simulated shop's system and ranker learn
     * from (its shoppers, their queries, their clicks), so that a cache of the old simulation's is not served
     * as this one's. 2: the grocery world's queries joined the population.
     */
    public static final int VERSION = 2;

    /**
     * @param historySearches the searches of the launch, learned from
     * @param trainingSearches the searches under the baseline, trained on
     * @param training the learned ranker's settings
     */
    public record Settings(int historySearches, int trainingSearches, TrainingSettings training) {

        public static final Settings DEFAULT = new Settings(20_000, 10_000, TrainingSettings.DEFAULTS);
    }

    /** The share of the baseline's searches that see their page shuffled, so that position bias can be learnt. */
    public static final double EXPLORATION = 0.1;

    private final long seed;
    private final Settings settings;
    private final SearchSimulator simulator;
    private final CatalogIndex index;
    private final SearchLog history;
    private final SearchSystem system;
    private final SearchLog trainingLog;

    private SimulatedShop(Catalog catalog, long seed, Settings settings) {
        this.seed = seed;
        this.settings = settings;
        this.simulator = new SearchSimulator(catalog, seed);
        this.index = CatalogIndex.build(catalog);
        SearchSystem launch = SearchSystem.over(index, SearchLog.empty(), seed);
        this.history = simulator.simulate(new RankerPolicy(launch, new Bm25Ranker(), false),
                settings.historySearches(), seed + 1);
        launch.close();
        this.system = SearchSystem.over(index, history, seed);
        this.trainingLog = simulator.simulate(
                new RankerPolicy(system, new PopularityRanker(), false, EXPLORATION, seed + 3),
                settings.trainingSearches(), seed + 2);
    }

    /** Simulates the shop's history on the catalogue; takes seconds for the default settings. */
    public static SimulatedShop open(Catalog catalog, long seed, Settings settings) {
        return new SimulatedShop(catalog, seed, settings);
    }

    public long seed() {
        return seed;
    }

    public SearchSimulator simulator() {
        return simulator;
    }

    /** The system after the launch: it has learnt from the history log. */
    public SearchSystem system() {
        return system;
    }

    public SearchLog history() {
        return history;
    }

    /** The searches under the baseline (BM25 with popularity), which the learned ranker is trained on. */
    public SearchLog trainingLog() {
        return trainingLog;
    }

    /** The position bias estimated from the training searches that {@code keep} accepts. */
    public Propensities propensities(Predicate<Search> keep) {
        return PropensityEstimator.estimate(new SearchLog(trainingLog.searches().stream().filter(keep).toList()));
    }

    /**
     * The learned ranker trained on the training searches that {@code keep} accepts.
     *
     * @param debiased whether the examples are weighted by inverse propensity (the ranker the shop
     *     uses), or taken at face value (to show what the weights are worth)
     */
    public LearnedRanker learnedRanker(Predicate<Search> keep, boolean debiased) {
        List<TrainingQuery> queries = TrainingSet.of(system, trainingLog, keep);
        if (debiased) {
            queries = propensities(keep).reweigh(queries);
        }
        return LearnedRanker.fit(queries, settings.training().withSeed(seed));
    }

    @Override
    public void close() {
        system.close();
        index.close();
    }
}
