package dev.mlkatas.ranking.rankers;

import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.retrieval.Candidate;

/**
 * The baseline: retrieval's own order, the weighted BM25 total over name, aisle and department. Every
 * other ranker has to beat it to earn its keep.
 *
 * <p>Example: {@code new Bm25Ranker().score(candidate, features)} is {@code candidate.score()}.
 */
public final class Bm25Ranker implements Ranker {

    /** The name the command line knows it by. */
    public static final String NAME = "bm25";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(Candidate candidate, FeatureVector features) {
        return candidate.score();
    }
}
