package dev.mlkatas.sparsedense;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/** Document frequencies counted over the fitted documents; vectors weighted tf times idf, length 1. */
public final class TfIdf {

    private final FeatureIndex index;
    private final int documents;
    private final int[] df;

    private TfIdf(FeatureIndex index, int documents, int[] df) {
        this.index = index;
        this.documents = documents;
        this.df = df;
    }

    public static TfIdf fit(List<List<String>> documents, FeatureIndex index) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(index, "index");
        int[] df = new int[index.dimension()];
        for (List<String> document : documents) {
            for (String feature : document) {
                int i = index.indexOf(feature);
                if (i >= 0) {
                    df[i]++;
                }
            }
        }
        return new TfIdf(index, documents.size(), df);
    }

    public FeatureIndex index() {
        return index;
    }

    public int documentCount() {
        return documents;
    }

    public int documentFrequency(int i) {
        if (i < 0 || i >= df.length) {
            throw new IndexOutOfBoundsException("feature index " + i + " outside [0, " + df.length + ")");
        }
        return df[i];
    }

    public double idf(int i) {
        return 1 + Math.log((documents + 1.0) / (documentFrequency(i) + 1.0));
    }

    public SparseVector vector(List<String> features) {
        Objects.requireNonNull(features, "features");
        TreeMap<Integer, Double> weights = new TreeMap<>();
        for (String feature : features) {
            int i = index.indexOf(feature);
            if (i >= 0) {
                weights.merge(i, idf(i), Double::sum);
            }
        }
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        int[] indices = new int[weights.size()];
        double[] values = new double[weights.size()];
        int k = 0;
        for (var entry : weights.entrySet()) {
            indices[k] = entry.getKey();
            values[k] = norm == 0 ? 0 : entry.getValue() / norm;
            k++;
        }
        return SparseVector.of(index.dimension(), indices, values);
    }
}
