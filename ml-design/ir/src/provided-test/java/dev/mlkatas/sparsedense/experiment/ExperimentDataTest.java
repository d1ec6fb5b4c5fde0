package dev.mlkatas.sparsedense.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.sparsedense.ProductText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The experiment's catalogue and queries come from the grocery world. Provided code; grades nobody. */
@DisplayName("The sparse-dense experiment's data")
class ExperimentDataTest {

    private static final List<Product> PRODUCTS = ProductCatalogue.generate(42, 4);

    @Test
    @DisplayName("every product of the grocery world, in its own pack first and three more, with distinct names")
    void everyWorldProductInFourPacks() {
        List<dev.mlkatas.grocery.world.catalogue.Product> world = Catalogue.of(42).products();

        assertThat(PRODUCTS).hasSize(4 * world.size());
        for (int i = 0; i < world.size(); i++) {
            dev.mlkatas.grocery.world.catalogue.Product shelf = world.get(i);
            assertThat(PRODUCTS.subList(4 * i, 4 * i + 4)).allMatch(p -> p.shelf().equals(shelf));
            assertThat(PRODUCTS.get(4 * i).name()).isEqualTo(shelf.name().toLowerCase(Locale.ROOT));
        }
        assertThat(PRODUCTS.stream().map(Product::name).distinct()).hasSameSizeAs(PRODUCTS);
    }

    @Test
    @DisplayName("queries: synonyms use words no name contains, exact tokens name one product, misspellings none")
    void queriesOfEachKind() {
        Set<String> indexed = PRODUCTS.stream().flatMap(p -> ProductText.words(p.name()).stream())
                .collect(Collectors.toSet());
        List<SearchQuery> queries = QueryGenerator.generate(PRODUCTS, 44, 100);

        assertThat(queries).hasSize(300).allMatch(q -> !q.relevant().isEmpty());
        for (SearchQuery query : queries) {
            List<String> words = ProductText.words(query.text());
            switch (query.kind()) {
                case SYNONYM -> assertThat(words.get(words.size() - 1)).as(query.text()).isNotIn(indexed);
                case EXACT -> assertThat(query.relevant()).as(query.text()).hasSize(1);
                default -> assertThat(words).as(query.text()).anyMatch(w -> !indexed.contains(w));
            }
        }
    }
}
