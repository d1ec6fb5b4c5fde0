package dev.mlkatas.ranking.commands;

import dev.mlkatas.ranking.behaviour.SearchLog;
import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.SyntheticCatalog;
import dev.mlkatas.ranking.experiment.SimulatedShop;
import dev.mlkatas.ranking.experiment.TrainingSet;
import dev.mlkatas.ranking.rankers.Bm25Ranker;
import dev.mlkatas.ranking.rankers.LearnedRanker;
import dev.mlkatas.ranking.rankers.PopularityRanker;
import dev.mlkatas.ranking.rankers.PropensityEstimator;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.rankers.TrainingSettings;
import dev.mlkatas.ranking.search.SearchSystem;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The system that answers {@code search}, learnt from whatever the shop has:
 * <ul>
 *   <li>the embedded synthetic shop: its simulated history, and a learned ranker trained on it;
 *   <li>a catalogue with a search log ({@code --log}): intent, vectors, popularity, history and the learned
 *       ranker all come from that log;
 *   <li>a catalogue alone: intent from the aisles of the query's BM25 results, vectors from the product text,
 *       no popularity nor history, and the learned ranker of the synthetic shop, whose features mean the same
 *       on any catalogue.
 * </ul>
 */
final class ServingShop implements AutoCloseable {

    private final SearchSystem system;
    private final AutoCloseable owner;
    private final Supplier<LearnedRanker> learned;

    private ServingShop(SearchSystem system, AutoCloseable owner, Supplier<LearnedRanker> learned) {
        this.system = system;
        this.owner = owner;
        this.learned = learned;
    }

    static ServingShop open(ShopOptions options, SimulatedShop.Settings settings, Optional<SearchLog> log,
            PrintWriter info) {
        Catalog catalog = options.catalog(info);
        if (log.isPresent()) {
            SearchSystem system = SearchSystem.build(catalog, log.get(), options.seed);
            info.printf("search log: %,d searches%n", log.get().searches().size());
            return new ServingShop(system, system, () -> LearnedRanker.fit(
                    PropensityEstimator.estimate(log.get()).reweigh(TrainingSet.of(system, log.get(), search -> true)),
                    TrainingSettings.DEFAULTS.withSeed(options.seed)));
        }
        if (options.synthetic()) {
            SimulatedShop shop = SimulatedShop.open(catalog, options.seed, settings);
            info.printf("search log: %,d simulated searches under BM25, then %,d under BM25 with popularity%n",
                    shop.history().searches().size(), shop.trainingLog().searches().size());
            return new ServingShop(shop.system(), shop, () -> shop.learnedRanker(search -> true, true));
        }
        SearchSystem system = SearchSystem.build(catalog, SearchLog.empty(), options.seed);
        info.println("search log: none for this catalogue; intent falls back to the aisles of BM25's results, "
                + "with no popularity nor history");
        return new ServingShop(system, system, () -> {
            info.println("learned ranker: trained on the embedded synthetic shop (its features mean the same here)");
            try (SimulatedShop shop = SimulatedShop.open(SyntheticCatalog.generate(options.seed, options.products),
                    options.seed, settings)) {
                return shop.learnedRanker(search -> true, true);
            }
        });
    }

    SearchSystem system() {
        return system;
    }

    Ranker ranker(RankerChoice choice) {
        return switch (choice) {
            case BM25 -> new Bm25Ranker();
            case POPULARITY -> new PopularityRanker();
            case LTR -> learned.get();
        };
    }

    @Override
    public void close() throws Exception {
        owner.close();
    }
}
