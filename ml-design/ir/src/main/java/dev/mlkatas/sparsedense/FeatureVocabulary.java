package dev.mlkatas.sparsedense;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A feature index learned from a corpus: every feature seen gets the next index, in order of first
 * appearance; features never seen have none.
 *
 * <p>Example: {@code FeatureVocabulary.of(List.of(List.of("w:cod", "w:fillet"), List.of("w:cod")))} has
 * dimension 2, {@code indexOf("w:fillet") == 1} and {@code indexOf("w:tuna") == -1}.
 */
public final class FeatureVocabulary implements FeatureIndex {

    private final Map<String, Integer> indices;
    private final List<String> features;

    private FeatureVocabulary(Map<String, Integer> indices, List<String> features) {
        this.indices = indices;
        this.features = features;
    }

    /** The vocabulary of {@code documents}, each a list of features. */
    public static FeatureVocabulary of(List<List<String>> documents) {
        Map<String, Integer> indices = new HashMap<>();
        List<String> features = new ArrayList<>();
        for (List<String> document : documents) {
            for (String feature : document) {
                if (indices.putIfAbsent(feature, features.size()) == null) {
                    features.add(feature);
                }
            }
        }
        return new FeatureVocabulary(Map.copyOf(indices), List.copyOf(features));
    }

    @Override
    public int indexOf(String feature) {
        return indices.getOrDefault(feature, -1);
    }

    @Override
    public int dimension() {
        return features.size();
    }

    /** The feature at {@code index}: the inverse of {@link #indexOf}. */
    public String feature(int index) {
        return features.get(index);
    }
}
