package dev.mlkatas.ranking.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.retrieval.Candidate;
import dev.mlkatas.ranking.retrieval.FieldWeights;
import dev.mlkatas.ranking.retrieval.LuceneRetriever;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RetrievalIntentModel")
class RetrievalIntentModelTest {

    private static LuceneRetriever retriever;
    private static CatalogQueryNormaliser normaliser;

    @BeforeAll
    static void index() {
        retriever = LuceneRetriever.build(Shop.CATALOG, FieldWeights.DEFAULT);
        normaliser = CatalogQueryNormaliser.of(retriever.index());
    }

    @AfterAll
    static void close() {
        retriever.close();
    }

    @Test
    @DisplayName("gives each aisle the share of the top results' score that sits in it")
    void scoreWeightedShares() {
        ParsedQuery fish = normaliser.parse("fish");
        List<Candidate> top = retriever.retrieve(fish, 50);
        double total = top.stream().mapToDouble(Candidate::score).sum();
        double crackers = top.stream().filter(c -> c.product().aisleId() == Shop.CRACKERS)
                .mapToDouble(Candidate::score).sum();

        RetrievalIntentModel model = new RetrievalIntentModel(retriever, Shop.CATALOG);

        assertThat(model.aisleProbability(fish, Shop.CRACKERS)).isCloseTo(crackers / total, within(1e-12));
        assertThat(model.aisleProbability(fish, Shop.POULTRY)).isZero();
    }

    @Test
    @DisplayName("with depth 1, puts all the mass on the top result's aisle and department")
    void depthOne() {
        ParsedQuery salmon = normaliser.parse("smoked salmon");

        RetrievalIntentModel model = new RetrievalIntentModel(retriever, Shop.CATALOG, 1);

        assertThat(model.aisleProbability(salmon, Shop.SEAFOOD)).isEqualTo(1.0);
        assertThat(model.departmentProbability(salmon, Shop.MEAT_SEAFOOD)).isEqualTo(1.0);
        assertThat(model.intent(salmon).topAisle()).contains(Shop.SEAFOOD);
    }

    @Test
    @DisplayName("sums to 1 over the catalogue's aisles and departments; other ids get 0")
    void distribution() {
        RetrievalIntentModel model = new RetrievalIntentModel(retriever, Shop.CATALOG);
        QueryIntent intent = model.intent(normaliser.parse("fish"));

        assertThat(intent.aisles().keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(intent.aisles().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(intent.departments().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(model.aisleProbability(normaliser.parse("fish"), 99)).isZero();
        assertThat(model.departmentProbability(normaliser.parse("fish"), -1)).isZero();
    }

    @Test
    @DisplayName("falls back to the catalogue's shares for a query that retrieves nothing")
    void nothingRetrieved() {
        RetrievalIntentModel model = new RetrievalIntentModel(retriever, Shop.CATALOG);
        ParsedQuery xylophone = normaliser.parse("xylophone");

        long seafood = Shop.CATALOG.products().stream().map(Product::aisleId).filter(a -> a == Shop.SEAFOOD).count();
        assertThat(model.aisleProbability(xylophone, Shop.SEAFOOD))
                .isCloseTo((double) seafood / Shop.CATALOG.size(), within(1e-12));
    }

    @Test
    @DisplayName("retrieves once per query, however often it is asked")
    void cachesPerQuery() {
        int[] calls = {0};
        RetrievalIntentModel model = new RetrievalIntentModel((query, k) -> {
            calls[0]++;
            return retriever.retrieve(query, k);
        }, Shop.CATALOG);
        ParsedQuery fish = normaliser.parse("fish");

        for (int aisle = 1; aisle <= 8; aisle++) {
            model.aisleProbability(fish, aisle);
            model.departmentProbability(normaliser.parse("Fish"), aisle);
        }

        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    @DisplayName("rejects a depth below 1")
    void rejectsDepth() {
        assertThatThrownBy(() -> new RetrievalIntentModel(retriever, Shop.CATALOG, 0))
                .hasMessage("the depth of retrieval intent must be at least 1, was 0");
    }
}
