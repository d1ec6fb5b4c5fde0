package dev.mlkatas.ranking.simulation.shoppers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The hidden truths of the designed head queries on the synthetic catalogue: real products 3, traps 0. */
@DisplayName("Hidden truth of the head queries")
class HeadQueryTruthTest {

    private static final Catalog CATALOG = SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED, 20_000);
    private static final SearchSimulator SIMULATOR = new SearchSimulator(CATALOG, 1);
    private static final Set<String> SEAFOOD_AISLES =
            Set.of("seafood counter", "frozen meat seafood", "canned meat seafood", "packaged seafood");

    @Test
    @DisplayName("fish: salmon, cod, tilapia and tuna of the seafood aisles are 3, even when the name never says fish")
    void fishGradesRealFish() {
        List<Product> realFish = products(p -> SEAFOOD_AISLES.contains(p.aisle())
                && words(p).stream().anyMatch(Set.of("salmon", "cod", "tilapia", "tuna")::contains));

        assertThat(realFish).hasSizeGreaterThan(100).allSatisfy(p -> assertThat(grade("fish", p)).as(p.name()).isEqualTo(3));
        assertThat(realFish).anySatisfy(p -> assertThat(words(p)).doesNotContain("fish"));
    }

    @Test
    @DisplayName("fish: fish fillets and fish fingers are 3")
    void fishGradesFishThatSaysFish() {
        assertThat(products(p -> SEAFOOD_AISLES.contains(p.aisle()) && words(p).contains("fish")))
                .isNotEmpty().allSatisfy(p -> assertThat(grade("fish", p)).as(p.name()).isEqualTo(3));
    }

    @Test
    @DisplayName("fish: fish-shaped crackers, fish sauce, fish oil, cat food with fish and Swedish Fish are 0")
    void fishTrapsAreZero() {
        assertTrapsAreZero("fish", "crackers", "fish");
        assertTrapsAreZero("fish", "asian foods", "fish");
        assertTrapsAreZero("fish", "condiments", "fish");
        assertTrapsAreZero("fish", "vitamins supplements", "fish");
        assertTrapsAreZero("fish", "vitamins supplements", "cod");
        assertTrapsAreZero("fish", "cat food care", "fish");
        assertTrapsAreZero("fish", "cat food care", "salmon");
        assertTrapsAreZero("fish", "cat food care", "tuna");
        assertTrapsAreZero("fish", "candy chocolate", "fish");
        assertTrapsAreZero("fish", "soup broth bouillon", "fish");
    }

    @Test
    @DisplayName("milk: milk is 3, chocolate milk 2; milk chocolate, coconut milk and whole-milk yogurt are 0")
    void milk() {
        assertThat(products(p -> p.aisle().equals("milk") && words(p).contains("milk") && !words(p).contains("chocolate")
                && !words(p).contains("strawberry"))).isNotEmpty().allSatisfy(p -> assertThat(grade("milk", p)).isEqualTo(3));
        assertGrades("milk", 2, "milk", "chocolate", "milk");
        assertTrapsAreZero("milk", "candy chocolate", "milk");
        assertTrapsAreZero("milk", "asian foods", "milk");
        assertTrapsAreZero("milk", "yogurt", "milk");
        assertTrapsAreZero("milk", "cocoa drink mixes", "milk");
    }

    @Test
    @DisplayName("apple: apples are 3, apple juice 1; vinegar, pie, cereal, chips and sausage are 0")
    void apple() {
        assertGrades("apple", 3, "fresh fruits", "apples");
        assertGrades("apple", 1, "juice nectars", "apple", "juice");
        assertTrapsAreZero("apple", "oils vinegars", "apple");
        assertTrapsAreZero("apple", "bakery desserts", "apple");
        assertTrapsAreZero("apple", "cereal", "apple");
        assertTrapsAreZero("apple", "fruit vegetable snacks", "apple");
        assertTrapsAreZero("apple", "hot dogs bacon sausage", "apple");
    }

    @Test
    @DisplayName("chicken: raw chicken is 3; soup, broth, dog food, ramen and vegan chicken are 0")
    void chicken() {
        assertGrades("chicken", 3, "poultry counter", "chicken");
        assertTrapsAreZero("chicken", "soup broth bouillon", "chicken");
        assertTrapsAreZero("chicken", "dog food care", "chicken");
        assertTrapsAreZero("chicken", "instant foods", "chicken");
        assertTrapsAreZero("chicken", "frozen vegan vegetarian", "chicken");
    }

    @Test
    @DisplayName("bread: the bread aisle is 3; bread crumbs, pickles, mixes and pizza are 0")
    void bread() {
        assertGrades("bread", 3, "bread");
        assertTrapsAreZero("bread", "baking ingredients", "bread");
        assertTrapsAreZero("bread", "pickled goods olives", "bread");
        assertTrapsAreZero("bread", "doughs gelatins bake mixes", "bread");
        assertTrapsAreZero("bread", "frozen pizza", "bread");
    }

    @Test
    @DisplayName("a trap of a head query can be what a tail query is after: fish sauce, fish oil, milk chocolate")
    void tailQueriesWantTheTraps() {
        assertGrades("fish sauce", 3, "asian foods", "fish", "sauce");
        assertGrades("fish oil", 3, "vitamins supplements", "fish", "oil");
        assertGrades("milk chocolate", 3, "candy chocolate", "milk", "chocolate");
    }

    @Test
    @DisplayName("grades a product outside the catalogue from its aisle and name")
    void gradesAnyProduct() {
        Product lox = new Product(999_999, "Smoked Sockeye Salmon", 1, "packaged seafood", 2, "meat seafood", "", 9.99, true);

        assertThat(grade("fish", lox)).isEqualTo(3);
        assertThat(grade("milk", lox)).isZero();
    }

    private static void assertTrapsAreZero(String query, String aisle, String word) {
        assertGrades(query, 0, aisle, word);
    }

    /** The aisle has products whose names hold every word, and the query grades each of them {@code grade}. */
    private static void assertGrades(String query, int grade, String aisle, String... wanted) {
        assertThat(products(p -> p.aisle().equals(aisle) && words(p).containsAll(List.of(wanted))))
                .as("products of %s with %s", aisle, List.of(wanted))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(grade(query, p)).as("%s for %s", p.name(), query).isEqualTo(grade));
    }

    private static int grade(String query, Product product) {
        return SIMULATOR.trueGrade(SIMULATOR.query(query).orElseThrow(), product);
    }

    private static List<Product> products(java.util.function.Predicate<Product> wanted) {
        return CATALOG.products().stream().filter(wanted).toList();
    }

    private static Set<String> words(Product product) {
        return Set.copyOf(Arrays.asList(NameWords.of(product.name().toLowerCase(Locale.ROOT))));
    }
}
