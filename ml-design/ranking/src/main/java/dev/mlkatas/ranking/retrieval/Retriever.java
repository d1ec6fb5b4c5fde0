package dev.mlkatas.ranking.retrieval;

import dev.mlkatas.ranking.query.ParsedQuery;
import java.util.List;

/** The first stage of ranking: a few hundred products that may match a query, out of the whole catalogue. */
public interface Retriever {

    /**
     * The products that match the query best, best first, at most {@code k} of them.
     *
     * <p>Example: {@code retriever.retrieve(normaliser.parse("fish"), 100)}.
     */
    List<Candidate> retrieve(ParsedQuery query, int k);
}
