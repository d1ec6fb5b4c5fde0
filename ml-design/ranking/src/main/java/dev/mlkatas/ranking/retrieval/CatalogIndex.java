package dev.mlkatas.ranking.retrieval;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.query.GroceryAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/**
 * A catalogue as an in-memory Lucene index: one document per product with the fields of
 * {@link CatalogField} (name, aisle, department, brand), analysed by the {@link GroceryAnalyzer} and
 * scored by BM25 (Lucene's defaults, k1 = 1.2, b = 0.75).
 *
 * <p>Example: {@code try (CatalogIndex index = CatalogIndex.build(catalog)) { index.knows("salmon"); }}
 *
 * <p>The fields keep term frequencies and lengths but no positions (retrieval needs no phrases) and store
 * nothing: a hit's product comes from the catalogue through {@link #product(int)}. Indexing 50,000
 * products takes two to three seconds in a fresh JVM, under one once warm; {@link #writeTo(Path)} keeps the
 * index in a folder and {@link #open(Catalog, Path)} reads it back in a few milliseconds. Thread-safe for
 * reading; close it once nobody searches any more.
 */
public final class CatalogIndex implements AutoCloseable {

    private static final String PRODUCT_ID = "product_id";
    private static final FieldType TEXT = textType();

    private final Catalog catalog;
    private final GroceryAnalyzer analyzer;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Product[] productByDoc;
    private final Map<Integer, Integer> docByProduct;

    private CatalogIndex(Catalog catalog, GroceryAnalyzer analyzer, Directory directory) throws IOException {
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        // The query cache only caches filters, which retrieval has none of; without it timings are steady.
        searcher.setQueryCache(null);
        this.productByDoc = new Product[reader.maxDoc()];
        this.docByProduct = new HashMap<>(reader.maxDoc() * 2);
        // Lucene's merges may reorder documents, so the mapping is read back rather than assumed.
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ids = leaf.reader().getNumericDocValues(PRODUCT_ID);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                ids.advanceExact(doc);
                Product product = catalog.product((int) ids.longValue());
                productByDoc[leaf.docBase + doc] = product;
                docByProduct.put(product.id(), leaf.docBase + doc);
            }
        }
    }

    /**
     * Indexes every product of {@code catalog}; throws {@link IllegalArgumentException} naming the product
     * when one has no name, aisle or department.
     */
    public static CatalogIndex build(Catalog catalog) {
        GroceryAnalyzer analyzer = new GroceryAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256)
                // In memory: compound files and background merges only cost time here.
                .setUseCompoundFile(false)
                .setMergeScheduler(new SerialMergeScheduler());
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Product product : catalog.products()) {
                    writer.addDocument(document(product, catalog.source()));
                }
                // One segment: each query term is looked up once, not once per segment.
                writer.forceMerge(1);
            }
            return new CatalogIndex(catalog, analyzer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not index " + catalog.source(), e);
        }
    }

    /**
     * The index that {@link #writeTo(Path)} kept in {@code folder}, over the catalogue it was built from;
     * throws {@link IOException} when the folder holds no index, or one of another catalogue (another number
     * of documents, or a product id the catalogue does not have).
     */
    public static CatalogIndex open(Catalog catalog, Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        CatalogIndex index;
        try {
            index = new CatalogIndex(catalog, new GroceryAnalyzer(), directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw new IOException("the index in " + folder + " cannot be opened over " + catalog.source() + ": "
                    + e.getMessage(), e);
        }
        int documents = index.reader.maxDoc();
        if (documents != catalog.size()) {
            index.close();
            throw new IOException("the index in " + folder + " holds " + documents + " products, the catalogue "
                    + catalog.size());
        }
        return index;
    }

    /** Copies the index into {@code folder} (created if need be), for {@link #open(Catalog, Path)}. */
    public void writeTo(Path folder) throws IOException {
        try (Directory target = FSDirectory.open(folder)) {
            for (String file : directory.listAll()) {
                target.copyFrom(directory, file, file, IOContext.DEFAULT);
            }
            target.sync(Arrays.asList(target.listAll()));
        }
    }

    private static Document document(Product product, String source) {
        Document document = new Document();
        document.add(new NumericDocValuesField(PRODUCT_ID, product.id()));
        for (CatalogField field : CatalogField.values()) {
            String text = field.text(product);
            if (text == null && field != CatalogField.BRAND) {
                throw new IllegalArgumentException(source + ": product " + product.id() + " has no "
                        + field.field());
            }
            document.add(new Field(field.field(), text == null ? "" : text, TEXT));
        }
        return document;
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setStored(false);
        type.freeze();
        return type;
    }

    /** The catalogue indexed. */
    public Catalog catalog() {
        return catalog;
    }

    /** The analyzer the fields were indexed with; queries must be analysed by it too. */
    public GroceryAnalyzer analyzer() {
        return analyzer;
    }

    /** The index's reader, e.g. for a spell checker. */
    public IndexReader reader() {
        return reader;
    }

    /** A searcher with BM25, shared by everyone who reads this index. */
    public IndexSearcher searcher() {
        return searcher;
    }

    /** The product of a Lucene document id. */
    public Product product(int doc) {
        return productByDoc[doc];
    }

    /** The Lucene document id of a product; throws {@link IllegalArgumentException} if it is not indexed. */
    public int doc(int productId) {
        Integer doc = docByProduct.get(productId);
        if (doc == null) {
            throw new IllegalArgumentException("no product with id " + productId + " in " + catalog.source());
        }
        return doc;
    }

    /**
     * Whether an analysed term occurs in any field of any product: the catalogue's vocabulary.
     *
     * <p>Example: {@code knows("salmon")} when a product is named "Salmon Fillets".
     */
    public boolean knows(String term) {
        try {
            for (CatalogField field : CatalogField.values()) {
                if (reader.docFreq(new Term(field.field(), term)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the index of " + catalog.source(), e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the index of " + catalog.source(), e);
        }
    }
}
