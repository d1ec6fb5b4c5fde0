package dev.mlkatas.ranking.query;

import static dev.mlkatas.ranking.query.Shop.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import dev.mlkatas.ranking.retrieval.FieldWeights;
import dev.mlkatas.ranking.retrieval.LuceneRetriever;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Intent learned from a hand-made log in which shoppers who search "fish" buy salmon, cod and tilapia
 * from the seafood counter, and now and then click the fish-shaped crackers.
 */
@DisplayName("LoggedIntentModel")
class LoggedIntentModelTest {

    private static LuceneRetriever retriever;
    private static CatalogQueryNormaliser normaliser;
    private static RetrievalIntentModel retrievalIntent;

    @BeforeAll
    static void index() {
        retriever = LuceneRetriever.build(Shop.CATALOG, FieldWeights.DEFAULT);
        normaliser = CatalogQueryNormaliser.of(retriever.index());
        retrievalIntent = new RetrievalIntentModel(retriever, Shop.CATALOG);
    }

    @AfterAll
    static void close() {
        retriever.close();
    }

    /** Ten searches for "fish" as typed in three ways: purchases at the seafood counter, clicks on crackers. */
    private static SearchLog fishLog() {
        List<Search> searches = new ArrayList<>();
        String[] typed = {"fish", "Fish", "fishes", "fsh", "fish"};
        for (int i = 0; i < 10; i++) {
            searches.add(search(i, typed[i % typed.length], new int[] {5, 1 + i % 3, 6}, new int[] {1, 3, 0}));
        }
        return new SearchLog(searches);
    }

    private static LoggedIntentModel fit(SearchLog log) {
        return LoggedIntentModel.fit(log, Shop.CATALOG, normaliser, retrievalIntent);
    }

    @Test
    @DisplayName("learns that \"fish\" means the seafood counter, not where the word is written")
    void fishMeansSeafood() {
        ParsedQuery fish = normaliser.parse("fish");

        LoggedIntentModel model = fit(fishLog());

        assertThat(model.aisleProbability(fish, Shop.SEAFOOD)).isGreaterThan(0.6);
        assertThat(model.aisleProbability(fish, Shop.SEAFOOD))
                .isGreaterThan(retrievalIntent.aisleProbability(fish, Shop.SEAFOOD));
        assertThat(model.intent(fish).topAisle()).contains(Shop.SEAFOOD);
        assertThat(model.intent(fish).topDepartment()).contains(Shop.MEAT_SEAFOOD);
    }

    @Test
    @DisplayName("smooths the log's counts toward the prior with the pseudo-count: (n(q,a) + α prior) / (n(q) + α)")
    void dirichletSmoothing() {
        ParsedQuery fish = normaliser.parse("fish");
        double prior = retrievalIntent.aisleProbability(fish, Shop.CRACKERS);

        LoggedIntentModel model = LoggedIntentModel.fit(fishLog(), Shop.CATALOG, normaliser, retrievalIntent, 4.0);

        // Ten searches: a click (1) on the crackers and a purchase (3) at the seafood counter each.
        assertThat(model.evidence(fish)).isEqualTo(40.0);
        assertThat(model.aisleProbability(fish, Shop.CRACKERS))
                .isCloseTo((10 + 4.0 * prior) / (40 + 4.0), within(1e-12));
    }

    @Test
    @DisplayName("pools \"Fish\", \"fishes\" and \"fsh\" with \"fish\": queries are keyed by their normalised form")
    void keyedByNormalisedQuery() {
        LoggedIntentModel model = fit(fishLog());

        assertThat(model.evidence(normaliser.parse("FSH"))).isEqualTo(40.0);
        assertThat(model.intent(normaliser.parse("Fishes"))).isEqualTo(model.intent(normaliser.parse("fish")));
    }

    @Test
    @DisplayName("gives a query the log has not seen exactly what retrieval says")
    void unseenQueryFallsBack() {
        ParsedQuery chicken = normaliser.parse("chicken");

        LoggedIntentModel model = fit(fishLog());

        assertThat(model.evidence(chicken)).isZero();
        assertThat(model.intent(chicken).aisles()).isEqualTo(retrievalIntent.intent(chicken).aisles());
        assertThat(model.intent(chicken).departments()).isEqualTo(retrievalIntent.intent(chicken).departments());
    }

    @Test
    @DisplayName("works without any log: every query gets what retrieval says")
    void noLog() {
        ParsedQuery fish = normaliser.parse("fish");

        LoggedIntentModel model = fit(SearchLog.empty());

        assertThat(model.intent(fish).aisles()).isEqualTo(retrievalIntent.intent(fish).aisles());
    }

    @Test
    @DisplayName("sums to 1 over the catalogue's aisles and departments, and gives other ids 0")
    void distribution() {
        ParsedQuery fish = normaliser.parse("fish");

        QueryIntent intent = fit(fishLog()).intent(fish);

        assertThat(intent.aisles().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(intent.departments().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(fit(fishLog()).aisleProbability(fish, 42)).isZero();
    }

    @Test
    @DisplayName("rejects a log whose products are not in the catalogue, naming the search")
    void rejectsForeignProducts() {
        SearchLog log = new SearchLog(List.of(search(7, "fish", new int[] {99}, new int[] {1})));

        assertThatThrownBy(() -> fit(log))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("search 7: product 99 is not in the query tests' shop");
    }

    @Test
    @DisplayName("rejects a log with an empty query, naming the search")
    void rejectsEmptyQueries() {
        SearchLog log = new SearchLog(List.of(search(3, " ", new int[] {1}, new int[] {1})));

        assertThatThrownBy(() -> fit(log)).hasMessage("search 3: the query is empty");
    }

    @Test
    @DisplayName("rejects a pseudo-count that is not positive")
    void rejectsPseudoCount() {
        assertThatThrownBy(() -> LoggedIntentModel.fit(fishLog(), Shop.CATALOG, normaliser, retrievalIntent, 0))
                .hasMessage("the pseudo-count of the intent prior must be a positive number, was 0.0");
    }
}
