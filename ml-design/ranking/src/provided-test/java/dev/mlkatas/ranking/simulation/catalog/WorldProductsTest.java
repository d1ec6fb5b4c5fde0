package dev.mlkatas.ranking.simulation.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.catalogue.Shelves;
import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Synthetic catalogue: the grocery world's products at its heart")
class WorldProductsTest {

    @Test
    @DisplayName("every kind of the world has an Instacart aisle of the catalogue")
    void everyKindIsShelved() {
        var aisles = Stream.of(FreshShelves.SHELVES, PantryShelves.SHELVES, HomeShelves.SHELVES)
                .flatMap(List::stream).map(Shelf::aisle).toList();

        assertThat(Shelves.KINDS).allSatisfy(kind -> assertThat(WorldProducts.AISLES).containsKey(kind.name()));
        assertThat(WorldProducts.AISLES.values()).allSatisfy(aisle -> assertThat(aisles).contains(aisle));
        assertThat(WorldProducts.AISLES).hasSameSizeAs(Shelves.KINDS);
    }

    @Test
    @DisplayName("every product of the world of the same seed is in the catalogue: its brand, its price, in stock")
    void theWorldsProductsAreThere() {
        Catalog catalog = SyntheticCatalog.generate(11, 3_000);
        Map<String, Product> byName = catalog.products().stream()
                .collect(Collectors.toMap(Product::name, Function.identity(), (a, b) -> a));

        assertThat(WorldProducts.of(11)).hasSize(Catalogue.of(11).size()).allSatisfy(world -> {
            Product product = byName.get(world.name());
            assertThat(product).as(world.name()).isNotNull();
            assertThat(product.brand()).isEqualTo(world.brand());
            assertThat(product.price()).isEqualTo(world.price());
            assertThat(product.aisle()).isEqualTo(world.aisle());
            assertThat(product.inStock()).isTrue();
        });
    }

    @Test
    @DisplayName("the world's names, as the catalogue writes names: the brand, the kind's words capitalised, the pack")
    void namesAsTheCatalogueWritesThem() {
        var milk = WorldProducts.of(7).stream().filter(p -> p.aisle().equals("milk")).findFirst().orElseThrow();
        var salmon = WorldProducts.of(7).stream().filter(p -> p.name().contains("Salmon")).findFirst().orElseThrow();

        assertThat(milk.name()).matches(milk.brand() + "( Organic)? Milk 1 gal");
        assertThat(salmon.name()).matches(salmon.brand() + "( Organic)? Salmon Fillet per lb");
        assertThat(salmon.aisle()).isEqualTo("seafood counter");
    }
}
