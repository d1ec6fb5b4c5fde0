package dev.mlkatas.ranking.rankers;

import dev.mlkatas.ranking.features.FeatureVector;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import dev.mlkatas.ranking.query.ParsedQuery;
import dev.mlkatas.ranking.retrieval.Candidate;
import dev.mlkatas.ranking.search.SearchSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Turns a search log into the learned ranker's training data: one group per search, one example per
 * product shown, with the features the system computes for it now, the graded label the shopper gave it
 * (purchase 3, add-to-cart 2, click 1) and the position it was shown at (for inverse propensity weights).
 * Searches without a single click are left out: they hold no pair to learn from.
 *
 * <p>Example: {@code TrainingSet.of(shop, log, search -> !heldOut.contains(search.query()))}.
 */
public final class TrainingSet {

    private TrainingSet() {
    }

    /**
     * @param keep which searches to learn from (e.g. not those of held-out queries)
     */
    public static List<TrainingQuery> of(SearchSystem system, SearchLog log, Predicate<Search> keep) {
        Map<String, ParsedQuery> parsed = new HashMap<>();
        Map<String, Map<Integer, Candidate>> retrieved = new HashMap<>();
        List<TrainingQuery> queries = new ArrayList<>();
        for (Search search : log.searches()) {
            if (!keep.test(search) || search.impressions().stream().allMatch(shown -> shown.grade() == 0)) {
                // A page nobody touched orders nothing above anything else: LambdaMART learns nothing from it.
                continue;
            }
            ParsedQuery query = parsed.computeIfAbsent(search.query(), system::parse);
            Map<Integer, Candidate> candidates =
                    retrieved.computeIfAbsent(search.query(), text -> byProduct(system.retrieve(query)));
            List<TrainingExample> shown = new ArrayList<>();
            for (Impression impression : search.impressions()) {
                Candidate candidate = candidates.get(impression.productId());
                if (candidate != null) {
                    // Features depend on the shopper (their own purchases), so they are computed per search.
                    FeatureVector features = system.features(query, candidate, OptionalInt.of(search.userId()));
                    shown.add(new TrainingExample(features, impression.grade(), impression.position(), 1.0));
                }
            }
            if (!shown.isEmpty()) {
                queries.add(new TrainingQuery(search.query(), shown));
            }
        }
        return queries;
    }

    private static Map<Integer, Candidate> byProduct(List<Candidate> candidates) {
        Map<Integer, Candidate> byProduct = new HashMap<>();
        for (Candidate candidate : candidates) {
            byProduct.put(candidate.product().id(), candidate);
        }
        return byProduct;
    }
}
