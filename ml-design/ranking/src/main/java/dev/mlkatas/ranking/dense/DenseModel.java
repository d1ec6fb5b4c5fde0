package dev.mlkatas.ranking.dense;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.log.SearchLog;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A learned dense vector for every product and every query, so that the cosine of the two measures
 * meaning rather than shared words: "fish" near a salmon fillet whose name never says fish.
 *
 * <p>It learns in two steps, each from what the other cannot see:
 * <ol>
 *   <li><b>The catalogue's text</b>: latent semantic analysis of a product × term TF-IDF matrix, one row
 *       per product holding its name's, aisle's and department's terms. The aisle and department terms
 *       are what tie "salmon" and "cod" together (same seafood aisle) though their names share nothing.
 *       The truncated SVD is randomized (subspace iteration on the sparse matrix), so 50,000 products
 *       take about a second. A term's vector is its row of {@code V_k Σ_k}, scaled to length 1; a
 *       product's vector is the IDF-weighted mean of its name's term vectors.</li>
 *   <li><b>The search log</b>, when there is one: every product bought (weight 1) or added to the cart
 *       (weight 1/2) after a query pulls each of the query's terms toward that product's vector. A term
 *       with evidence {@code n} moves a share {@code n / (n + 5)} of the way from its text vector to the
 *       weighted mean of the products bought for it: a few purchases nudge, thousands decide. Clicks are left out on purpose: a click mostly says where a product was shown
 *       (position bias), a purchase what the shopper wanted. Products keep their text vectors, so the log
 *       changes what a query means, not what a product is.</li>
 * </ol>
 * A query's vector is the IDF-weighted mean of its terms' (pulled) vectors. A term seen neither in the
 * catalogue nor in a query that led to a purchase has no vector: it counts as all zeros.
 *
 * <p>Example: {@code DenseModel model = DenseModel.fit(catalog, log, normaliser::analyse, 64, 42);} then
 * {@code DenseModel.cosine(model.queryVector(List.of("fish")), model.productVector(42))}.
 *
 * <p>The product vectors are one array, found by binary search of the product ids, and the model is
 * serialized as a few flat arrays ({@link Flat}) rather than as maps of boxed keys and small arrays: a
 * cached shop reads 50,000 product vectors back on every search, and one large array is read in one go and
 * never copied by the young collections of a short run.
 */
public final class DenseModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int dimensions;
    private final Map<String, double[]> queryTermVectors;
    private final Map<String, Double> idf;
    private final double unseenIdf;
    /** The products' ids, increasing, and their vectors end to end in the same order. */
    private final int[] productIds;
    private final double[] productVectors;

    private DenseModel(int dimensions, Map<String, double[]> queryTermVectors, Map<String, Double> idf,
            double unseenIdf, int[] productIds, double[] productVectors) {
        this.dimensions = dimensions;
        this.queryTermVectors = queryTermVectors;
        this.idf = idf;
        this.unseenIdf = unseenIdf;
        this.productIds = productIds;
        this.productVectors = productVectors;
    }

    /**
     * Learns the vectors of a catalogue's terms and products, then pulls query terms toward what the log's
     * shoppers bought for them.
     *
     * @param catalog the products
     * @param log the searches; {@link SearchLog#empty()} learns from the text alone
     * @param analyser how text becomes terms, the same for product names and queries (e.g. the query
     *     normaliser's {@code analyse})
     * @param dimensions the vectors' length, at least 1; a catalogue too small for that many concepts
     *     fills the rest with zeros
     * @param seed the random directions of the randomized SVD
     * @throws IllegalArgumentException if {@code dimensions} is below 1, or the log names a product the
     *     catalogue does not have
     */
    public static DenseModel fit(Catalog catalog, SearchLog log, Function<String, List<String>> analyser,
            int dimensions, long seed) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be at least 1, not " + dimensions);
        }
        TextSpace text = TextSpace.fit(catalog, analyser, dimensions, seed);
        Map<Integer, double[]> productVectors = new HashMap<>(catalog.size() * 2);
        for (int p = 0; p < catalog.size(); p++) {
            productVectors.put(catalog.products().get(p).id(), text.productVector(p));
        }
        Map<String, double[]> queryTerms = PurchasePull.pull(text.termVectors(), productVectors, log, analyser,
                dimensions);
        int[] ids = productVectors.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] flat = new double[ids.length * dimensions];
        for (int i = 0; i < ids.length; i++) {
            System.arraycopy(productVectors.get(ids[i]), 0, flat, i * dimensions, dimensions);
        }
        return new DenseModel(dimensions, queryTerms, text.idf(), text.unseenIdf(), ids, flat);
    }

    private Object writeReplace() {
        return new Flat(this);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a dense model is read through its flat form");
    }

    /** The serialized form: the query terms' map as its keys and its vectors laid end to end, the idf likewise. */
    private static final class Flat implements Serializable {
        private static final long serialVersionUID = 1L;

        private final int dimensions;
        private final String[] terms;
        private final double[] termVectors;
        private final String[] idfTerms;
        private final double[] idfs;
        private final double unseenIdf;
        private final int[] products;
        private final double[] productVectors;

        Flat(DenseModel model) {
            this.dimensions = model.dimensions;
            this.terms = model.queryTermVectors.keySet().toArray(String[]::new);
            this.termVectors = concatenated(terms, model.queryTermVectors, dimensions);
            this.idfTerms = model.idf.keySet().toArray(String[]::new);
            this.idfs = new double[idfTerms.length];
            for (int i = 0; i < idfTerms.length; i++) {
                idfs[i] = model.idf.get(idfTerms[i]);
            }
            this.unseenIdf = model.unseenIdf;
            this.products = model.productIds;
            this.productVectors = model.productVectors;
        }

        private static double[] concatenated(String[] keys, Map<String, double[]> vectors, int dimensions) {
            double[] flat = new double[keys.length * dimensions];
            for (int i = 0; i < keys.length; i++) {
                System.arraycopy(vectors.get(keys[i]), 0, flat, i * dimensions, dimensions);
            }
            return flat;
        }

        private Object readResolve() {
            Map<String, double[]> queryTerms = new HashMap<>(terms.length * 2);
            for (int i = 0; i < terms.length; i++) {
                queryTerms.put(terms[i], Arrays.copyOfRange(termVectors, i * dimensions, (i + 1) * dimensions));
            }
            Map<String, Double> idf = new HashMap<>(idfTerms.length * 2);
            for (int i = 0; i < idfTerms.length; i++) {
                idf.put(idfTerms[i], idfs[i]);
            }
            return new DenseModel(dimensions, queryTerms, idf, unseenIdf, products, productVectors);
        }
    }

    /** The length of every vector. */
    public int dimensions() {
        return dimensions;
    }

    /**
     * A query's vector: the IDF-weighted mean of its known terms' vectors; all zeros when it has none.
     *
     * <p>Example: {@code queryVector(List.of("smoked", "salmon"))}.
     */
    public double[] queryVector(List<String> queryTerms) {
        return weightedMean(queryTerms, queryTermVectors, term -> idf.getOrDefault(term, unseenIdf), dimensions);
    }

    /**
     * A product's vector: the IDF-weighted mean of its name's term vectors.
     *
     * @throws IllegalArgumentException if the catalogue it was fitted on has no such product
     */
    public double[] productVector(int productId) {
        int row = Arrays.binarySearch(productIds, productId);
        if (row < 0) {
            throw new IllegalArgumentException("the dense model knows no product with id " + productId);
        }
        return Arrays.copyOfRange(productVectors, row * dimensions, (row + 1) * dimensions);
    }

    /** Whether a query term has a vector (from the catalogue's text or from the log). */
    public boolean knows(String term) {
        return queryTermVectors.containsKey(term);
    }

    /**
     * The cosine of two vectors of the same length, from -1 to 1; 0 when either is all zeros.
     *
     * <p>Example: {@code cosine(new double[] {1, 0}, new double[] {1, 1})} is {@code 0.7071...}.
     */
    public static double cosine(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        }
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : Math.max(-1, Math.min(1, dot / Math.sqrt(aa * bb)));
    }

    /** The vector scaled to length 1, or itself when it is all zeros. */
    static double[] unit(double[] vector) {
        double norm = 0;
        for (double value : vector) {
            norm += value * value;
        }
        if (norm == 0) {
            return vector;
        }
        double scale = 1 / Math.sqrt(norm);
        double[] result = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = vector[i] * scale;
        }
        return result;
    }

    /**
     * The weighted mean of the vectors of those {@code terms} that have one, each occurrence counted; all
     * zeros when none has.
     */
    static double[] weightedMean(List<String> terms, Map<String, double[]> vectors, ToDoubleFunction<String> weight,
            int dimensions) {
        double[] sum = new double[dimensions];
        double weights = 0;
        for (String term : terms) {
            double[] vector = vectors.get(term);
            if (vector == null) {
                continue;
            }
            double w = weight.applyAsDouble(term);
            for (int i = 0; i < dimensions; i++) {
                sum[i] += w * vector[i];
            }
            weights += w;
        }
        if (weights > 0) {
            for (int i = 0; i < dimensions; i++) {
                sum[i] /= weights;
            }
        }
        return sum;
    }

    static boolean allZeros(double[] vector) {
        for (double value : vector) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }
}
