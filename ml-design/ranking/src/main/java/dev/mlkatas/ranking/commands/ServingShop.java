package dev.mlkatas.ranking.commands;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.InstacartFiles;
import dev.mlkatas.ranking.catalog.Product;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * With a cache, what was learnt (the catalogue's index, the intent counts, popularity and purchases, the
 * dense vectors, the learned ranker once trained) is kept under a hash of every input, and the next search
 * of the same shop reads it back instead of learning again: neither the log nor the simulation is touched.
 */
final class ServingShop implements AutoCloseable {

    /** The share of a user's log, in its order, that the system learns from; the rest trains the ranker. */
    static final double HISTORY_SHARE = 2.0 / 3;

    private final SearchSystem system;
    private final AutoCloseable owner;
    private final Supplier<LearnedRanker> trainer;
    private LearnedRanker learned;
    private boolean learntHere;
    private TrainedShopCache cache;
    private String key;
    private PrintWriter info;

    private ServingShop(SearchSystem system, AutoCloseable owner, Supplier<LearnedRanker> trainer,
            LearnedRanker learned, boolean learntHere) {
        this.system = system;
        this.owner = owner;
        this.trainer = trainer;
        this.learned = learned;
        this.learntHere = learntHere;
    }

    /**
     * The shop of the options, loaded from {@code cache} when it holds an entry for the same inputs, else
     * learnt (and kept there when it is closed); {@code cache} null keeps nothing.
     */
    static ServingShop open(ShopOptions options, SimulatedShop.Settings settings, Optional<Path> logFile,
            TrainedShopCache cache, PrintWriter info) {
        Catalog catalog = options.catalog(info);
        String key = cache == null ? null : key(options, settings, logFile, catalog);
        Optional<TrainedShopCache.Entry> cached = cache == null ? Optional.empty() : cache.load(key, catalog, info);
        ServingShop serving;
        if (cached.isPresent()) {
            SearchSystem system = cached.get().system();
            info.printf("cache: served from %s (learnt before from the same catalogue, log, seed and settings)%n",
                    cache.entry(key));
            serving = new ServingShop(system, system, trainer(system, options, settings, logFile, info),
                    cached.get().ranker(), false);
        } else {
            serving = learn(catalog, options, settings, logFile, cache != null, info);
        }
        serving.cache = cache;
        serving.key = key;
        serving.info = info;
        return serving;
    }

    private static ServingShop learn(Catalog catalog, ShopOptions options, SimulatedShop.Settings settings,
            Optional<Path> logFile, boolean eager, PrintWriter info) {
        if (logFile.isPresent()) {
            List<Search> searches = SearchLogCsv.read(logFile.get()).searches();
            int cut = (int) Math.ceil(searches.size() * HISTORY_SHARE);
            SearchLog history = new SearchLog(searches.subList(0, cut));
            SearchSystem system = SearchSystem.build(catalog, history, options.seed);
            info.printf("search log: %,d searches; the first %,d teach the system, the last %,d train the learned "
                    + "ranker%n", searches.size(), cut, searches.size() - cut);
            SearchLog training = new SearchLog(searches.subList(cut, searches.size()));
            return new ServingShop(system, system, () -> trainOn(system, training, logFile.get(), options.seed), null,
                    true);
        }
        if (options.synthetic()) {
            SimulatedShop shop = SimulatedShop.open(catalog, options.seed, settings);
            info.printf("search log: %,d simulated searches under BM25, then %,d under BM25 with popularity%n",
                    shop.history().searches().size(), shop.trainingLog().searches().size());
            Supplier<LearnedRanker> trainer = () -> shop.learnedRanker(search -> true, true);
            // With a cache the ranker is trained now, while the simulated shop is at hand to train it on.
            return new ServingShop(shop.system(), shop, trainer, eager ? trainer.get() : null, true);
        }
        SearchSystem system = SearchSystem.build(catalog, SearchLog.empty(), options.seed);
        info.println("search log: none for this catalogue; intent falls back to the aisles of BM25's results, "
                + "with no popularity nor history");
        return new ServingShop(system, system, trainer(system, options, settings, logFile, info), null, true);
    }

    /** How the learned ranker is trained when it was not kept: on the log's last third, or a simulated shop. */
    private static Supplier<LearnedRanker> trainer(SearchSystem system, ShopOptions options,
            SimulatedShop.Settings settings, Optional<Path> logFile, PrintWriter info) {
        if (logFile.isPresent()) {
            return () -> {
                List<Search> searches = SearchLogCsv.read(logFile.get()).searches();
                int cut = (int) Math.ceil(searches.size() * HISTORY_SHARE);
                return trainOn(system, new SearchLog(searches.subList(cut, searches.size())), logFile.get(),
                        options.seed);
            };
        }
        return () -> {
            info.println("learned ranker: trained on the embedded synthetic shop (its features mean the same here)");
            try (SimulatedShop shop = SimulatedShop.open(SyntheticCatalog.generate(options.seed, options.products),
                    options.seed, settings)) {
                return shop.learnedRanker(search -> true, true);
            }
        };
    }

    /**
     * A hash of everything that changes what is learnt: the catalogue and log files' contents, seed, settings
     * and the simulation's version.
     * A synthetic catalogue is hashed product by product, not only by its seed and size: a changed generator
     * makes another shop, whose cache is another entry.
     */
    static String key(ShopOptions options, SimulatedShop.Settings settings, Optional<Path> logFile, Catalog catalog) {
        List<String> parts = new ArrayList<>(List.of("seed " + options.seed, "products " + options.products,
                "catalogue " + (options.synthetic() ? "synthetic" : "files"), "log " + logFile.isPresent(),
                settings.toString(), "simulation " + SimulatedShop.VERSION));
        if (options.synthetic()) {
            parts.add("synthetic products " + fingerprint(catalog));
        }
        List<Path> files = new ArrayList<>();
        if (!options.synthetic()) {
            for (String name : List.of(InstacartFiles.PRODUCTS, InstacartFiles.AISLES, InstacartFiles.DEPARTMENTS,
                    InstacartFiles.DETAILS)) {
                if (Files.isRegularFile(options.catalog.resolve(name))) {
                    files.add(options.catalog.resolve(name));
                }
            }
        }
        logFile.ifPresent(files::add);
        return TrainedShopCache.key(parts, files);
    }

    /** A 64-bit hash of every field of every product: a few milliseconds for 50,000, unlike a SHA-256 of them. */
    private static String fingerprint(Catalog catalog) {
        long hash = 1;
        for (Product p : catalog.products()) {
            hash = mix(mix(mix(mix(hash, p.id()), p.name().hashCode()), p.aisleId()), p.aisle().hashCode());
            hash = mix(mix(mix(hash, p.departmentId()), p.department().hashCode()), p.brand().hashCode());
            hash = mix(mix(hash, Double.doubleToLongBits(p.price())), p.inStock() ? 1 : 0);
        }
        return Long.toHexString(hash);
    }

    private static long mix(long hash, long field) {
        return hash * 0x100000001B3L + field;
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
            case LTR -> learned();
        };
    }

    /** The learned ranker: kept, or trained now (once). */
    LearnedRanker learned() {
        if (learned == null) {
            learned = trainer.get();
            learntHere = true;
        }
        return learned;
    }

    /** Keeps what was learnt here in the cache, if there is one and anything is new. */
    void keep() {
        if (cache != null && learntHere) {
            boolean kept = cache.save(key, system, learned);
            learntHere = false;
            info.printf(kept ? "cache: kept in %s%n" : "cache: could not write %s; the next search learns again%n",
                    cache.entry(key));
        }
    }

    @Override
    public void close() throws Exception {
        try {
            keep();
        } finally {
            owner.close();
        }
    }
}
