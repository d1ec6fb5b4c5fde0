package dev.mlkatas.ranking.rankers;

import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.retrieval.Candidate;

/**
 * BM25 boosted by how often the product sells: {@code bm25 · (1 + w · log(1 + purchases))}, where
 * {@code log(1 + purchases)} is the {@link Feature#POPULARITY} feature.
 *
 * <p>Why multiplicative: BM25's scale changes from query to query (a three-term query scores about three
 * times a one-term one), so an added boost would mean a lot for one query and nothing for another; a
 * factor means the same everywhere. It also keeps a product that does not match the query at all (BM25
 * 0) at 0, however well it sells. Why the logarithm: sales are heavy-tailed, and the thousandth purchase
 * says less than the first.
 *
 * <p>Why {@value #DEFAULT_WEIGHT} by default: with it a product needs {@code e^5 ≈ 150} purchases to
 * double its score, so popularity reorders close textual matches (two salmon fillets), while a product
 * that matches the query half as well as an unsold one needs that many sales just to draw level. It is a
 * prior, not a tuned value: {@code ./kata run ranking evaluate} shows what another weight does per query
 * segment.
 *
 * <p>Example: {@code new PopularityRanker(0.2).score(candidate, features)}.
 */
public final class PopularityRanker implements Ranker {

    /** The name the command line knows it by. */
    public static final String NAME = "popularity";
    /** The boost per unit of {@code log(1 + purchases)}. */
    public static final double DEFAULT_WEIGHT = 0.2;

    private final double weight;

    /** The ranker with {@link #DEFAULT_WEIGHT}. */
    public PopularityRanker() {
        this(DEFAULT_WEIGHT);
    }

    /**
     * @param weight the boost per unit of {@code log(1 + purchases)}; 0 ranks as BM25 does
     * @throws IllegalArgumentException if the weight is negative or not finite
     */
    public PopularityRanker(double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the popularity weight must be finite and not negative, not " + weight);
        }
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double score(Candidate candidate, FeatureVector features) {
        return candidate.score() * (1 + weight * features.get(Feature.POPULARITY));
    }
}
