package dev.mlkatas.ranking.features;

import java.util.Arrays;

/**
 * The value of every {@link Feature} for one (query, product) pair.
 *
 * <p>Example: {@code vector.get(Feature.BM25_NAME)}.
 */
public final class FeatureVector {

    private final double[] values;

    /** @param values one value per feature, in {@link Feature} order; copied */
    public FeatureVector(double[] values) {
        if (values.length != Feature.values().length) {
            throw new IllegalArgumentException(
                    "a feature vector has " + Feature.values().length + " values, not " + values.length);
        }
        this.values = values.clone();
    }

    public double get(Feature feature) {
        return values[feature.ordinal()];
    }

    /** Every value, in {@link Feature} order; a copy. */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureVector that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (Feature feature : Feature.values()) {
            if (feature.ordinal() > 0) {
                text.append(", ");
            }
            text.append(feature.label()).append('=').append(values[feature.ordinal()]);
        }
        return text.append('}').toString();
    }
}
