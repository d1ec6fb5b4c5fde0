package dev.mlkatas.ranking.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was already worked out for a query or a term: a pipeline asks for the intent once per candidate,
 * a hundred times per query, and shoppers repeat the same misspellings. Bounded, and thread-safe.
 *
 * <p>A miss is computed outside any lock, so two threads missing on the same key both compute it (the
 * computations are deterministic, so either result is the same); when the cache is full it is emptied,
 * which is cheaper than tracking recency and costs one recomputation per key afterwards.
 *
 * @param <V> what is cached
 */
final class QueryCache<V> {

    /** Enough for every distinct query of a day's log. */
    static final int CAPACITY = 10_000;

    private final Map<String, V> values = new ConcurrentHashMap<>();

    V get(String key, Function<String, V> compute) {
        V cached = values.get(key);
        if (cached != null) {
            return cached;
        }
        V computed = compute.apply(key);
        if (values.size() >= CAPACITY) {
            values.clear();
        }
        values.putIfAbsent(key, computed);
        return computed;
    }
}
