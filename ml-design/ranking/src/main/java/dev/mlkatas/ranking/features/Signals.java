package dev.mlkatas.ranking.features;

import dev.mlkatas.ranking.query.ParsedQuery;
import dev.mlkatas.ranking.retrieval.Candidate;
import java.util.List;

/**
 * Everything the system knows about one (query, product) pair before its features are computed: the
 * raw material of {@link FeatureExtractor}.
 *
 * @param query the query, normalised
 * @param candidate the product and its BM25 scores per field
 * @param nameTerms the product's name analysed as queries are, in order
 * @param aisleIntent P(the product's aisle | query)
 * @param departmentIntent P(the product's department | query)
 * @param queryVector the query's learned dense vector (all zeros when nothing was learned for its terms)
 * @param productVector the product's learned dense vector, as long as the query's
 * @param purchases how often the product was bought in the search log
 * @param aisleMedianPrice the median price of the product's aisle, {@code Double.NaN} when unknown
 * @param userPurchases how often this shopper bought the product, 0 for an anonymous search
 */
public record Signals(
        ParsedQuery query,
        Candidate candidate,
        List<String> nameTerms,
        double aisleIntent,
        double departmentIntent,
        double[] queryVector,
        double[] productVector,
        long purchases,
        double aisleMedianPrice,
        int userPurchases) {

    public Signals {
        nameTerms = List.copyOf(nameTerms);
        if (queryVector.length != productVector.length) {
            throw new IllegalArgumentException("the query vector has " + queryVector.length
                    + " dimensions, the product vector " + productVector.length);
        }
    }
}
