package dev.mlkatas.ranking.simulation.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Synthetic catalogue")
class SyntheticCatalogTest {

    private static final Catalog DEFAULT = SyntheticCatalog.generate();
    /** The brand, an attribute, the kind and the size, as in {@code Ocean Fresh Wild Atlantic Salmon Fillets 2 lb}. */
    private static final Pattern EXAMPLE_NAME =
            Pattern.compile("[A-Z][a-z]+ [A-Z][a-z]+ Wild (Atlantic|Sockeye) Salmon Fillets [0-9]+ (lb|oz)");
    private static final Pattern PACK_SIZE = Pattern.compile(" [0-9.]+ (fl oz|oz|lb|ct|pk|ml|L|gal|qt|pt)$");

    @Test
    @DisplayName("the same seed and size give the same catalogue, product for product")
    void sameSeedSameCatalogue() {
        assertThat(SyntheticCatalog.generate(7, 3_000).products())
                .isEqualTo(SyntheticCatalog.generate(7, 3_000).products());
    }

    @Test
    @DisplayName("another seed gives another catalogue")
    void anotherSeedAnotherCatalogue() {
        assertThat(SyntheticCatalog.generate(8, 3_000).products())
                .isNotEqualTo(SyntheticCatalog.generate(7, 3_000).products());
    }

    @ParameterizedTest(name = "{0} products")
    @ValueSource(ints = {1, 10, 107, 2_000})
    @DisplayName("has exactly the number of products asked for, with ids from 1")
    void hasTheSizeAskedFor(int size) {
        Catalog catalog = SyntheticCatalog.generate(3, size);

        assertThat(catalog.size()).isEqualTo(size);
        assertThat(catalog.products()).extracting(Product::id).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, size).boxed().toList());
    }

    @Test
    @DisplayName("the default has 50,000 products with unique ids, made with the default seed")
    void theDefault() {
        assertThat(DEFAULT.size()).isEqualTo(SyntheticCatalog.DEFAULT_SIZE).isEqualTo(50_000);
        assertThat(DEFAULT.products().stream().map(Product::id).distinct().count()).isEqualTo(50_000);
        assertThat(DEFAULT.source()).isEqualTo("synthetic catalogue, seed " + SyntheticCatalog.DEFAULT_SEED);
    }

    @Test
    @DisplayName("has about 100 aisles in about 20 departments, each id with one name")
    void aislesAndDepartments() {
        Map<Integer, Set<String>> aisles = DEFAULT.products().stream().collect(
                Collectors.groupingBy(Product::aisleId, Collectors.mapping(Product::aisle, Collectors.toSet())));
        Map<Integer, Set<String>> departments = DEFAULT.products().stream().collect(
                Collectors.groupingBy(Product::departmentId, Collectors.mapping(Product::department, Collectors.toSet())));

        assertThat(aisles).hasSizeBetween(90, 120).allSatisfy((id, names) -> assertThat(names).hasSize(1));
        assertThat(departments).hasSizeBetween(17, 23).allSatisfy((id, names) -> assertThat(names).hasSize(1));
    }

    @Test
    @DisplayName("names its aisles and departments as the Instacart files do")
    void instacartNames() {
        Set<String> aisles = DEFAULT.products().stream().map(Product::aisle).collect(Collectors.toSet());
        Set<String> departments = DEFAULT.products().stream().map(Product::department).collect(Collectors.toSet());

        assertThat(departments).contains("meat seafood", "pantry", "snacks", "pets", "personal care", "dairy eggs",
                "produce", "bakery", "frozen", "beverages", "international", "canned goods", "dry goods pasta",
                "breakfast", "deli", "household", "babies", "alcohol");
        assertThat(aisles).contains("seafood counter", "frozen meat seafood", "canned meat seafood", "crackers",
                "cat food care", "dog food care", "vitamins supplements", "asian foods", "condiments", "milk",
                "fresh fruits", "fresh vegetables", "bread", "poultry counter", "packaged poultry");
    }

    @Test
    @DisplayName("has every trap of the query fish: crackers, sauce, oil, cat food and candy that say fish")
    void fishTraps() {
        assertThat(products("crackers", "fish")).hasSizeGreaterThan(20);
        assertThat(products("asian foods", "fish", "sauce")).isNotEmpty();
        assertThat(products("condiments", "fish", "sauce")).isNotEmpty();
        assertThat(products("vitamins supplements", "fish", "oil")).hasSizeGreaterThan(20);
        assertThat(products("cat food care", "fish")).hasSizeGreaterThan(20);
        assertThat(products("candy chocolate", "swedish", "fish")).isNotEmpty();
    }

    @Test
    @DisplayName("from 2,000 products on, every trap of fish and every real fish is there")
    void smallCataloguesHaveEveryTrap() {
        Catalog small = SyntheticCatalog.generate(11, 2_000);
        Predicate<String> present = words -> small.products().stream()
                .anyMatch(product -> words(product).containsAll(List.of(words.split(" "))));

        assertThat(List.of("fish crackers", "fish sauce", "fish oil", "fish cat food", "swedish fish", "salmon fillets",
                "cod fillets", "tilapia fillets", "tuna steaks", "fish fingers", "fish sticks")).allMatch(present);
    }

    @Test
    @DisplayName("has real fish whose names never say fish: salmon, cod, tilapia and tuna, fresh, frozen and canned")
    void realFishWithoutTheWord() {
        for (String fish : List.of("salmon", "cod", "tilapia", "tuna")) {
            for (String aisle : List.of("seafood counter", "frozen meat seafood")) {
                assertThat(products(aisle, fish)).as("%s in %s", fish, aisle).isNotEmpty()
                        .allSatisfy(product -> assertThat(words(product)).doesNotContain("fish"));
            }
        }
        assertThat(products("canned meat seafood", "tuna")).isNotEmpty();
        assertThat(products("canned meat seafood", "salmon")).isNotEmpty();
    }

    @Test
    @DisplayName("has real fish that says so: fish fillets, fish fingers and fish sticks")
    void realFishWithTheWord() {
        assertThat(products("seafood counter", "fish", "fillets")).isNotEmpty();
        assertThat(products("frozen meat seafood", "fish", "fingers")).isNotEmpty();
        assertThat(products("frozen meat seafood", "fish", "sticks")).isNotEmpty();
    }

    @Test
    @DisplayName("has the look-alikes of the other head queries")
    void otherTraps() {
        assertThat(products("juice nectars", "apple", "juice")).isNotEmpty();
        assertThat(products("canned fruit applesauce", "applesauce")).isNotEmpty();
        assertThat(products("oils vinegars", "apple", "cider", "vinegar")).isNotEmpty();
        assertThat(products("soup broth bouillon", "chicken", "soup")).isNotEmpty();
        assertThat(products("dog food care", "chicken", "dog")).isNotEmpty();
        assertThat(products("candy chocolate", "milk", "chocolate")).isNotEmpty();
        assertThat(products("baking ingredients", "bread", "crumbs")).isNotEmpty();
        assertThat(products("pickled goods olives", "bread", "butter", "pickles")).isNotEmpty();
    }

    @Test
    @DisplayName("names are several words: brand, attributes, kind and pack size")
    void multiWordNames() {
        double meanWords = DEFAULT.products().stream().mapToInt(product -> words(product).size()).average().orElse(0);

        assertThat(meanWords).isBetween(4.0, 9.0);
        assertThat(DEFAULT.products().stream().map(Product::name))
                .anyMatch(name -> EXAMPLE_NAME.matcher(name).matches());
    }

    @Test
    @DisplayName("has a few hundred brands, and shows the brand in most names")
    void brands() {
        long brands = DEFAULT.products().stream().map(Product::brand).filter(b -> !b.isEmpty()).distinct().count();
        long shown = DEFAULT.products().stream().filter(p -> !p.brand().isEmpty() && p.name().startsWith(p.brand())).count();

        assertThat(brands).isBetween(200L, 400L);
        assertThat(shown / (double) DEFAULT.size()).isBetween(0.75, 0.95);
    }

    @Test
    @DisplayName("every product has a positive price; aisles differ in price as shops do")
    void prices() {
        assertThat(DEFAULT.products()).allSatisfy(product -> assertThat(product.price()).isPositive());
        assertThat(median("spirits")).isGreaterThan(3 * median("candy chocolate"));
    }

    @Test
    @DisplayName("about 5% of the products are out of stock")
    void outOfStock() {
        long out = DEFAULT.products().stream().filter(product -> !product.inStock()).count();

        assertThat(out / (double) DEFAULT.size()).isBetween(0.04, 0.06);
    }

    @Test
    @DisplayName("has near-duplicates: the same name under two ids, and a brand's product in two pack sizes")
    void nearDuplicates() {
        Map<String, Long> byName = DEFAULT.products().stream()
                .collect(Collectors.groupingBy(Product::name, Collectors.counting()));
        long repeated = byName.values().stream().filter(count -> count > 1).count();
        Map<String, Set<String>> bySizelessName = DEFAULT.products().stream().collect(Collectors.groupingBy(
                product -> PACK_SIZE.matcher(product.name()).replaceFirst(""),
                Collectors.mapping(Product::name, Collectors.toSet())));
        long inTwoSizes = bySizelessName.values().stream().filter(names -> names.size() > 1).count();

        assertThat(repeated / (double) DEFAULT.size()).isBetween(0.002, 0.05);
        assertThat(inTwoSizes).isGreaterThan(500);
    }

    @Test
    @DisplayName("refuses a catalogue of no product")
    void refusesNoProduct() {
        assertThatThrownBy(() -> SyntheticCatalog.generate(1, 0))
                .hasMessage("a catalogue needs at least 1 product, not 0");
    }

    /** The default catalogue's products of an aisle whose name has every word. */
    private static List<Product> products(String aisle, String... wanted) {
        Predicate<Product> hasAll = product -> words(product).containsAll(List.of(wanted));
        return DEFAULT.products().stream().filter(product -> product.aisle().equals(aisle)).filter(hasAll).toList();
    }

    private static Set<String> words(Product product) {
        return new HashSet<>(Arrays.asList(product.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }

    private static double median(String aisle) {
        double[] prices = DEFAULT.products().stream().filter(p -> p.aisle().equals(aisle))
                .mapToDouble(Product::price).sorted().toArray();
        return prices[prices.length / 2];
    }
}
