package dev.mlkatas.ranking.commands;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import dev.mlkatas.ranking.log.SearchLogCsv;
import dev.mlkatas.ranking.rankers.Bm25Ranker;
import dev.mlkatas.ranking.rankers.LearnedRanker;
import dev.mlkatas.ranking.rankers.PopularityRanker;
import dev.mlkatas.ranking.rankers.PropensityEstimator;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.rankers.TrainingQuery;
import dev.mlkatas.ranking.rankers.TrainingSet;
import dev.mlkatas.ranking.rankers.TrainingSettings;
import dev.mlkatas.ranking.search.SearchSystem;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The system that answers {@code search}, learnt from whatever the shop has:
 * <ul>
 *   <li>the embedded synthetic shop: its simulated history, and a learned ranker trained on it;
 *   <li>a catalogue with a search log ({@code --log}): the log is split in its order, as the simulated shop
 *       keeps its two logs apart: its first two thirds teach intent, vectors, popularity and history, its
 *       last third trains the learned ranker. Trained on the searches the features were counted from, a
 *       ranker would learn that what was clicked is popular, because the click itself made it so;
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

    /** The share of a user's log, in its order, that the system learns from; the rest trains the ranker. */
    static final double HISTORY_SHARE = 2.0 / 3;

    static ServingShop open(ShopOptions options, SimulatedShop.Settings settings, Optional<Path> logFile,
            PrintWriter info) {
        Catalog catalog = options.catalog(info);
        if (logFile.isPresent()) {
            List<Search> searches = SearchLogCsv.read(logFile.get()).searches();
            int cut = (int) Math.ceil(searches.size() * HISTORY_SHARE);
            SearchLog history = new SearchLog(searches.subList(0, cut));
            SearchLog training = new SearchLog(searches.subList(cut, searches.size()));
            SearchSystem system = SearchSystem.build(catalog, history, options.seed);
            info.printf("search log: %,d searches; the first %,d teach the system, the last %,d train the learned "
                    + "ranker%n", searches.size(), cut, searches.size() - cut);
            return new ServingShop(system, system, () -> trainOn(system, training, logFile.get(), options.seed));
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

    private static LearnedRanker trainOn(SearchSystem system, SearchLog training, Path logFile, long seed) {
        try {
            List<TrainingQuery> queries = TrainingSet.of(system, training, search -> true);
            return LearnedRanker.fit(PropensityEstimator.estimate(training).reweigh(queries),
                    TrainingSettings.DEFAULTS.withSeed(seed));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(logFile.getFileName() + ": the last third of the log ("
                    + training.searches().size() + " searches) cannot train the learned ranker: " + e.getMessage()
                    + "; --ranker bm25 or popularity need no training", e);
        }
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
