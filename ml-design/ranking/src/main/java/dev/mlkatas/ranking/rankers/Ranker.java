package dev.mlkatas.ranking.rankers;

import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.retrieval.Candidate;

/**
 * Orders the candidates of one query: a higher score ranks higher. Rankers score one candidate at a
 * time (what they learnt may compare pairs or lists, as LambdaMART does, but it scores each on its own).
 */
public interface Ranker {

    /** The name the command line knows it by, e.g. {@code bm25}. */
    String name();

    /** The candidate's score for its query. */
    double score(Candidate candidate, FeatureVector features);
}
