package dev.mlkatas.ranking.retrieval;

import java.util.List;

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
 * <p>Task 2 of the ranking kata, and a file you edit.
 */
public final class Bm25 {

    /** Lucene's default term-frequency saturation. */
    public static final double DEFAULT_K1 = 1.2;
    /** Lucene's default length normalisation. */
    public static final double DEFAULT_B = 0.75;

    /**
     * Indexes the documents; the lists are copied.
     *
     * @param documents each document's terms, in order; a document may be empty
     * @param k1 term-frequency saturation, finite and at least 0 (0: only whether a term occurs matters)
     * @param b length normalisation, from 0 (none) to 1 (full)
     * @throws IllegalArgumentException if {@code k1} or {@code b} is out of range
     */
    public Bm25(List<List<String>> documents, double k1, double b) {
        throw new UnsupportedOperationException(
                "Task 2 is yours: replace this line with your solution (./kata hint ranking when stuck)");
    }

    /** How many documents were indexed, empty ones included. */
    public int size() {
        throw new UnsupportedOperationException(
                "Task 2 is yours: replace this line with your solution (./kata hint ranking when stuck)");
    }

    /**
     * The inverse document frequency {@code ln(1 + (N - n + 0.5) / (n + 0.5))} of a term, also for a term no
     * document contains ({@code n = 0}).
     */
    public double idf(String term) {
        throw new UnsupportedOperationException(
                "Task 2 is yours: replace this line with your solution (./kata hint ranking when stuck)");
    }

    /**
     * The BM25 score of one document for a query: 0 when it contains none of the query's terms.
     *
     * @param document the document's index, from 0
     * @param queryTerms the query's terms; a repeated term counts each time, an unknown term adds 0
     * @throws IndexOutOfBoundsException if there is no such document
     */
    public double score(int document, List<String> queryTerms) {
        throw new UnsupportedOperationException(
                "Task 2 is yours: replace this line with your solution (./kata hint ranking when stuck)");
    }

    /**
     * The indices of the first {@code k} documents that contain at least one of the query's terms, by
     * descending score; documents with equal scores by ascending index (as Lucene breaks ties).
     *
     * @throws IllegalArgumentException if {@code k} is negative
     */
    public List<Integer> search(List<String> queryTerms, int k) {
        throw new UnsupportedOperationException(
                "Task 2 is yours: replace this line with your solution (./kata hint ranking when stuck)");
    }
}
