package dev.mlkatas.ranking.dense;

import static dev.mlkatas.ranking.dense.DenseModel.cosine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DenseModel: LSA of the catalogue, pulled toward purchases")
class DenseModelTest {

    private static final Function<String, List<String>> ANALYSER = text -> Arrays
            .stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(term -> !term.isEmpty()).toList();

    private static final int SALMON = 1;
    private static final int COD = 4;
    private static final int CRACKERS = 10;

    /** A shop with the traps of "fish": crackers, sauce, oil and cat food say fish; the salmon does not. */
    private static final Catalog SHOP = new Catalog("hand-made", List.of(
            product(SALMON, "Wild Alaskan Salmon Fillet", 1, "seafood counter", 1, "meat seafood"),
            product(2, "Atlantic Salmon Fillet", 1, "seafood counter", 1, "meat seafood"),
            product(3, "Smoked Salmon", 1, "seafood counter", 1, "meat seafood"),
            product(COD, "Pacific Cod Fillet", 1, "seafood counter", 1, "meat seafood"),
            product(5, "Tilapia Fillet", 1, "seafood counter", 1, "meat seafood"),
            product(6, "Chicken Breast", 2, "poultry counter", 1, "meat seafood"),
            product(7, "Chicken Thighs", 2, "poultry counter", 1, "meat seafood"),
            product(8, "Ground Beef", 3, "beef counter", 1, "meat seafood"),
            product(9, "Beef Steak", 3, "beef counter", 1, "meat seafood"),
            product(CRACKERS, "Fish Shaped Crackers", 4, "crackers", 2, "snacks"),
            product(11, "Cheddar Fish Crackers", 4, "crackers", 2, "snacks"),
            product(12, "Saltine Crackers", 4, "crackers", 2, "snacks"),
            product(13, "Wheat Crackers", 4, "crackers", 2, "snacks"),
            product(14, "Potato Chips", 5, "chips pretzels", 2, "snacks"),
            product(15, "Thai Fish Sauce", 6, "condiments", 3, "pantry"),
            product(16, "Soy Sauce", 6, "condiments", 3, "pantry"),
            product(17, "Hot Sauce", 6, "condiments", 3, "pantry"),
            product(18, "Omega 3 Fish Oil", 7, "vitamins supplements", 4, "personal care"),
            product(19, "Vitamin D", 7, "vitamins supplements", 4, "personal care"),
            product(20, "Ocean Fish Cat Food", 8, "cat food care", 5, "pets"),
            product(21, "Chicken Cat Food", 8, "cat food care", 5, "pets"),
            product(22, "Whole Milk", 9, "milk", 6, "dairy eggs"),
            product(23, "Skim Milk", 9, "milk", 6, "dairy eggs"),
            product(24, "Greek Yogurt", 10, "yogurt", 6, "dairy eggs")));

    @Test
    @DisplayName("every query and product vector has the asked dimensions, padded with zeros past the catalogue's rank")
    void shape() {
        DenseModel model = DenseModel.fit(SHOP, SearchLog.empty(), ANALYSER, 6, 1);
        DenseModel wide = DenseModel.fit(SHOP, SearchLog.empty(), ANALYSER, 200, 1);

        assertThat(model.dimensions()).isEqualTo(6);
        assertThat(model.queryVector(List.of("salmon"))).hasSize(6);
        assertThat(model.productVector(SALMON)).hasSize(6);
        assertThat(wide.queryVector(List.of("salmon"))).hasSize(200);
        assertThat(wide.productVector(SALMON)).hasSize(200);
        assertThat(Arrays.copyOfRange(wide.productVector(SALMON), 24, 200)).containsOnly(0.0);
    }

    @Test
    @DisplayName("the same seed gives the same vectors")
    void deterministicPerSeed() {
        DenseModel first = DenseModel.fit(SHOP, purchases("fish", SALMON, 20), ANALYSER, 8, 7);
        DenseModel second = DenseModel.fit(SHOP, purchases("fish", SALMON, 20), ANALYSER, 8, 7);

        assertThat(first.queryVector(List.of("fish", "fillet"))).containsExactly(
                second.queryVector(List.of("fish", "fillet")));
        for (Product product : SHOP.products()) {
            assertThat(first.productVector(product.id())).containsExactly(second.productVector(product.id()));
        }
    }

    @Test
    @DisplayName("unknown terms give zeros, and add nothing to a query with known ones")
    void unknownTermsGiveZeros() {
        DenseModel model = DenseModel.fit(SHOP, SearchLog.empty(), ANALYSER, 8, 1);

        assertThat(model.knows("zzz")).isFalse();
        assertThat(model.queryVector(List.of("zzz", "qqq"))).containsOnly(0.0);
        assertThat(model.queryVector(List.of())).containsOnly(0.0);
        assertThat(cosine(model.queryVector(List.of("salmon", "zzz")), model.queryVector(List.of("salmon"))))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    @DisplayName("from the text alone, the aisle ties salmon to cod and keeps it away from milk")
    void textAloneGroupsByAisle() {
        DenseModel model = DenseModel.fit(SHOP, SearchLog.empty(), ANALYSER, 8, 1);
        double[] salmon = model.queryVector(List.of("salmon"));

        assertThat(cosine(salmon, model.productVector(COD))).isGreaterThan(cosine(salmon, model.productVector(22)));
        assertThat(cosine(salmon, model.productVector(SALMON))).isGreaterThan(cosine(salmon, model.productVector(COD)));
    }

    @Test
    @DisplayName("text alone puts fish nearer the crackers; purchases of salmon for fish turn that around")
    void purchasesPullFishTowardSalmon() {
        DenseModel text = DenseModel.fit(SHOP, SearchLog.empty(), ANALYSER, 8, 1);
        List<Search> searches = new ArrayList<>(purchases("fish", SALMON, 30).searches());
        searches.addAll(purchases("fish", COD, 20).searches());
        DenseModel learned = DenseModel.fit(SHOP, new SearchLog(searches), ANALYSER, 8, 1);

        double[] fishByText = text.queryVector(List.of("fish"));
        assertThat(cosine(fishByText, text.productVector(CRACKERS)))
                .isGreaterThan(cosine(fishByText, text.productVector(SALMON)));
        double[] fish = learned.queryVector(List.of("fish"));
        assertThat(cosine(fish, learned.productVector(SALMON)))
                .isGreaterThan(cosine(fish, learned.productVector(CRACKERS)));
        assertThat(cosine(fish, learned.productVector(COD)))
                .isGreaterThan(cosine(fish, learned.productVector(CRACKERS)));
    }

    @Test
    @DisplayName("a single purchase only nudges a term; the catalogue's text still counts")
    void fewPurchasesOnlyNudge() {
        DenseModel text = DenseModel.fit(SHOP, SearchLog.empty(), ANALYSER, 8, 1);
        DenseModel nudged = DenseModel.fit(SHOP, purchases("fish", SALMON, 1), ANALYSER, 8, 1);

        double before = cosine(text.queryVector(List.of("fish")), text.productVector(SALMON));
        double after = cosine(nudged.queryVector(List.of("fish")), nudged.productVector(SALMON));
        assertThat(after).isGreaterThan(before);
        assertThat(cosine(nudged.queryVector(List.of("fish")), text.queryVector(List.of("fish")))).isGreaterThan(0.5);
    }

    @Test
    @DisplayName("a term only shoppers use gets its vector from what they bought")
    void queryOnlyTermsLearnFromPurchases() {
        DenseModel model = DenseModel.fit(SHOP, purchases("salmn", SALMON, 10), ANALYSER, 8, 1);

        assertThat(model.knows("salmn")).isTrue();
        assertThat(cosine(model.queryVector(List.of("salmn")), model.productVector(SALMON))).isCloseTo(1.0,
                within(1e-9));
    }

    @Test
    @DisplayName("rejects dimensions below 1, an unknown product, and a log naming a product the catalogue lacks")
    void rejectsBadInput() {
        DenseModel model = DenseModel.fit(SHOP, SearchLog.empty(), ANALYSER, 4, 1);

        assertThatThrownBy(() -> DenseModel.fit(SHOP, SearchLog.empty(), ANALYSER, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> model.productVector(999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999");
        assertThatThrownBy(() -> DenseModel.fit(SHOP, purchases("fish", 999, 1), ANALYSER, 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    }

    private static Product product(int id, String name, int aisleId, String aisle, int departmentId,
            String department) {
        return new Product(id, name, aisleId, aisle, departmentId, department, "", Double.NaN, true);
    }

    /** {@code times} searches for {@code query}, each buying {@code productId} at the top. */
    private static SearchLog purchases(String query, int productId, int times) {
        List<Search> searches = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            searches.add(new Search(i, 1, query, QuerySegment.HEAD,
                    List.of(new Impression(1, productId, true, true, true), new Impression(2, 12, false, false, false))));
        }
        return new SearchLog(searches);
    }
}
