package dev.mlkatas.sparsedense;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * TF-IDF weights learned from a corpus: a feature that occurs in few documents weighs more than one that
 * occurs in many. The features of a document go through a {@link FeatureIndex}: a vocabulary or hashing.
 *
 * <p>Example: on the corpus {@code [[w:wild, w:salmon], [w:wild, w:cod]]} with its vocabulary,
 * {@code idf} is {@code ln(3/3) + 1 = 1} for {@code w:wild} and {@code ln(3/2) + 1 ≈ 1.405} for
 * {@code w:salmon}, and {@code vector([w:wild, w:salmon])} is {@code (1, 1.405, 0)} divided by its length.
 *
 * <p>Task 2 of the sparse-dense kata: {@link #fit}, {@link #idf} and {@link #vector}.
 */
public final class TfIdf {

    private final FeatureIndex index;
    private final int documentCount;
    private final int[] documentFrequencies;

    private TfIdf(FeatureIndex index, int documentCount, int[] documentFrequencies) {
        this.index = index;
        this.documentCount = documentCount;
        this.documentFrequencies = documentFrequencies;
    }

    /**
     * Counts in how many of {@code documents} each index occurs (once per document, however often), for
     * the smoothed inverse document frequency {@code idf = ln((1 + N) / (1 + df)) + 1}.
     *
     * @param documents the corpus, each document a list of features (repeats allowed)
     * @param index where each feature goes; features it has no index for ({@code -1}) are left out
     */
    public static TfIdf fit(List<List<String>> documents, FeatureIndex index) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(index, "index");
        int[] frequencies = new int[index.dimension()];
        Set<Integer> seen = new HashSet<>();
        for (List<String> document : documents) {
            seen.clear();
            for (String feature : document) {
                int i = index.indexOf(feature);
                // Hashed features may share an index: the document still counts once for it.
                if (i >= 0 && seen.add(i)) {
                    frequencies[i]++;
                }
            }
        }
        return new TfIdf(index, documents.size(), frequencies);
    }

    /** The feature index the weights are for. */
    public FeatureIndex index() {
        return index;
    }

    /** How many documents the weights were learned from: N. */
    public int documentCount() {
        return documentCount;
    }

    /** In how many documents index {@code i} occurred: df. */
    public int documentFrequency(int i) {
        Objects.checkIndex(i, documentFrequencies.length);
        return documentFrequencies[i];
    }

    /** {@code ln((1 + N) / (1 + df)) + 1}: at least 1, so that no feature that occurs weighs zero. */
    public double idf(int i) {
        return Math.log((1.0 + documentCount) / (1.0 + documentFrequency(i))) + 1.0;
    }

    /**
     * The TF-IDF vector of a document, scaled to length 1: at each index, how often the document's features
     * land there times that index's idf. Features without an index are left out; a document with none is
     * the zero vector.
     */
    public SparseVector vector(List<String> features) {
        Objects.requireNonNull(features, "features");
        Map<Integer, Integer> counts = new HashMap<>();
        for (String feature : features) {
            int i = index.indexOf(feature);
            if (i >= 0) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        int[] indices = new int[counts.size()];
        double[] weights = new double[counts.size()];
        int k = 0;
        double squares = 0;
        for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
            indices[k] = count.getKey();
            weights[k] = count.getValue() * idf(count.getKey());
            squares += weights[k] * weights[k];
            k++;
        }
        double length = Math.sqrt(squares);
        if (length > 0) {
            Arrays.setAll(weights, j -> weights[j] / length);
        }
        return SparseVector.of(index.dimension(), indices, weights);
    }
}
