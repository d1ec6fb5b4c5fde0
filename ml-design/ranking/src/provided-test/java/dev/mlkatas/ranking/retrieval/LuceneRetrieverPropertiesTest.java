package dev.mlkatas.ranking.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.query.GroceryAnalyzer;
import dev.mlkatas.ranking.query.ParsedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Retrieval over small generated catalogues whose names, aisles and departments share a vocabulary of
 * eight words, so that a query matches in several fields at once; the queries are one to three of those
 * words, repeats and a word no product has included; the field weights are random.
 */
@Label("LuceneRetriever, properties")
class LuceneRetrieverPropertiesTest {

    private static final List<String> WORDS = List.of("fish", "salmon", "fresh", "frozen", "sauce", "cod", "cheese",
            "snack");
    private static final GroceryAnalyzer ANALYZER = new GroceryAnalyzer();

    @Property(tries = 50)
    @Label("each field score is what Lucene's explain gives for the query on that field alone")
    void fieldScoresAreWhatExplainGives(@ForAll("cases") Case sample) throws IOException {
        try (LuceneRetriever retriever = LuceneRetriever.build(sample.catalog(), sample.weights())) {
            CatalogIndex index = retriever.index();
            for (Candidate candidate : retriever.retrieve(sample.query(), sample.k())) {
                int doc = index.doc(candidate.product().id());
                double[] scores = {candidate.nameScore(), candidate.aisleScore(), candidate.departmentScore()};
                for (int f = 0; f < scores.length; f++) {
                    CatalogField field = CatalogField.SCORED.get(f);
                    double explained = index.searcher().explain(fieldAlone(field, sample.query().terms()), doc)
                            .getValue().doubleValue();
                    assertThat(scores[f]).as("%s score of product %d", field, candidate.product().id())
                            .isCloseTo(explained, within(1e-6 * Math.max(1, explained)));
                }
            }
        }
    }

    @Property(tries = 50)
    @Label("the score is the weighted sum of the field scores, and orders the candidates")
    void scoreIsTheWeightedSum(@ForAll("cases") Case sample) {
        try (LuceneRetriever retriever = LuceneRetriever.build(sample.catalog(), sample.weights())) {
            List<Candidate> found = retriever.retrieve(sample.query(), sample.k());

            FieldWeights w = sample.weights();
            for (Candidate c : found) {
                assertThat(c.score()).isEqualTo(w.name() * c.nameScore() + w.aisle() * c.aisleScore()
                        + w.department() * c.departmentScore());
            }
            for (int i = 1; i < found.size(); i++) {
                assertThat(found.get(i).score()).isLessThanOrEqualTo(found.get(i - 1).score());
            }
        }
    }

    @Property(tries = 50)
    @Label("returns min(k, matches) products, each with a query term in a weighted field, the best k of them")
    void returnsTheBestKOfTheMatches(@ForAll("cases") Case sample) {
        try (LuceneRetriever retriever = LuceneRetriever.build(sample.catalog(), sample.weights())) {
            List<Product> matching = sample.catalog().products().stream()
                    .filter(product -> matches(product, sample.query().terms(), sample.weights())).toList();

            List<Candidate> found = retriever.retrieve(sample.query(), sample.k());
            List<Candidate> all = retriever.retrieve(sample.query(), sample.catalog().size());

            assertThat(found).hasSize(Math.min(sample.k(), matching.size()));
            assertThat(found).allSatisfy(c -> assertThat(matching).contains(c.product()));
            assertThat(all).hasSize(matching.size());
            for (int i = 0; i < found.size(); i++) {
                assertThat(found.get(i).score()).as("score at rank %d", i + 1)
                        .isCloseTo(all.get(i).score(), within(1e-6));
            }
        }
    }

    /** The brute-force oracle: a product matches when a field of positive weight has a query term. */
    private static boolean matches(Product product, List<String> terms, FieldWeights weights) {
        for (CatalogField field : CatalogField.SCORED) {
            if (weights.of(field) > 0 && ANALYZER.terms(field.text(product)).stream().anyMatch(terms::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Query fieldAlone(CatalogField field, List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(term -> query.add(new TermQuery(new Term(field.field(), term)), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    // ---- Generators -------------------------------------------------------------------------------------

    record Case(Catalog catalog, ParsedQuery query, FieldWeights weights, int k) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> phrase = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
        Arbitrary<String> aisle = Arbitraries.of("fresh fish", "frozen fish", "cheese", "snack", "sauce", "frozen");
        Arbitrary<String> department = Arbitraries.of("fish", "frozen", "pantry");
        Arbitrary<List<Product>> products = Combinators.combine(phrase, aisle, department)
                .as((name, aisleName, departmentName) -> new String[] {name, aisleName, departmentName})
                .list().ofMinSize(1).ofMaxSize(12)
                .map(LuceneRetrieverPropertiesTest::numbered);
        Arbitrary<ParsedQuery> query = Arbitraries.of(concat(WORDS, "xylophone")).list().ofMinSize(1).ofMaxSize(3)
                .map(terms -> new ParsedQuery(String.join(" ", terms), String.join(" ", terms), terms));
        Arbitrary<Double> weight = Arbitraries.of(0.0, 0.2, 0.5, 1.0, 1.7, 3.0);
        Arbitrary<FieldWeights> weights = Combinators.combine(weight, weight, weight).as((n, a, d) -> n + a + d == 0
                ? FieldWeights.DEFAULT : new FieldWeights(n, a, d));
        return Combinators.combine(products, query, weights, Arbitraries.integers().between(1, 8))
                .as((list, q, w, k) -> new Case(new Catalog("generated", list), q, w, k));
    }

    private static List<Product> numbered(List<String[]> fields) {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String[] f = fields.get(i);
            // Product ids unlike document ids, so that a mix-up of the two shows.
            products.add(new Product(100 + 7 * i, f[0], f[1].hashCode(), f[1], f[2].hashCode(), f[2], "", 1.0, true));
        }
        return products;
    }

    private static List<String> concat(List<String> words, String extra) {
        List<String> all = new ArrayList<>(words);
        all.add(extra);
        return all;
    }
}
