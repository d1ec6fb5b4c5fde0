package dev.mlkatas.ranking.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BM25 of one field, as Lucene 9's BM25Similarity scores it. */
public final class Bm25 {

    public static final double DEFAULT_K1 = 1.2;
    public static final double DEFAULT_B = 0.75;

    private final double k1;
    private final double b;
    private final List<Map<String, Integer>> termCounts = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    /**
     * Indexes the documents.
     *
     * @param documents each a list of analysed terms
     * @param k1 term-frequency saturation
     * @param b length normalisation
     */
    public Bm25(List<List<String>> documents, double k1, double b) {
        if (Double.isNaN(k1) || Double.isInfinite(k1) || k1 < 0) {
            throw new IllegalArgumentException("bad k1: " + k1);
        }
        if (Double.isNaN(b) || b < 0 || b > 1) {
            throw new IllegalArgumentException("bad b: " + b);
        }
        this.k1 = k1;
        this.b = b;
        long total = 0;
        for (List<String> document : documents) {
            Map<String, Integer> counts = new HashMap<>();
            for (String term : document) {
                counts.merge(term, 1, Integer::sum);
            }
            for (String term : counts.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
            termCounts.add(counts);
            lengths.add(document.size());
            total += document.size();
        }
        averageLength = documents.isEmpty() ? 0 : (double) total / documents.size();
    }

    /** @return the number of documents */
    public int size() {
        return termCounts.size();
    }

    /**
     * The inverse document frequency of a term.
     *
     * @param term a term
     * @return ln(1 + (N - n + 0.5) / (n + 0.5))
     */
    public double idf(String term) {
        int n = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (size() - n + 0.5) / (n + 0.5));
    }

    /**
     * The BM25 score of a document for a query.
     *
     * @param document the document's index
     * @param queryTerms the query's terms
     * @return the score
     */
    public double score(int document, List<String> queryTerms) {
        if (document < 0 || document >= size()) {
            throw new IndexOutOfBoundsException("no document " + document);
        }
        double norm = k1 * (1 - b + b * lengths.get(document) / averageLength);
        double score = 0;
        for (String term : queryTerms) {
            int f = termCounts.get(document).getOrDefault(term, 0);
            if (f > 0) {
                score += idf(term) * f / (f + norm);
            }
        }
        return score;
    }

    /**
     * The best k documents that hold a query term.
     *
     * @param queryTerms the query's terms
     * @param k how many
     * @return document indexes, best first, ties by index
     */
    public List<Integer> search(List<String> queryTerms, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("negative k: " + k);
        }
        Set<String> terms = new HashSet<>(queryTerms);
        List<Integer> found = new ArrayList<>();
        for (int d = 0; d < size(); d++) {
            for (String term : terms) {
                if (termCounts.get(d).containsKey(term)) {
                    found.add(d);
                    break;
                }
            }
        }
        List<double[]> scored = new ArrayList<>();
        for (int d : found) {
            scored.add(new double[] {score(d, queryTerms), d});
        }
        scored.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < Math.min(k, scored.size()); i++) {
            result.add((int) scored.get(i)[1]);
        }
        return result;
    }
}
