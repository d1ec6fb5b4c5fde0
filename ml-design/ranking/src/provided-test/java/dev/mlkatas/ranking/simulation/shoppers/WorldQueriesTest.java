package dev.mlkatas.ranking.simulation.shoppers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.grocery.world.catalogue.Shelves;
import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The grocery world's search log as queries of the simulated shop, and their truths. */
@DisplayName("The grocery world's queries")
class WorldQueriesTest {

    private static final long SEED = SyntheticCatalog.DEFAULT_SEED;
    private static final Catalog CATALOG = SyntheticCatalog.generate(SEED, 3_000);
    private static final QueryPopulation POPULATION = new QueryPopulation(CATALOG, SEED);

    @Test
    @DisplayName("the most typed of each kind of query, sharing the world's traffic, none already taken")
    void mostTypedOfEachSegment() {
        Set<String> taken = new HashSet<>(Set.of("bananas"));
        List<QueryDesign> world = WorldQueries.of(SEED, taken);

        Map<QuerySegment, List<QueryDesign>> bySegment =
                world.stream().collect(Collectors.groupingBy(QueryDesign::segment));
        assertThat(bySegment).containsOnlyKeys(QuerySegment.HEAD, QuerySegment.BRAND, QuerySegment.TAIL)
                .allSatisfy((segment, designs) -> assertThat(designs).hasSize(WorldQueries.PER_SEGMENT)
                        .extracting(QueryDesign::weight).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
        assertThat(world.stream().mapToDouble(QueryDesign::weight).sum()).isCloseTo(WorldQueries.TRAFFIC, within(1e-9));
        Set<String> kinds = Shelves.KINDS.stream().map(kind -> kind.name()).collect(Collectors.toSet());
        assertThat(bySegment.get(QuerySegment.HEAD)).extracting(QueryDesign::text).allSatisfy(kinds::contains);
        assertThat(world).extracting(QueryDesign::text).doesNotContain("bananas").allSatisfy(taken::contains);
        assertThat(WorldQueries.of(SEED, new HashSet<>(Set.of("bananas")))).as("the same seed, the same queries")
                .extracting(QueryDesign::text, QueryDesign::weight)
                .isEqualTo(world.stream().map(d -> tuple(d.text(), d.weight())).toList());
    }

    @Test
    @DisplayName("every world query is kept on the synthetic catalogue of its seed, with a product of grade 3")
    void keptOnTheSyntheticCatalogue() {
        Map<String, SimulatedQuery> kept = POPULATION.queries().stream()
                .collect(Collectors.toMap(SimulatedQuery::text, query -> query));
        Set<String> designed = DesignedQueries.all().stream().map(QueryDesign::text).collect(Collectors.toSet());

        assertThat(WorldQueries.of(SEED, designed)).extracting(QueryDesign::text).allSatisfy(text -> {
            assertThat(kept).containsKey(text);
            assertThat(POPULATION.grades(kept.get(text)).values()).as(text).contains(3);
        });
    }

    @Test
    @DisplayName("a brand query grades that brand's products of the kind 3 and other brands' 1, in the kind's aisle")
    void brandQueriesGradeTheBrand() {
        List<QueryDesign> brands = WorldQueries.of(SEED, new HashSet<>()).stream()
                .filter(design -> design.segment() == QuerySegment.BRAND).toList();

        assertThat(brands).isNotEmpty().allSatisfy(design -> {
            SimulatedQuery query = POPULATION.queries().stream().filter(q -> q.text().equals(design.text()))
                    .findFirst().orElseThrow();
            Map<Integer, Integer> grades = POPULATION.grades(query);
            List<Product> best = CATALOG.products().stream().filter(p -> grades.getOrDefault(p.id(), 0) == 3).toList();
            assertThat(best).as(design.text()).isNotEmpty().allSatisfy(p ->
                    assertThat(design.text()).startsWith(p.brand().toLowerCase(Locale.ROOT) + " "));
            String aisle = best.get(0).aisle();
            assertThat(CATALOG.products()).filteredOn(p -> grades.getOrDefault(p.id(), 0) > 0)
                    .allSatisfy(p -> assertThat(p.aisle()).isEqualTo(aisle));
        });
    }

    @Test
    @DisplayName("a kind's words stand without their final s, so that a condition finds both forms")
    void singularWords() {
        assertThat(WorldQueries.singular("chicken breasts")).isEqualTo("breast chicken");
        assertThat(WorldQueries.singular("frozen peas")).isEqualTo("frozen pea");
        assertThat(WorldQueries.singular("sparkling water")).isEqualTo("sparkling water");
        assertThat(WorldQueries.singular("glass bus")).isEqualTo("bus glass");
    }
}
