package dev.mlkatas.ranking.query;

/**
 * An intent model that works out a query's whole distribution once, caches it, and answers every
 * per-aisle and per-department question of that query from it.
 */
abstract class CachedIntentModel implements IntentModel {

    private final QueryCache<QueryIntent> cache = new QueryCache<>();

    /** What the distribution depends on: queries with the same key share it. */
    abstract String key(ParsedQuery query);

    /** The distribution of a query that is not cached yet. */
    abstract QueryIntent compute(ParsedQuery query);

    /** The whole distribution for one query. */
    public final QueryIntent intent(ParsedQuery query) {
        return cache.get(key(query), key -> compute(query));
    }

    @Override
    public final double aisleProbability(ParsedQuery query, int aisleId) {
        return intent(query).aisle(aisleId);
    }

    @Override
    public final double departmentProbability(ParsedQuery query, int departmentId) {
        return intent(query).department(departmentId);
    }
}
