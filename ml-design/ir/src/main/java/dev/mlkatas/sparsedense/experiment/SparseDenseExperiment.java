package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.grocery.GroceryVocabulary;
import dev.mlkatas.jobs.OptionValues;
import dev.mlkatas.sparsedense.FeatureVocabulary;
import dev.mlkatas.sparsedense.ProductText;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The experiment of the sparse-dense kata: generates a grocery catalogue, a background corpus and queries
 * of three kinds (synonyms, exact tokens, misspellings), indexes the product names sparse, dense and
 * hybrid, and prints recall@10 of each per kind of query. {@code ./kata run sparse-dense} runs it with the
 * reference, {@code ./kata run --mine sparse-dense} with your code.
 *
 * <p>Example: {@code SparseDenseExperiment --seed 7 --rank 32}. Everything is generated from the seed, which
 * is printed; a bad option is reported in one line on standard error, exit code 2.
 */
public final class SparseDenseExperiment {

    static final String USAGE = "usage: SparseDenseExperiment [--seed S] [--products-per-kind N] [--queries N]"
            + " [--corpus N] [--rank K] [--ngram N] [--hash-bits B]";
    private static final int K = 10;

    private SparseDenseExperiment() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        List<String> corpus;
        ProductSearch.Settings settings;
        try {
            options = Options.parse(args);
            if (options == null) {
                out.println(USAGE);
                return 0;
            }
            // The rank's bound depends on the corpus, so it is checked here, before anything is printed.
            corpus = BackgroundCorpus.generate(options.seed() + 1, options.corpus());
            settings = options.settings(corpus);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            experiment(options, corpus, settings, out);
            return 0;
        } catch (UnsupportedOperationException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            // Settings the data cannot meet that the options cannot check beforehand.
            err.println("cannot run with these settings: " + e.getMessage());
            return 2;
        }
    }

    private static void experiment(Options o, List<String> corpus, ProductSearch.Settings settings, PrintStream out) {
        long start = System.nanoTime();
        List<Product> products = ProductCatalogue.generate(o.seed(), o.productsPerKind());
        List<SearchQuery> queries = QueryGenerator.generate(products, o.seed() + 2, o.queries());
        out.printf(Locale.ROOT, "seed %d: %d products (%d kinds), %d background texts, %d queries of each kind%n",
                o.seed(), products.size(), GroceryVocabulary.PRODUCTS.size(), corpus.size(), o.queries());
        ProductSearch search = ProductSearch.build(products, corpus, settings);
        out.printf(Locale.ROOT, "sparse: TF-IDF over words and character %d-grams; hashed into 2^%d buckets"
                        + " (%d features of the names share a bucket)%n",
                settings.ngram(), settings.hashBits(), search.hashCollisions());
        out.printf(Locale.ROOT, "dense: LSA of rank %d (EJML's SVD of the background corpus's TF-IDF matrix,"
                + " %d terms); hybrid: reciprocal rank fusion (k = 60) of sparse words+n-grams and dense%n",
                settings.rank(), search.lsa().dimension());
        out.println();
        RecallTable.measure(search, queries, K).print(out);
        out.println();
        out.println("examples:");
        for (QueryKind kind : QueryKind.values()) {
            queries.stream().filter(q -> q.kind() == kind).findFirst().ifPresent(q -> out.printf(Locale.ROOT,
                    "  %-13s '%s': %d relevant product%s%n", kind.label(), q.text(), q.relevant().size(),
                    q.relevant().size() == 1 ? "" : "s"));
        }
        out.printf(Locale.ROOT, "elapsed: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The parsed command line; {@link #parse} returns null for --help. The rank stays text until
     * {@link #settings} checks it against the background corpus.
     */
    record Options(long seed, int productsPerKind, int queries, int corpus, String rank, int ngram, int hashBits) {

        private static final Set<String> KNOWN = Set.of("--seed", "--products-per-kind", "--queries", "--corpus",
                "--rank", "--ngram", "--hash-bits");

        static Options parse(String[] args) {
            long seed = 42;
            int perKind = 30;
            int queries = 200;
            int corpus = 3000;
            ProductSearch.Settings d = ProductSearch.Settings.DEFAULT;
            String rank = String.valueOf(d.rank());
            int ngram = d.ngram();
            int hashBits = d.hashBits();
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    return null;
                }
                if (!option.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument '" + option + "' (" + USAGE + ")");
                }
                if (!KNOWN.contains(option)) {
                    throw new IllegalArgumentException("unknown option '" + option + "' (" + USAGE + ")");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value (" + USAGE + ")");
                }
                String value = args[++i];
                switch (option) {
                    case "--seed" -> seed = OptionValues.longValue(option, value);
                    case "--products-per-kind" -> perKind = OptionValues.intValue(option, value, 1, 200);
                    case "--queries" -> queries = OptionValues.intValue(option, value, 1, 100_000);
                    case "--corpus" -> corpus = OptionValues.intValue(option, value, 100, 1_000_000);
                    case "--rank" -> rank = value;
                    case "--ngram" -> ngram = OptionValues.intValue(option, value, 1, 8);
                    case "--hash-bits" -> hashBits = OptionValues.intValue(option, value, 1, 24);
                    default -> throw new IllegalArgumentException("unknown option '" + option + "' (" + USAGE + ")");
                }
            }
            return new Options(seed, perKind, queries, corpus, rank, ngram, hashBits);
        }

        /**
         * The search settings, the rank checked once: LSA keeps at most one concept per distinct word and per
         * text of the background corpus, e.g. {@code --rank '500' is not a whole number from 1 to 168}.
         */
        ProductSearch.Settings settings(List<String> background) {
            List<List<String>> words = background.stream().map(ProductText::wordFeatures).toList();
            int terms = FeatureVocabulary.of(words).dimension();
            int most = Math.min(terms, background.size());
            int k;
            try {
                k = OptionValues.intValue("--rank", rank, 1, most);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (at most the background corpus's " + terms
                        + " distinct words and " + background.size() + " texts)");
            }
            return new ProductSearch.Settings(ngram, hashBits, k, ProductSearch.Settings.DEFAULT.fusionDepth());
        }
    }
}
