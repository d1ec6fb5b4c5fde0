package dev.mlkatas.crf.features;

import dev.mlkatas.crf.data.TaggedQuery;
import dev.mlkatas.crf.features.TokenFeatures.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The token features seen in training, numbered; features seen only at test time have no number and no
 * weight.
 *
 * <p>Example: {@code FeatureAlphabet.of(train, Context.NEIGHBOURS).featurize(List.of("wild", "salmon"))} gives each
 * token the
 * ids of its known features.
 */
public final class FeatureAlphabet {

    private final Map<String, Integer> ids;
    private final Context context;

    private FeatureAlphabet(Map<String, Integer> ids, Context context) {
        this.ids = ids;
        this.context = context;
    }

    /** Numbers every feature of every token of {@code queries}. */
    public static FeatureAlphabet of(List<TaggedQuery> queries, Context context) {
        Map<String, Integer> ids = new HashMap<>();
        for (TaggedQuery query : queries) {
            for (int t = 0; t < query.length(); t++) {
                for (String feature : TokenFeatures.of(query.tokens(), t, context)) {
                    ids.putIfAbsent(feature, ids.size());
                }
            }
        }
        return new FeatureAlphabet(Map.copyOf(ids), context);
    }

    /** What the features look at. */
    public Context context() {
        return context;
    }

    /** How many features are numbered. */
    public int size() {
        return ids.size();
    }

    /** The ids of the known features of every token: {@code [token][k]}. */
    public int[][] featurize(List<String> tokens) {
        int[][] features = new int[tokens.size()][];
        for (int t = 0; t < tokens.size(); t++) {
            features[t] = TokenFeatures.of(tokens, t, context).stream().filter(ids::containsKey).mapToInt(ids::get)
                    .toArray();
        }
        return features;
    }
}
