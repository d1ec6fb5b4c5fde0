package dev.mlkatas.ranking.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * BM25 over one field of a small corpus of tokenised documents, exactly as Lucene 9's
 * {@code BM25Similarity} scores it (with exact document lengths, where Lucene keeps a one-byte
 * approximation that is exact up to 40 terms).
 *
 * <p>A query scores a document by the sum, over the query's terms (a repeated term counts each time), of
 * {@code idf(t) · f / (f + k1 · (1 - b + b · dl / avgdl))}, where {@code f} is how often {@code t} occurs in
 * the document, {@code dl} the document's length in terms, {@code avgdl} the mean length of the documents
 * that have at least one term, and {@code idf(t) = ln(1 + (N - n + 0.5) / (n + 0.5))} with {@code N} the
 * number of those documents and {@code n} the number that contain {@code t}.
 *
 * <p>Example: over {@code [[wild, salmon, fillet], [salmon], [cod, fillet]]} with {@code k1 = 1.2} and
 * {@code b = 0.75}, {@code search([salmon], 10)} is {@code [1, 0]}: both contain {@code salmon} once
 * ({@code idf = ln(1 + 1.5 / 2.5) ≈ 0.470}), and the shorter one scores higher: {@code 0.470 / 1.75 ≈ 0.269}
 * against {@code 0.470 / 2.65 ≈ 0.177} ({@code avgdl = 2}).
 *
 * <p>Task 2 of the ranking kata.
 */
public final class Bm25 {

    /** Lucene's default term-frequency saturation. */
    public static final double DEFAULT_K1 = 1.2;
    /** Lucene's default length normalisation. */
    public static final double DEFAULT_B = 0.75;

    private final double k1;
    private final double b;
    private final List<Map<String, Integer>> frequencies;
    private final int[] lengths;
    /** For every term, the documents that contain it, ascending. */
    private final Map<String, List<Integer>> postings;
    private final int nonEmptyDocuments;
    private final double averageLength;

    /**
     * Indexes the documents; the lists are copied.
     *
     * @param documents each document's terms, in order; a document may be empty
     * @param k1 term-frequency saturation, finite and at least 0 (0: only whether a term occurs matters)
     * @param b length normalisation, from 0 (none) to 1 (full)
     * @throws IllegalArgumentException if {@code k1} or {@code b} is out of range
     */
    public Bm25(List<List<String>> documents, double k1, double b) {
        if (!(k1 >= 0) || Double.isInfinite(k1)) {
            throw new IllegalArgumentException("k1 must be finite and at least 0, not " + k1);
        }
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("b must be from 0 to 1, not " + b);
        }
        this.k1 = k1;
        this.b = b;
        this.frequencies = new ArrayList<>(documents.size());
        this.lengths = new int[documents.size()];
        this.postings = new HashMap<>();
        long totalLength = 0;
        int nonEmpty = 0;
        for (int d = 0; d < documents.size(); d++) {
            Map<String, Integer> counts = new HashMap<>();
            for (String term : documents.get(d)) {
                counts.merge(Objects.requireNonNull(term, "a term of document " + d), 1, Integer::sum);
            }
            frequencies.add(counts);
            lengths[d] = documents.get(d).size();
            totalLength += lengths[d];
            nonEmpty += lengths[d] > 0 ? 1 : 0;
            for (String term : counts.keySet()) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(d);
            }
        }
        // Lucene's statistics count only the documents that have the field: an empty one changes neither.
        this.nonEmptyDocuments = nonEmpty;
        this.averageLength = nonEmpty == 0 ? 0 : (double) totalLength / nonEmpty;
    }

    /** How many documents were indexed, empty ones included. */
    public int size() {
        return lengths.length;
    }

    /**
     * The inverse document frequency {@code ln(1 + (N - n + 0.5) / (n + 0.5))} of a term, also for a term no
     * document contains ({@code n = 0}).
     */
    public double idf(String term) {
        int n = postings.getOrDefault(term, List.of()).size();
        return Math.log(1 + (nonEmptyDocuments - n + 0.5) / (n + 0.5));
    }

    /**
     * The BM25 score of one document for a query: 0 when it contains none of the query's terms.
     *
     * @param document the document's index, from 0
     * @param queryTerms the query's terms; a repeated term counts each time, an unknown term adds 0
     * @throws IndexOutOfBoundsException if there is no such document
     */
    public double score(int document, List<String> queryTerms) {
        Objects.checkIndex(document, lengths.length);
        double score = 0;
        for (String term : queryTerms) {
            int f = frequencies.get(document).getOrDefault(term, 0);
            if (f > 0) {
                double lengthNorm = 1 - b + b * lengths[document] / averageLength;
                score += idf(term) * f / (f + k1 * lengthNorm);
            }
        }
        return score;
    }

    /**
     * The indices of the first {@code k} documents that contain at least one of the query's terms, by
     * descending score; documents with equal scores by ascending index (as Lucene breaks ties).
     *
     * @throws IllegalArgumentException if {@code k} is negative
     */
    public List<Integer> search(List<String> queryTerms, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        Set<Integer> matching = new LinkedHashSet<>();
        for (String term : queryTerms) {
            matching.addAll(postings.getOrDefault(term, List.of()));
        }
        Map<Integer, Double> scores = new HashMap<>();
        matching.forEach(d -> scores.put(d, score(d, queryTerms)));
        return matching.stream()
                .sorted(Comparator.comparingDouble((Integer d) -> -scores.get(d)).thenComparing(d -> d))
                .limit(k)
                .toList();
    }
}
