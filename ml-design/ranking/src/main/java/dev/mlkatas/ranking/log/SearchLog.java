package dev.mlkatas.ranking.log;

import java.util.List;

/**
 * The searches a shop has seen, in the order they happened. A catalogue may come without one; the
 * system then falls back to what the catalogue alone can tell (see the design document).
 */
public final class SearchLog {

    private static final SearchLog EMPTY = new SearchLog(List.of());

    private final List<Search> searches;

    public SearchLog(List<Search> searches) {
        this.searches = List.copyOf(searches);
    }

    /** The log of a catalogue nobody has searched yet. */
    public static SearchLog empty() {
        return EMPTY;
    }

    public List<Search> searches() {
        return searches;
    }

    public boolean isEmpty() {
        return searches.isEmpty();
    }
}
