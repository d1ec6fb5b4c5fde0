package dev.mlkatas.ranking.retrieval;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.query.ParsedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * Retrieval with Lucene: BM25 over the name, aisle and department of every product, each field weighted.
 *
 * <p>Example: {@code try (LuceneRetriever retriever = LuceneRetriever.build(catalog, FieldWeights.DEFAULT))
 * { retriever.retrieve(normaliser.parse("fish"), 100); }}
 *
 * <p>The query is a disjunction: a {@link BooleanQuery} with one SHOULD clause per (field, term), each a
 * {@link TermQuery} inside a {@link BoostQuery} carrying the field's weight, so a product matches when
 * any term occurs in any weighted field, and its score is exactly the weighted sum of its per-field BM25
 * scores. A {@code CombinedFieldQuery} (BM25F) would score the fields as one, saturating term frequency
 * across them, but its score does not split into per-field scores, which the {@link Candidate}s carry
 * for the ranker, and it accepts no weight below 1.
 *
 * <p>Per-field scores, without {@code explain}: the top k come from the weighted query; then, per
 * field, one {@link Scorer} of that field's own query (its terms' TermQuerys, unweighted) walks the k doc
 * ids in increasing order with {@code advance}, so the cost is k skips per field, not a second search.
 * Query terms are taken as they are (they are the analyser's output); a term repeated in the query counts
 * twice, as in Lucene. Results: best weighted score first, ties in Lucene's order (lower doc id first).
 *
 * <p>Thread-safe: any number of threads may retrieve at once.
 */
public final class LuceneRetriever implements Retriever, AutoCloseable {

    private final CatalogIndex index;
    private final FieldWeights weights;
    private final boolean ownsIndex;

    private LuceneRetriever(CatalogIndex index, FieldWeights weights, boolean ownsIndex) {
        this.index = index;
        this.weights = weights;
        this.ownsIndex = ownsIndex;
    }

    /** Indexes {@code catalog} and retrieves from it; {@link #close()} frees the index. */
    public static LuceneRetriever build(Catalog catalog, FieldWeights weights) {
        return new LuceneRetriever(CatalogIndex.build(catalog), weights, true);
    }

    /**
     * Retrieves from an index that others share (the normaliser, other weights): {@link #close()} leaves
     * the index open, its owner closes it.
     */
    public static LuceneRetriever over(CatalogIndex index, FieldWeights weights) {
        return new LuceneRetriever(index, weights, false);
    }

    /** The index retrieved from, e.g. to build a {@link dev.mlkatas.ranking.query.CatalogQueryNormaliser}. */
    public CatalogIndex index() {
        return index;
    }

    public FieldWeights weights() {
        return weights;
    }

    /**
     * The at most {@code k} products with the best weighted BM25 score for the query's terms, best first;
     * products that match no term are never returned. Throws {@link IllegalArgumentException} when
     * {@code k} is negative; no terms or {@code k = 0} give no candidates.
     */
    @Override
    public List<Candidate> retrieve(ParsedQuery query, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be at least 0, was " + k);
        }
        List<String> terms = query.terms();
        // Lucene allocates room for all the hits asked for: never more than there are products.
        int hits = Math.min(k, index.reader().maxDoc());
        if (terms.isEmpty() || hits == 0) {
            return List.of();
        }
        // Lucene's limit on the clauses of one query (1024 unless raised): 341 terms with three fields.
        int maxTerms = IndexSearcher.getMaxClauseCount() / CatalogField.SCORED.size();
        if (terms.size() > maxTerms) {
            throw new IllegalArgumentException("the query '" + query.raw() + "' has " + terms.size()
                    + " terms; retrieval takes at most " + maxTerms);
        }
        try {
            IndexSearcher searcher = index.searcher();
            // Counting hits exactly beyond k is not needed, which lets Lucene skip non-competitive blocks.
            TopDocs top = searcher.search(weightedQuery(terms), new TopScoreDocCollectorManager(hits, hits));
            int[] docs = Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).sorted().toArray();
            double[][] fieldScores = new double[CatalogField.SCORED.size()][];
            for (int f = 0; f < fieldScores.length; f++) {
                fieldScores[f] = scoresAt(fieldQuery(CatalogField.SCORED.get(f), terms), docs);
            }
            List<Candidate> candidates = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                int i = Arrays.binarySearch(docs, hit.doc);
                double name = fieldScores[0][i];
                double aisle = fieldScores[1][i];
                double department = fieldScores[2][i];
                double score = weights.name() * name + weights.aisle() * aisle + weights.department() * department;
                candidates.add(new Candidate(index.product(hit.doc), score, name, aisle, department));
            }
            // Lucene adds the clauses in float; the candidates' scores are the exact weighted sums, and a
            // stable sort keeps Lucene's order among equal ones.
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
            return candidates;
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the index of " + index.catalog().source(), e);
        }
    }

    private Query weightedQuery(List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (CatalogField field : CatalogField.SCORED) {
            float weight = (float) weights.of(field);
            if (weight > 0) {
                for (String term : terms) {
                    query.add(new BoostQuery(new TermQuery(new Term(field.field(), term)), weight),
                            BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    /** BM25 of the terms against one field alone: what the field's score on a {@link Candidate} means. */
    static Query fieldQuery(CatalogField field, List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(field.field(), term)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** The score of {@code query} at each of {@code docs} (increasing), 0 where it does not match. */
    private double[] scoresAt(Query query, int[] docs) throws IOException {
        IndexSearcher searcher = index.searcher();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        double[] scores = new double[docs.length];
        int i = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (i == docs.length || docs[i] >= end) {
                continue;
            }
            Scorer scorer = weight.scorer(leaf);
            DocIdSetIterator matches = scorer == null ? null : scorer.iterator();
            for (; i < docs.length && docs[i] < end; i++) {
                int target = docs[i] - leaf.docBase;
                if (matches != null && matches.docID() < target) {
                    matches.advance(target);
                }
                if (matches != null && matches.docID() == target) {
                    scores[i] = scorer.score();
                }
            }
        }
        return scores;
    }

    /** Closes the index if this retriever built it; an index it was given stays open. */
    @Override
    public void close() {
        if (ownsIndex) {
            index.close();
        }
    }
}
