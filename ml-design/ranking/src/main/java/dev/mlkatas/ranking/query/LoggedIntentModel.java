package dev.mlkatas.ranking.query;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

/**
 * Query intent learned from a search log: for each query, where shoppers went, smoothed toward what
 * retrieval alone says.
 *
 * <p>Example: {@code LoggedIntentModel.fit(log, catalog, normaliser, new RetrievalIntentModel(retriever,
 * catalog)).intent(normaliser.parse("fish")).topAisle()} is the seafood counter when that is where
 * shoppers who searched "fish" clicked and bought, even though the word "fish" is on crackers too.
 *
 * <p>Counting: every impression a shopper engaged with adds its graded label (purchase 3, add-to-cart 2,
 * click 1) to the product's aisle and department under the search's query, keyed by the query's
 * normalised form, so "Fish", "fishes" and "fsh" pool their evidence.
 *
 * <p>Smoothing, with a Dirichlet prior: {@code P(a | q) = (n(q, a) + α · prior(a | q)) / (n(q) + α)}, where
 * {@code n(q, a)} is the graded engagement of query q in aisle a, {@code n(q)} its total over aisles, and
 * α the pseudo-count ({@value #DEFAULT_PSEUDO_COUNT} by default: the prior weighs as much as about two
 * purchases). A query seen once follows its prior closely; a head query with hundreds of purchases
 * follows its log. A query the log has not seen, or an empty log, gets the prior exactly. Departments
 * likewise. The prior is normally the {@link RetrievalIntentModel}, so that unseen queries degrade to what
 * retrieval says rather than to nothing.
 *
 * <p>What a fit counted is a value of its own, {@link #counts()}: kept, it makes the same model again with
 * {@link #of(Counts, Catalog, IntentModel)} without reading the log (nor correcting its queries' spelling).
 *
 * <p>Thread-safe when its prior is; intents are computed once per query and cached.
 */
public final class LoggedIntentModel extends CachedIntentModel {

    /** The prior's weight, in graded-label points, by default. */
    public static final double DEFAULT_PSEUDO_COUNT = 5.0;

    private final IntentModel prior;
    private final double pseudoCount;
    private final QueryIntent catalogueShares;
    private final Map<String, Engagement> engagement;

    /** The graded engagement of one query, per aisle and per department. */
    private record Engagement(Map<Integer, Double> aisles, Map<Integer, Double> departments, double total)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What a fit counted from its log: each normalised query's engagement, and the prior's weight. */
    public static final class Counts implements Serializable {
        private static final long serialVersionUID = 1L;

        private final double pseudoCount;
        private final Map<String, Engagement> engagement;

        private Counts(double pseudoCount, Map<String, Engagement> engagement) {
            this.pseudoCount = pseudoCount;
            this.engagement = engagement;
        }
    }

    private LoggedIntentModel(IntentModel prior, double pseudoCount, QueryIntent catalogueShares,
            Map<String, Engagement> engagement) {
        this.prior = prior;
        this.pseudoCount = pseudoCount;
        this.catalogueShares = catalogueShares;
        this.engagement = engagement;
    }

    /**
     * Learns the intent of every query of {@code log}.
     *
     * @param log the searches; may be empty
     * @param catalog the catalogue the log's products belong to
     * @param normaliser how queries are normalised, the same as at search time
     * @param prior what a query is taken to mean before its log is read
     * @param pseudoCount α, the prior's weight in graded-label points, greater than 0
     * @throws IllegalArgumentException naming the search when its query holds no word or one of its products
     *     is not in the catalogue
     */
    public static LoggedIntentModel fit(SearchLog log, Catalog catalog, QueryNormaliser normaliser,
            IntentModel prior, double pseudoCount) {
        if (!(pseudoCount > 0) || Double.isInfinite(pseudoCount)) {
            throw new IllegalArgumentException("the pseudo-count of the intent prior must be a positive number, was "
                    + pseudoCount);
        }
        Map<String, String> keys = new HashMap<>();
        Map<String, Map<Integer, Double>> aisles = new HashMap<>();
        Map<String, Map<Integer, Double>> departments = new HashMap<>();
        for (Search search : log.searches()) {
            String key = keys.computeIfAbsent(search.query(), raw -> normalisedQuery(normaliser, search));
            for (Impression impression : search.impressions()) {
                if (impression.grade() == 0) {
                    continue;
                }
                if (!catalog.contains(impression.productId())) {
                    throw new IllegalArgumentException("search " + search.id() + ": product "
                            + impression.productId() + " is not in " + catalog.source());
                }
                Product product = catalog.product(impression.productId());
                aisles.computeIfAbsent(key, k -> new HashMap<>())
                        .merge(product.aisleId(), (double) impression.grade(), Double::sum);
                departments.computeIfAbsent(key, k -> new HashMap<>())
                        .merge(product.departmentId(), (double) impression.grade(), Double::sum);
            }
        }
        Map<String, Engagement> engagement = new HashMap<>();
        aisles.forEach((key, byAisle) -> engagement.put(key, new Engagement(Map.copyOf(byAisle),
                Map.copyOf(departments.get(key)), byAisle.values().stream().mapToDouble(Double::doubleValue).sum())));
        return new LoggedIntentModel(prior, pseudoCount, QueryIntent.catalogueShares(catalog), Map.copyOf(engagement));
    }

    /**
     * The model a fit made, from what it counted ({@link #counts()}) and a prior, e.g. read back from a cache.
     *
     * <p>Example: {@code LoggedIntentModel.of(fitted.counts(), catalog, new RetrievalIntentModel(retriever,
     * catalog))}.
     */
    public static LoggedIntentModel of(Counts counts, Catalog catalog, IntentModel prior) {
        return new LoggedIntentModel(prior, counts.pseudoCount, QueryIntent.catalogueShares(catalog),
                counts.engagement);
    }

    /** What this model counted from its log, for {@link #of(Counts, Catalog, IntentModel)}. */
    public Counts counts() {
        return new Counts(pseudoCount, engagement);
    }

    /** {@link #fit(SearchLog, Catalog, QueryNormaliser, IntentModel, double)} with the default pseudo-count. */
    public static LoggedIntentModel fit(SearchLog log, Catalog catalog, QueryNormaliser normaliser, IntentModel prior) {
        return fit(log, catalog, normaliser, prior, DEFAULT_PSEUDO_COUNT);
    }

    private static String normalisedQuery(QueryNormaliser normaliser, Search search) {
        try {
            return normaliser.parse(search.query()).normalised();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("search " + search.id() + ": " + e.getMessage(), e);
        }
    }

    /** Queries are pooled by their normalised form. */
    @Override
    String key(ParsedQuery query) {
        return query.normalised();
    }

    /** The graded engagement the log holds for this query (0 when it never saw it): how much the log is trusted. */
    public double evidence(ParsedQuery query) {
        Engagement seen = engagement.get(query.normalised());
        return seen == null ? 0 : seen.total();
    }

    @Override
    QueryIntent compute(ParsedQuery query) {
        Map<Integer, Double> aislePrior = priorOver(catalogueShares.aisles(), id -> prior.aisleProbability(query, id));
        Map<Integer, Double> departmentPrior = priorOver(catalogueShares.departments(),
                id -> prior.departmentProbability(query, id));
        Engagement seen = engagement.get(query.normalised());
        if (seen == null) {
            // Exactly the prior, not (0 + α p) / α, which may differ from it in the last bit.
            return new QueryIntent(aislePrior, departmentPrior);
        }
        return new QueryIntent(posterior(seen.aisles(), seen.total(), aislePrior),
                posterior(seen.departments(), seen.total(), departmentPrior));
    }

    /**
     * The prior at every id of the catalogue (the keys of {@code shares}); renormalised if the prior model's
     * probabilities do not sum to 1, and the catalogue's shares if they are all 0.
     */
    private static Map<Integer, Double> priorOver(Map<Integer, Double> shares, IntToDoubleFunction p) {
        Map<Integer, Double> weights = new TreeMap<>();
        shares.keySet().forEach(id -> weights.put(id, Math.max(0, p.applyAsDouble(id))));
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return shares;
        }
        return Math.abs(total - 1) < 1e-9 ? weights : QueryIntent.normalised(weights);
    }

    private Map<Integer, Double> posterior(Map<Integer, Double> counts, double total, Map<Integer, Double> prior) {
        Map<Integer, Double> posterior = new TreeMap<>();
        prior.forEach((id, p) -> posterior.put(id, (counts.getOrDefault(id, 0.0) + pseudoCount * p)
                / (total + pseudoCount)));
        return posterior;
    }
}
