package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.sparsedense.FeatureVocabulary;
import dev.mlkatas.sparsedense.HashedFeatureIndex;
import dev.mlkatas.sparsedense.Lsa;
import dev.mlkatas.sparsedense.ProductText;
import dev.mlkatas.sparsedense.RankFusion;
import dev.mlkatas.sparsedense.SparseVector;
import dev.mlkatas.sparsedense.TfIdf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The product names indexed five ways, searched by cosine similarity: three sparse TF-IDF indexes, one
 * dense LSA index, and their hybrid by reciprocal rank fusion.
 *
 * <p>Example: {@code ProductSearch.build(products, corpus, Settings.DEFAULT).search(Method.DENSE, "fish", 10)}
 * returns the ids of the ten products closest to "fish" in the concept space.
 *
 * <p>A method returns only the products it matched (cosine above zero), best first, ties by id: a query
 * whose words a method does not know at all gets no answer from it rather than an arbitrary one.
 */
public final class ProductSearch {

    /** How the names are represented. */
    public enum Method {
        /** TF-IDF over words, vocabulary learned from the names. */
        SPARSE_WORDS("sparse: words"),
        /** TF-IDF over words and character n-grams. */
        SPARSE_NGRAMS("sparse: words+n-grams"),
        /** The same features, hashed into buckets instead of a vocabulary. */
        SPARSE_HASHED("sparse: hashed"),
        /** LSA of a TF-IDF matrix of the background corpus, names and queries projected onto its concepts. */
        DENSE("dense: LSA"),
        /** Reciprocal rank fusion of {@link #SPARSE_NGRAMS} and {@link #DENSE}. */
        HYBRID("hybrid: RRF");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The knobs of the indexes.
     *
     * @param ngram the length of the character n-grams
     * @param hashBits the hashed index has {@code 2^hashBits} buckets
     * @param rank how many LSA concepts are kept
     * @param fusionDepth how many results of each method reciprocal rank fusion looks at
     */
    public record Settings(int ngram, int hashBits, int rank, int fusionDepth) {

        /** The n-gram length, hash bits and rank of {@code ./kata run sparse-dense} without options. */
        public static final int DEFAULT_NGRAM = 3;
        public static final int DEFAULT_HASH_BITS = 12;
        public static final int DEFAULT_RANK = 24;

        /** The settings of {@code ./kata run sparse-dense} without options. */
        public static final Settings DEFAULT = new Settings(DEFAULT_NGRAM, DEFAULT_HASH_BITS, DEFAULT_RANK, 100);
    }

    private static final int RRF_K = 60;

    private final int size;
    private final Settings settings;
    private final Index words;
    private final Index ngrams;
    private final Index hashed;
    private final TfIdf backgroundWeights;
    private final Lsa lsa;
    private final List<double[]> embeddings;

    private ProductSearch(List<Product> products, List<String> corpus, Settings settings) {
        this.size = products.size();
        this.settings = settings;
        List<String> names = products.stream().map(Product::name).toList();
        Function<String, List<String>> wordFeatures = ProductText::wordFeatures;
        Function<String, List<String>> allFeatures = text -> ProductText.features(text, settings.ngram());
        this.words = Index.vocabulary(names, wordFeatures);
        this.ngrams = Index.vocabulary(names, allFeatures);
        this.hashed = new Index(TfIdf.fit(names.stream().map(allFeatures).toList(),
                new HashedFeatureIndex(settings.hashBits())), allFeatures, names);

        List<List<String>> corpusFeatures = corpus.stream().map(ProductText::wordFeatures).toList();
        this.backgroundWeights = TfIdf.fit(corpusFeatures, FeatureVocabulary.of(corpusFeatures));
        this.lsa = Lsa.fit(corpusFeatures.stream().map(backgroundWeights::vector).toList(), settings.rank());
        this.embeddings = names.stream().map(this::embed).toList();
    }

    /** Indexes the names of {@code products}; the dense index learns its concepts from {@code corpus}. */
    public static ProductSearch build(List<Product> products, List<String> corpus, Settings settings) {
        return new ProductSearch(products, corpus, settings);
    }

    /** The ids of at most {@code limit} products that {@code method} matches to {@code query}, best first. */
    public List<Integer> search(Method method, String query, int limit) {
        return switch (method) {
            case SPARSE_WORDS -> words.search(query, limit);
            case SPARSE_NGRAMS -> ngrams.search(query, limit);
            case SPARSE_HASHED -> hashed.search(query, limit);
            case DENSE -> {
                double[] q = embed(query);
                yield ranked(id -> Lsa.cosine(q, embeddings.get(id)), size, limit);
            }
            case HYBRID -> RankFusion.reciprocalRankFusion(List.of(
                    search(Method.SPARSE_NGRAMS, query, settings.fusionDepth()),
                    search(Method.DENSE, query, settings.fusionDepth())), RRF_K, limit);
        };
    }

    /** How many distinct features of the names share a bucket with another in the hashed index. */
    public int hashCollisions() {
        return hashed.collisions;
    }

    /** The LSA model of the dense index. */
    public Lsa lsa() {
        return lsa;
    }

    private double[] embed(String text) {
        return lsa.embed(backgroundWeights.vector(ProductText.wordFeatures(text)));
    }

    private static List<Integer> ranked(ToDoubleFunction<Integer> score, int size, int limit) {
        double[] scores = new double[size];
        List<Integer> matched = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            scores[id] = score.applyAsDouble(id);
            if (scores[id] > 0) {
                matched.add(id);
            }
        }
        matched.sort(Comparator.comparingDouble((Integer id) -> -scores[id]).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(matched.subList(0, Math.min(limit, matched.size())));
    }

    /** One sparse index: the weights, how text becomes features, and every name's vector. */
    private static final class Index {

        private final TfIdf weights;
        private final Function<String, List<String>> features;
        private final List<SparseVector> vectors;
        private final int collisions;

        Index(TfIdf weights, Function<String, List<String>> features, List<String> names) {
            this.weights = weights;
            this.features = features;
            this.vectors = names.stream().map(name -> weights.vector(features.apply(name))).toList();
            this.collisions = countCollisions(weights, names, features);
        }

        static Index vocabulary(List<String> names, Function<String, List<String>> features) {
            List<List<String>> documents = names.stream().map(features).toList();
            return new Index(TfIdf.fit(documents, FeatureVocabulary.of(documents)), features, names);
        }

        List<Integer> search(String query, int limit) {
            SparseVector q = weights.vector(features.apply(query));
            return ranked(id -> q.cosine(vectors.get(id)), vectors.size(), limit);
        }

        private static int countCollisions(TfIdf weights, List<String> names, Function<String, List<String>> features) {
            Map<Integer, Set<String>> buckets = new HashMap<>();
            for (String name : names) {
                for (String feature : features.apply(name)) {
                    buckets.computeIfAbsent(weights.index().indexOf(feature), b -> new HashSet<>())
                            .add(feature);
                }
            }
            return buckets.values().stream().filter(s -> s.size() > 1).mapToInt(Set::size).sum();
        }
    }
}
