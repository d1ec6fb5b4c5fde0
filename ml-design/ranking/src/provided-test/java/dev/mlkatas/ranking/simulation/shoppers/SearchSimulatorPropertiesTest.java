package dev.mlkatas.ranking.simulation.shoppers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of every simulated log, whatever the seed and the policy's pages: the funnel from click to
 * purchase, stock, positions and ids, and determinism.
 */
@Label("Search simulator, properties")
class SearchSimulatorPropertiesTest {

    private static final Catalog CATALOG = SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED, 5_000);
    private static final SearchSimulator SIMULATOR = new SearchSimulator(CATALOG, 1, 500);

    @Property(tries = 50)
    @Label("a purchase was added to the cart, which was clicked; nothing out of stock reaches the cart")
    void funnelAndStock(@ForAll long seed, @ForAll("pages") List<Integer> page) {
        SearchLog log = SIMULATOR.simulate((query, user) -> page, 100, seed);

        for (Search search : log.searches()) {
            for (Impression shown : search.impressions()) {
                assertThat(!shown.purchased() || shown.addedToCart()).isTrue();
                assertThat(!shown.addedToCart() || shown.clicked()).isTrue();
                assertThat(!shown.addedToCart() || CATALOG.product(shown.productId()).inStock()).isTrue();
            }
        }
    }

    @Property(tries = 50)
    @Label("searches have ids 1 to n, known shoppers and queries, and the policy's page at positions 1, 2, 3...")
    void searchesAreWellFormed(@ForAll long seed, @ForAll("pages") List<Integer> page) {
        SearchLog log = SIMULATOR.simulate((query, user) -> page, 100, seed);

        for (int s = 0; s < log.searches().size(); s++) {
            Search search = log.searches().get(s);
            assertThat(search.id()).isEqualTo(s + 1);
            assertThat(search.userId()).isBetween(1, SIMULATOR.userCount());
            assertThat(SIMULATOR.query(search.query()).orElseThrow().segment()).isEqualTo(search.segment());
            assertThat(search.impressions()).extracting(Impression::productId).isEqualTo(page);
            for (int i = 0; i < page.size(); i++) {
                assertThat(search.impressions().get(i).position()).isEqualTo(i + 1);
            }
        }
    }

    @Property(tries = 30)
    @Label("the same seed gives the same log")
    void deterministic(@ForAll long seed, @ForAll("pages") List<Integer> page) {
        SearchPolicy policy = (query, user) -> page;

        assertThat(SIMULATOR.simulate(policy, 50, seed).searches())
                .isEqualTo(SIMULATOR.simulate(policy, 50, seed).searches());
    }

    @Property(tries = 50)
    @Label("browsing a page takes exactly four numbers per position from the random generator")
    void fourDrawsPerPosition(@ForAll long seed, @ForAll("pages") List<Integer> page,
            @ForAll @IntRange(min = 1, max = 500) int user) {
        SplittableRandom used = new SplittableRandom(seed);
        SplittableRandom reference = new SplittableRandom(seed);

        SIMULATOR.browse(SIMULATOR.query("fish").orElseThrow(), user, page, used);
        for (int i = 0; i < 4 * page.size(); i++) {
            reference.nextDouble();
        }

        assertThat(used.nextLong()).isEqualTo(reference.nextLong());
    }

    @Provide
    Arbitrary<List<Integer>> pages() {
        return Arbitraries.integers().between(1, CATALOG.size()).list().ofMaxSize(30);
    }
}
