package dev.mlkatas.ranking.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.retrieval.CatalogIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Normalisation over generated catalogues named with grocery words, and queries made of those words
 * with typos (a letter dropped, doubled or replaced), plurals and shouting, or of random letters.
 */
@Label("CatalogQueryNormaliser, properties")
class CatalogQueryNormaliserPropertiesTest {

    private static final List<String> WORDS = List.of("salmon", "chicken", "haddock", "cheddar", "mozzarella",
            "fillet", "breast", "smoked", "organic", "cracker", "sauce", "fish", "cod", "tuna", "milk");

    @Property(tries = 50)
    @Label("normalising a normalised query changes nothing")
    void idempotent(@ForAll("cases") Case sample) {
        try (CatalogIndex index = CatalogIndex.build(sample.catalog())) {
            CatalogQueryNormaliser normaliser = CatalogQueryNormaliser.of(index);

            ParsedQuery once = normaliser.parse(sample.query());
            ParsedQuery twice = normaliser.parse(once.normalised());

            assertThat(twice.terms()).isEqualTo(once.terms());
            assertThat(twice.normalised()).isEqualTo(once.normalised());
        }
    }

    @Property(tries = 50)
    @Label("every term is the analysed word as typed or a word of the catalogue; known words are kept")
    void termsAreTypedOrKnown(@ForAll("cases") Case sample) {
        try (CatalogIndex index = CatalogIndex.build(sample.catalog())) {
            CatalogQueryNormaliser normaliser = CatalogQueryNormaliser.of(index);
            List<String> analysed = normaliser.analyse(sample.query());

            List<String> terms = normaliser.parse(sample.query()).terms();

            assertThat(terms).hasSameSizeAs(analysed);
            for (int i = 0; i < terms.size(); i++) {
                if (index.knows(analysed.get(i))) {
                    assertThat(terms.get(i)).isEqualTo(analysed.get(i));
                } else if (!terms.get(i).equals(analysed.get(i))) {
                    assertThat(index.knows(terms.get(i))).as("correction %s of %s", terms.get(i), analysed.get(i))
                            .isTrue();
                }
            }
        }
    }

    // ---- Generators -------------------------------------------------------------------------------------

    record Case(Catalog catalog, String query) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> name = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
        Arbitrary<Catalog> catalog = name.list().ofMinSize(1).ofMaxSize(10).map(names -> {
            List<Product> products = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                products.add(Shop.product(i + 1, names.get(i), 1, "aisle", 1, "department", ""));
            }
            return new Catalog("generated", products);
        });
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of(WORDS),
                Combinators.combine(Arbitraries.of(WORDS), Arbitraries.integers().between(0, 9),
                        Arbitraries.chars().range('a', 'z'), Arbitraries.integers().between(0, 3))
                        .as(CatalogQueryNormaliserPropertiesTest::misspelled),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(7));
        Arbitrary<String> query = word.list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
        return Combinators.combine(catalog, query).as(Case::new);
    }

    /** The word with one typo, or plural, or shouted: {@code kind} picks which. */
    private static String misspelled(String word, int at, char letter, int kind) {
        int i = at % word.length();
        return switch (kind) {
            case 0 -> word.substring(0, i) + word.substring(i + 1);
            case 1 -> word.substring(0, i) + letter + word.substring(i);
            case 2 -> word.substring(0, i) + letter + word.substring(i + 1);
            default -> word.toUpperCase(Locale.ROOT) + "S";
        };
    }
}
