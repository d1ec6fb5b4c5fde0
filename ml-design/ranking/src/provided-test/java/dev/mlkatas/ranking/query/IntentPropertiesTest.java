package dev.mlkatas.ranking.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import dev.mlkatas.ranking.retrieval.FieldWeights;
import dev.mlkatas.ranking.retrieval.LuceneRetriever;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Both intent models over generated catalogues (products in up to five aisles of up to three
 * departments, named with eight words) and generated logs (searches for one or two of those words, or a
 * typo, with random grades), asked about queries the log may or may not have seen.
 */
@Label("Intent models, properties")
class IntentPropertiesTest {

    private static final List<String> WORDS = List.of("fish", "salmon", "fresh", "frozen", "sauce", "cod", "cheese",
            "snack");

    @Property(tries = 50)
    @Label("P(aisle | q) and P(department | q) are in [0, 1] and sum to 1 over the catalogue's ids")
    void distributionsSumToOne(@ForAll("cases") Case sample) {
        try (LuceneRetriever retriever = LuceneRetriever.build(sample.catalog(), FieldWeights.DEFAULT)) {
            Models models = models(sample, retriever);
            ParsedQuery query = models.query();

            for (IntentModel model : List.of(models.retrieval(), models.logged())) {
                assertSumsToOne(ids(sample.catalog(), true), aisle -> model.aisleProbability(query, aisle));
                assertSumsToOne(ids(sample.catalog(), false),
                        department -> model.departmentProbability(query, department));
                assertThat(model.aisleProbability(query, 1000)).isZero();
            }
        }
    }

    @Property(tries = 50)
    @Label("a query the log never saw gets the retrieval intent exactly")
    void unseenQueriesGetThePrior(@ForAll("cases") Case sample) {
        try (LuceneRetriever retriever = LuceneRetriever.build(sample.catalog(), FieldWeights.DEFAULT)) {
            Models models = models(sample, retriever);

            if (models.logged().evidence(models.query()) == 0) {
                assertThat(models.logged().intent(models.query())).isEqualTo(models.retrieval().intent(models.query()));
            }
        }
    }

    /** The sample's query, parsed, and both models of its catalogue and log. */
    record Models(ParsedQuery query, RetrievalIntentModel retrieval, LoggedIntentModel logged) {
    }

    private static Models models(Case sample, LuceneRetriever retriever) {
        CatalogQueryNormaliser normaliser = CatalogQueryNormaliser.of(retriever.index());
        RetrievalIntentModel retrieval = new RetrievalIntentModel(retriever, sample.catalog(), sample.depth());
        LoggedIntentModel logged = LoggedIntentModel.fit(sample.log(), sample.catalog(), normaliser, retrieval,
                sample.pseudoCount());
        return new Models(normaliser.parse(sample.query()), retrieval, logged);
    }

    private static void assertSumsToOne(Set<Integer> ids, IntToDoubleFunction probability) {
        double sum = 0;
        for (int id : ids) {
            double p = probability.applyAsDouble(id);
            assertThat(p).as("P(%d)", id).isBetween(0.0, 1.0);
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
    }

    private static Set<Integer> ids(Catalog catalog, boolean aisles) {
        Set<Integer> ids = new TreeSet<>();
        catalog.products().forEach(p -> ids.add(aisles ? p.aisleId() : p.departmentId()));
        return ids;
    }

    // ---- Generators -------------------------------------------------------------------------------------

    record Case(Catalog catalog, SearchLog log, String query, int depth, double pseudoCount) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> name = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
        Arbitrary<Product> product = Combinators.combine(name, Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 3))
                .as((n, aisle, department) -> Shop.product(1, n, aisle, "aisle " + aisle, department,
                        "department " + department, ""));
        Arbitrary<Catalog> catalog = product.list().ofMinSize(1).ofMaxSize(12).map(IntentPropertiesTest::numbered);
        Arbitrary<String> query = Arbitraries.oneOf(
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(2).map(w -> String.join(" ", w)),
                Arbitraries.of("fsh", "salmn", "Cheeses", "xylophone"));
        return catalog.flatMap(c -> Combinators.combine(
                search(query, c.size()).list().ofMaxSize(15).map(IntentPropertiesTest::log),
                query,
                Arbitraries.integers().between(1, 20),
                Arbitraries.of(0.5, 1.0, 5.0, 100.0))
                .as((log, q, depth, alpha) -> new Case(c, log, q, depth, alpha)));
    }

    private static Arbitrary<Search> search(Arbitrary<String> query, int products) {
        Arbitrary<int[]> shown = Arbitraries.integers().between(1, products).array(int[].class)
                .ofMinSize(1).ofMaxSize(4);
        Arbitrary<int[]> grades = Arbitraries.integers().between(0, 3).array(int[].class).ofSize(4);
        return Combinators.combine(query, shown, grades).as((q, ids, g) -> Shop.search(0, q, ids, g));
    }

    private static SearchLog log(List<Search> searches) {
        List<Search> numbered = new ArrayList<>();
        for (int i = 0; i < searches.size(); i++) {
            Search s = searches.get(i);
            numbered.add(new Search(i, s.userId(), s.query(), s.segment(), s.impressions()));
        }
        return new SearchLog(numbered);
    }

    private static Catalog numbered(List<Product> products) {
        List<Product> numbered = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            numbered.add(new Product(i + 1, p.name(), p.aisleId(), p.aisle(), p.departmentId(), p.department(),
                    p.brand(), p.price(), p.inStock()));
        }
        return new Catalog("generated", numbered);
    }
}
