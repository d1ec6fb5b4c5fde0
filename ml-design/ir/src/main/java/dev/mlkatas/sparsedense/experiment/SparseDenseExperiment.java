package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.catalogue.Shelves;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.Seed;
import dev.mlkatas.sparsedense.FeatureVocabulary;
import dev.mlkatas.sparsedense.ProductText;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The experiment of the sparse-dense kata: takes the grocery world's catalogue (each product in a few pack
 * sizes), generates a background corpus and queries of three kinds (synonyms, exact tokens, misspellings),
 * indexes the product names sparse, dense and hybrid, and prints recall@10 of each per kind of query.
 * {@code ./kata run sparse-dense} runs it with the reference, {@code ./kata run --mine sparse-dense} with your
 * code.
 *
 * <p>Example: {@code SparseDenseExperiment --seed 7 --rank 32}. Everything is generated from the seed, which
 * is printed; a bad option is reported in one line on standard error, exit code 2.
 */
@Command(name = "sparse-dense",
        description = {"Sparse against dense features for product search: takes the grocery world's catalogue "
                + "(its brands, kinds and words; each product in a few pack sizes), generates a background corpus "
                + "about its shelves and queries of three kinds (synonyms, exact tokens, misspellings), indexes the "
                + "product names sparse (TF-IDF, n-grams, hashing), dense (LSA) and hybrid (rank fusion), and prints "
                + "recall@10 of each per kind of query.",
            "Everything is generated from --seed, which is printed; the grocery world is the one of that seed."},
        footer = {"  ./kata run sparse-dense --seed 7 --rank 32",
            "  ./kata run sparse-dense --sizes 6 --queries 500 --ngram 4 --hash-bits 12"})
public final class SparseDenseExperiment extends JobCommand {

    private static final int K = 10;

    @Mixin
    private Seed seed;

    @Option(names = "--sizes", paramLabel = "N", defaultValue = "4",
            description = "Pack sizes of each product of the grocery world: its own and N - 1 multiples of it "
                    + "(1 to " + ProductCatalogue.MOST_SIZES + ").")
    private int sizes;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200",
            description = "Queries generated of each kind: synonym, exact token, misspelling (1 to 100000).")
    private int queries;

    @Option(names = "--corpus", paramLabel = "N", defaultValue = "3000",
            description = "Texts of the background corpus that TF-IDF and LSA learn from (100 to 1000000).")
    private int corpus;

    @Option(names = "--rank", paramLabel = "K", defaultValue = "" + ProductSearch.Settings.DEFAULT_RANK,
            description = "Concepts LSA keeps: from 1 to the background corpus's distinct words and texts "
                    + "(checked against the corpus, so even a value that is not a number is told the real bound).")
    private String rank;

    @Option(names = "--ngram", paramLabel = "N", defaultValue = "" + ProductSearch.Settings.DEFAULT_NGRAM,
            description = "Length of the character n-grams of the sparse features (1 to 8).")
    private int ngram;

    @Option(names = "--hash-bits", paramLabel = "B", defaultValue = "" + ProductSearch.Settings.DEFAULT_HASH_BITS,
            description = "The sparse features are hashed into 2^B buckets (1 to 24).")
    private int hashBits;

    public static void main(String[] args) {
        JobCommand.main(new SparseDenseExperiment(), args);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new SparseDenseExperiment(), args, out, err);
    }

    @Override
    public Integer call() {
        within("--sizes", sizes, 1, ProductCatalogue.MOST_SIZES);
        within("--queries", queries, 1, 100_000);
        within("--corpus", corpus, 100, 1_000_000);
        within("--ngram", ngram, 1, 8);
        within("--hash-bits", hashBits, 1, 24);
        // The rank's bound depends on the corpus, so it is checked here, before anything is printed.
        List<String> background = BackgroundCorpus.generate(seed.value() + 1, corpus, Catalogue.of(seed.value()));
        ProductSearch.Settings settings = settings(background);
        try {
            experiment(background, settings, out());
            return 0;
        } catch (IllegalArgumentException e) {
            // Settings the data cannot meet that the options cannot check beforehand.
            throw new BadInputException("cannot run with these settings: " + e.getMessage());
        }
    }

    private void experiment(List<String> corpus, ProductSearch.Settings settings, PrintStream out) {
        long start = System.nanoTime();
        List<Product> products = ProductCatalogue.generate(seed.value(), sizes);
        List<SearchQuery> generated = QueryGenerator.generate(products, seed.value() + 2, queries);
        out.printf(Locale.ROOT, "seed %d: %d products (the grocery world's %d of %d kinds, in %d pack sizes each),"
                + " %d background texts, %d queries of each kind%n", seed.value(), products.size(),
                products.size() / sizes, Shelves.KINDS.size(), sizes, corpus.size(), queries);
        ProductSearch search = ProductSearch.build(products, corpus, settings);
        out.printf(Locale.ROOT, "sparse: TF-IDF over words and character %d-grams; hashed into 2^%d buckets"
                        + " (%d features of the names share a bucket)%n",
                settings.ngram(), settings.hashBits(), search.hashCollisions());
        out.printf(Locale.ROOT, "dense: LSA of rank %d (EJML's SVD of the background corpus's TF-IDF matrix,"
                + " %d terms); hybrid: reciprocal rank fusion (k = 60) of sparse words+n-grams and dense%n",
                settings.rank(), search.lsa().dimension());
        out.println();
        RecallTable.measure(search, generated, K).print(out);
        out.println();
        out.println("examples:");
        for (QueryKind kind : QueryKind.values()) {
            generated.stream().filter(q -> q.kind() == kind).findFirst().ifPresent(q -> out.printf(Locale.ROOT,
                    "  %-13s '%s': %d relevant product%s%n", kind.label(), q.text(), q.relevant().size(),
                    q.relevant().size() == 1 ? "" : "s"));
        }
        out.printf(Locale.ROOT, "elapsed: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The search settings, the rank checked once: LSA keeps at most one concept per distinct word and per
     * text of the background corpus, e.g. {@code --rank '500' is not a whole number from 1 to 168}.
     */
    private ProductSearch.Settings settings(List<String> background) {
        List<List<String>> words = background.stream().map(ProductText::wordFeatures).toList();
        int terms = FeatureVocabulary.of(words).dimension();
        int most = Math.min(terms, background.size());
        int k;
        try {
            k = Integer.parseInt(rank);
        } catch (NumberFormatException e) {
            k = 0;
        }
        if (k < 1 || k > most) {
            throw new BadInputException("--rank '" + rank + "' is not a whole number from 1 to " + most
                    + " (at most the background corpus's " + terms + " distinct words and " + background.size()
                    + " texts)");
        }
        return new ProductSearch.Settings(ngram, hashBits, k, ProductSearch.Settings.DEFAULT.fusionDepth());
    }
}
