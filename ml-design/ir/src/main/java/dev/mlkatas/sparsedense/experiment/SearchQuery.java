package dev.mlkatas.sparsedense.experiment;

import java.util.Set;

/**
 * A generated query with the products that answer it.
 *
 * @param text what the shopper typed
 * @param relevant the ids of every product that satisfies it; never empty
 */
public record SearchQuery(QueryKind kind, String text, Set<Integer> relevant) {

    public SearchQuery {
        relevant = Set.copyOf(relevant);
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("query '" + text + "' has no relevant product");
        }
    }
}
