package dev.mlkatas.ranking.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.query.GroceryAnalyzer;
import dev.mlkatas.ranking.query.ParsedQuery;
import java.util.List;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Retrieval from a small shop where "fish" is in the names of a sauce, crackers and an oil, and in the
 * aisle of the fish that never says it.
 */
@DisplayName("LuceneRetriever")
class LuceneRetrieverTest {

    private static final Catalog SHOP = new Catalog("a hand-made shop", List.of(
            product(1, "Wild Salmon Fillet", 1, "fresh fish", 1, "meat seafood", "northbay"),
            product(2, "Atlantic Cod Loins", 1, "fresh fish", 1, "meat seafood", ""),
            product(3, "Tilapia Fillets", 1, "fresh fish", 1, "meat seafood", ""),
            product(4, "Smoked Haddock", 1, "fresh fish", 1, "meat seafood", "harbor fresh"),
            product(5, "Thai Fish Sauce", 2, "asian foods", 2, "international", ""),
            product(6, "Fish Shaped Crackers", 3, "crackers", 3, "snacks", ""),
            product(7, "Chicken Breasts", 4, "poultry counter", 1, "meat seafood", ""),
            product(8, "Cheddar Block", 5, "cheese", 4, "dairy eggs", "alpine"),
            product(9, "Whole Milk", 6, "milk", 4, "dairy eggs", "")));

    private static LuceneRetriever retriever;

    @BeforeAll
    static void index() {
        retriever = LuceneRetriever.build(SHOP, FieldWeights.DEFAULT);
    }

    @AfterAll
    static void close() {
        retriever.close();
    }

    static Product product(int id, String name, int aisleId, String aisle, int departmentId, String department,
            String brand) {
        return new Product(id, name, aisleId, aisle, departmentId, department, brand, 1.0, true);
    }

    private static ParsedQuery query(String text) {
        List<String> terms = new GroceryAnalyzer().terms(text);
        return new ParsedQuery(text, String.join(" ", terms), terms);
    }

    private static List<Integer> ids(List<Candidate> candidates) {
        return candidates.stream().map(candidate -> candidate.product().id()).toList();
    }

    @Test
    @DisplayName("ranks the products named like the query above those only in an aisle named like it")
    void nameMatchesBeforeAisleMatches() {
        List<Candidate> found = retriever.retrieve(query("fish"), 10);

        assertThat(ids(found)).hasSize(6);
        assertThat(ids(found).subList(0, 2)).containsExactlyInAnyOrder(5, 6);
        assertThat(ids(found).subList(2, 6)).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    @DisplayName("a heavier aisle weight lifts the products of the matching aisle above the name matches")
    void aisleWeightLiftsAisleMatches() {
        try (LuceneRetriever aisleFirst = LuceneRetriever.over(retriever.index(), new FieldWeights(1.0, 3.0, 0.2))) {
            List<Integer> found = ids(aisleFirst.retrieve(query("fish"), 10));

            assertThat(found.subList(0, 4)).containsExactlyInAnyOrder(1, 2, 3, 4);
            assertThat(found.subList(4, 6)).containsExactlyInAnyOrder(5, 6);
        }
    }

    @Test
    @DisplayName("a field of weight 0 finds nothing alone, but its score is still reported")
    void zeroWeightFieldIsScoredButDoesNotMatch() {
        try (LuceneRetriever namesOnly = LuceneRetriever.over(retriever.index(), FieldWeights.NAME_ONLY)) {
            assertThat(ids(namesOnly.retrieve(query("fish"), 10))).containsExactlyInAnyOrder(5, 6);

            Candidate haddock = namesOnly.retrieve(query("fresh haddock"), 10).get(0);
            assertThat(haddock.product().id()).isEqualTo(4);
            assertThat(haddock.aisleScore()).isPositive();
            assertThat(haddock.score()).isEqualTo(haddock.nameScore());
        }
    }

    @Test
    @DisplayName("every candidate carries its field scores and their weighted sum")
    void candidatesCarryFieldScores() {
        Candidate salmon = retriever.retrieve(query("salmon meat"), 10).stream()
                .filter(candidate -> candidate.product().id() == 1).findFirst().orElseThrow();

        assertThat(salmon.nameScore()).isPositive();
        assertThat(salmon.aisleScore()).isZero();
        assertThat(salmon.departmentScore()).isPositive();
        assertThat(salmon.score()).isCloseTo(1.0 * salmon.nameScore() + 0.2 * salmon.departmentScore(), within(1e-12));
    }

    @Test
    @DisplayName("returns at most k candidates, the best ones")
    void respectsK() {
        List<Candidate> all = retriever.retrieve(query("fish"), 10);

        List<Candidate> two = retriever.retrieve(query("fish"), 2);

        assertThat(two).hasSize(2);
        assertThat(two.get(1).score()).isGreaterThanOrEqualTo(all.get(2).score());
        assertThat(retriever.retrieve(query("fish"), 0)).isEmpty();
        assertThat(retriever.retrieve(query("fish"), Integer.MAX_VALUE)).hasSize(6);
    }

    @Test
    @DisplayName("a singular query finds a plural name: both are analysed alike")
    void pluralsMatch() {
        assertThat(ids(retriever.retrieve(query("tilapia fillet"), 1))).containsExactly(3);
        assertThat(ids(retriever.retrieve(query("Chicken Breast"), 1))).containsExactly(7);
    }

    @Test
    @DisplayName("finds nothing for words no product has, nor for no words")
    void noMatchNoCandidates() {
        assertThat(retriever.retrieve(query("xylophone"), 10)).isEmpty();
        assertThat(retriever.retrieve(new ParsedQuery("", "", List.of()), 10)).isEmpty();
    }

    @Test
    @DisplayName("rejects a negative k")
    void rejectsNegativeK() {
        assertThatThrownBy(() -> retriever.retrieve(query("fish"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be at least 0, was -1");
    }

    @Test
    @DisplayName("does not match on brands")
    void brandIsNotScored() {
        assertThat(retriever.retrieve(query("alpine"), 10)).isEmpty();
    }

    @Nested
    @DisplayName("the index")
    class Index {

        @Test
        @DisplayName("knows the words of every field, brands too, analysed")
        void vocabulary() {
            CatalogIndex index = retriever.index();

            assertThat(index.knows("fillet")).isTrue();
            assertThat(index.knows("poultry")).isTrue();
            assertThat(index.knows("dairy")).isTrue();
            assertThat(index.knows("northbay")).isTrue();
            assertThat(index.knows("fillets")).isFalse();
            assertThat(index.knows("salmn")).isFalse();
        }

        @Test
        @DisplayName("maps every product to its document and back")
        void documents() {
            CatalogIndex index = retriever.index();

            for (Product product : SHOP.products()) {
                assertThat(index.product(index.doc(product.id()))).isEqualTo(product);
            }
            assertThatThrownBy(() -> index.doc(99)).hasMessage("no product with id 99 in a hand-made shop");
        }

        @Test
        @DisplayName("indexes an empty catalogue, which finds nothing")
        void emptyCatalogue() {
            Catalog nothing = new Catalog("nothing", List.of());
            try (LuceneRetriever empty = LuceneRetriever.build(nothing, FieldWeights.DEFAULT)) {
                assertThat(empty.retrieve(query("fish"), 10)).isEmpty();
            }
        }

        @Test
        @DisplayName("stays open when a retriever over it closes, and closes with the retriever that built it")
        void ownership() {
            LuceneRetriever owner = LuceneRetriever.build(SHOP, FieldWeights.DEFAULT);
            LuceneRetriever.over(owner.index(), FieldWeights.NAME_ONLY).close();
            assertThat(owner.retrieve(query("fish"), 1)).hasSize(1);

            owner.close();

            assertThatThrownBy(() -> owner.retrieve(query("fish"), 1)).isInstanceOf(AlreadyClosedException.class);
        }
    }
}
