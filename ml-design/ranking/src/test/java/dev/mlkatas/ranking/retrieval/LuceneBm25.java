package dev.mlkatas.ranking.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The oracle of the BM25 properties: Lucene itself. The documents are indexed in memory, one field of
 * terms joined by spaces and split again by a {@link WhitespaceAnalyzer}, under {@link BM25Similarity}; a
 * query is a disjunction of its terms, as a search box would make it.
 *
 * <p>Lucene stores a document's length in one byte ({@code SmallFloat.intToByte4}), exactly up to 40 terms:
 * the generated documents stay below that, so the oracle and an exact implementation see the same lengths.
 */
final class LuceneBm25 {

    /** One hit: the document's index in the corpus and Lucene's score. */
    record Hit(int document, float score) {
    }

    private LuceneBm25() {
    }

    /**
     * Every document that matches the query, by Lucene's ranking (descending score, ties by index).
     *
     * @param k1 and {@code b} are floats in Lucene: pass values a float holds exactly
     */
    static List<Hit> search(List<List<String>> documents, float k1, float b, List<String> queryTerms) {
        BM25Similarity similarity = new BM25Similarity(k1, b);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(similarity);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int d = 0; d < documents.size(); d++) {
                    Document document = new Document();
                    document.add(new TextField("body", String.join(" ", documents.get(d)), Field.Store.NO));
                    document.add(new StoredField("index", d));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                queryTerms.forEach(t -> query.add(new TermQuery(new Term("body", t)), BooleanClause.Occur.SHOULD));
                List<Hit> hits = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query.build(), Math.max(1, documents.size())).scoreDocs) {
                    int index = searcher.storedFields().document(hit.doc).getField("index").numericValue().intValue();
                    hits.add(new Hit(index, hit.score));
                }
                return hits;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory Lucene index failed", e);
        }
    }
}
