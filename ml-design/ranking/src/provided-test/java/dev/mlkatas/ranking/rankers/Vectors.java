package dev.mlkatas.ranking.rankers;

import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.features.FeatureVector;
import java.util.Map;

/** Feature vectors by hand: the features named, every other one 0. */
final class Vectors {

    private Vectors() {
    }

    static FeatureVector of(Map<Feature, Double> values) {
        double[] array = new double[Feature.values().length];
        values.forEach((feature, value) -> array[feature.ordinal()] = value);
        return new FeatureVector(array);
    }
}
