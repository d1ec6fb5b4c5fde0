package dev.mlkatas.ranking.search;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.dense.DenseModel;
import dev.mlkatas.ranking.features.FeatureExtractor;
import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.features.Signals;
import dev.mlkatas.ranking.log.SearchLog;
import dev.mlkatas.ranking.query.CatalogQueryNormaliser;
import dev.mlkatas.ranking.query.IntentModel;
import dev.mlkatas.ranking.query.LoggedIntentModel;
import dev.mlkatas.ranking.query.ParsedQuery;
import dev.mlkatas.ranking.query.RetrievalIntentModel;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.retrieval.Candidate;
import dev.mlkatas.ranking.retrieval.CatalogIndex;
import dev.mlkatas.ranking.retrieval.FieldWeights;
import dev.mlkatas.ranking.retrieval.LuceneRetriever;
import dev.mlkatas.ranking.rules.BusinessRules;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole search path of one shop, from what a shopper typed to the page they see: normalise the query,
 * retrieve candidates, compute each one's features, score them with a {@link Ranker}, apply the business
 * rules, keep the top of the list.
 *
 * <p>Candidates come from two sources. BM25 finds the best {@value #CANDIDATES} products whose words match
 * the query's; but salmon is fish and its name never says so. So the departments the query's intent leans
 * to add up to {@value #INTENT_CANDIDATES} products whose names hold none of the query's words (those are
 * BM25's to find), the ones whose dense vectors are closest to the query's, with BM25 scores of 0.
 * Departments rather than aisles: a log only teaches the aisles its pages showed, and the department holds
 * the aisles nobody was shown yet. The ranker then weighs both kinds on the same features.
 *
 * <p>Everything it learns (the query intent, the dense vectors, popularity and each shopper's purchases)
 * comes from the search log it is built with. With an empty log it falls back to what the catalogue alone
 * can tell: intent from the aisles of the query's BM25 results, vectors from the product text, no
 * popularity and no history. What it learnt is a value, {@link #learnt()}: kept with the index
 * ({@link CatalogIndex#writeTo}), {@link #restore(CatalogIndex, Learnt)} makes the same system again without
 * the log, in the time it takes to read them.
 *
 * <p>Example: {@code try (SearchSystem shop = SearchSystem.build(catalog, log, 42)) { shop.search("fish",
 * OptionalInt.empty(), new Bm25Ranker(), 10); }}
 */
public final class SearchSystem implements AutoCloseable {

    /** How many products retrieval hands to the ranker. */
    public static final int CANDIDATES = 100;
    /** How many products the query's intent adds beyond BM25's. */
    public static final int INTENT_CANDIDATES = 50;
    /** The length of the dense vectors. */
    public static final int DIMENSIONS = 48;

    /**
     * What a system learnt from its log: the dense vectors, the intent counts ({@code null} when it had no
     * log and intent falls back to retrieval) and the shop's history.
     */
    public record Learnt(DenseModel dense, LoggedIntentModel.Counts intent, ShopHistory history)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Catalog catalog;
    private final CatalogIndex index;
    private final LuceneRetriever retriever;
    private final CatalogQueryNormaliser normaliser;
    private final IntentModel intent;
    private final DenseModel dense;
    private final ShopHistory history;
    private final FeatureExtractor extractor;
    private final Map<Integer, List<String>> nameTerms;
    private final IntentCandidates intentCandidates;
    private final Learnt learnt;
    private final boolean ownsIndex;

    /** Learns from {@code log}, or takes what was learnt before when {@code learnt} is not null. */
    private SearchSystem(CatalogIndex index, boolean ownsIndex, SearchLog log, long seed, Learnt learnt) {
        Catalog catalog = index.catalog();
        this.catalog = catalog;
        this.index = index;
        this.retriever = LuceneRetriever.over(index, FieldWeights.DEFAULT);
        this.normaliser = CatalogQueryNormaliser.of(index);
        IntentModel fallback = new RetrievalIntentModel(retriever, catalog);
        LoggedIntentModel logged;
        if (learnt != null) {
            logged = learnt.intent() == null ? null : LoggedIntentModel.of(learnt.intent(), catalog, fallback);
            this.dense = learnt.dense();
            this.history = learnt.history();
        } else {
            logged = log.isEmpty() ? null : LoggedIntentModel.fit(log, catalog, normaliser, fallback);
            this.dense = DenseModel.fit(catalog, log, normaliser::analyse, DIMENSIONS, seed);
            this.history = ShopHistory.of(catalog, log);
        }
        this.intent = logged == null ? fallback : logged;
        this.learnt = new Learnt(dense, logged == null ? null : logged.counts(), history);
        this.extractor = new FeatureExtractor();
        // Analysed when first asked for: a search needs a few hundred names, not the whole catalogue's.
        this.nameTerms = new ConcurrentHashMap<>();
        this.intentCandidates = new IntentCandidates(catalog, dense, this::nameTerms);
        this.ownsIndex = ownsIndex;
    }

    /**
     * Indexes the catalogue and learns from the log ({@link SearchLog#empty()} for a shop with none).
     *
     * @param seed the seed of whatever is learnt at random (the dense vectors' SVD)
     */
    public static SearchSystem build(Catalog catalog, SearchLog log, long seed) {
        return new SearchSystem(CatalogIndex.build(catalog), true, log, seed, null);
    }

    /**
     * The system that learnt {@code learnt} ({@link #learnt()}) over the same catalogue, e.g. read back from a
     * cache with its index ({@link CatalogIndex#open}): nothing is learnt again. It closes the index.
     */
    public static SearchSystem restore(CatalogIndex index, Learnt learnt) {
        return new SearchSystem(index, true, SearchLog.empty(), 0, learnt);
    }

    /**
     * A system over an index its caller owns and closes, e.g. to learn again from a longer log without
     * indexing the catalogue twice.
     */
    public static SearchSystem over(CatalogIndex index, SearchLog log, long seed) {
        return new SearchSystem(index, false, log, seed, null);
    }

    /** The index searched; see {@link #over(CatalogIndex, SearchLog, long)}. */
    public CatalogIndex index() {
        return index;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The dense vectors learnt from the catalogue and the log. */
    public DenseModel dense() {
        return dense;
    }

    /** What was learnt from the log, for {@link #restore(CatalogIndex, Learnt)}. */
    public Learnt learnt() {
        return learnt;
    }

    /** Whether intent, popularity and history were learnt from a log, or fell back to the catalogue alone. */
    public boolean learnedFromLog() {
        return learnt.intent() != null;
    }

    /** The query understood; {@link IllegalArgumentException} if it holds no word. */
    public ParsedQuery parse(String raw) {
        return normaliser.parse(raw);
    }

    /**
     * The query's candidates: the best {@value #CANDIDATES} products by BM25, best first, then the products its
     * intent adds.
     */
    public List<Candidate> retrieve(ParsedQuery query) {
        List<Candidate> lexical = retriever.retrieve(query, CANDIDATES);
        Set<Integer> found = new HashSet<>();
        lexical.forEach(candidate -> found.add(candidate.product().id()));
        List<Candidate> candidates = new ArrayList<>(lexical);
        for (Product product : intentCandidates.of(query, intent, INTENT_CANDIDATES)) {
            if (found.add(product.id())) {
                candidates.add(new Candidate(product, 0, 0, 0, 0));
            }
        }
        return candidates;
    }

    /** The features of one candidate of the query, for a shopper or an anonymous search. */
    public FeatureVector features(ParsedQuery query, Candidate candidate, OptionalInt userId) {
        Product product = candidate.product();
        Signals signals = new Signals(query, candidate, nameTerms(product),
                intent.aisleProbability(query, product.aisleId()),
                intent.departmentProbability(query, product.departmentId()),
                dense.queryVector(query.terms()), dense.productVector(product.id()), history.purchases(product.id()),
                history.aisleMedianPrice(product.aisleId()),
                userId.isPresent() ? history.purchases(userId.getAsInt(), product.id()) : 0);
        return extractor.extract(signals);
    }

    /**
     * The retrieved candidates of a query with their features, in retrieval's order, scored 0: what every
     * ranker starts from.
     */
    public List<Hit> candidates(ParsedQuery query, OptionalInt userId) {
        List<Hit> hits = new ArrayList<>(CANDIDATES);
        for (Candidate candidate : retrieve(query)) {
            hits.add(new Hit(candidate, features(query, candidate, userId), 0));
        }
        return hits;
    }

    /**
     * An anonymous search's candidates as this shopper would have them. A shopper's features differ only for
     * the products they bought before, so only those are computed again: a way to serve many shoppers the
     * same query cheaply.
     */
    public List<Hit> forShopper(ParsedQuery query, List<Hit> anonymous, int userId) {
        List<Hit> hits = new ArrayList<>(anonymous.size());
        for (Hit hit : anonymous) {
            boolean bought = history.purchases(userId, hit.product().id()) > 0;
            hits.add(bought ? new Hit(hit.candidate(), features(query, hit.candidate(), OptionalInt.of(userId)), 0)
                    : hit);
        }
        return hits;
    }

    /** The candidates scored by the ranker, best first, after the business rules. */
    public List<Hit> rank(List<Hit> candidates, Ranker ranker) {
        List<Hit> scored = new ArrayList<>(candidates.size());
        for (Hit hit : candidates) {
            FeatureVector features = hit.features();
            scored.add(new Hit(hit.candidate(), features, ranker.score(hit.candidate(), features)));
        }
        // Ties keep retrieval's order (a stable sort), so equal scores do not shuffle between runs.
        scored.sort(Comparator.comparingDouble(Hit::score).reversed());
        return BusinessRules.apply(scored, Hit::product);
    }

    /**
     * The first {@code k} results of a query for a shopper (or an anonymous one).
     *
     * <p>Example: {@code search("fish", OptionalInt.empty(), ranker, 10)}.
     */
    public List<Hit> search(String raw, OptionalInt userId, Ranker ranker, int k) {
        List<Hit> ranked = rank(candidates(parse(raw), userId), ranker);
        return ranked.subList(0, Math.min(k, ranked.size()));
    }

    private List<String> nameTerms(Product product) {
        return nameTerms.computeIfAbsent(product.id(), id -> normaliser.analyse(product.name()));
    }

    @Override
    public void close() {
        retriever.close();
        if (ownsIndex) {
            index.close();
        }
    }
}
