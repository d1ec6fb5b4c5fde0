package dev.mlkatas.ranking.simulation.shoppers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.grocery.world.catalogue.Shelves;
import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.InstacartFiles;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Search simulator: population, shoppers, click model, logs")
class SearchSimulatorTest {

    private static final Catalog CATALOG = SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED, 20_000);
    private static final SearchSimulator SIMULATOR = new SearchSimulator(CATALOG, 1);
    private static final SimulatedQuery FISH = SIMULATOR.query("fish").orElseThrow();

    @Test
    @DisplayName("has head, tail, misspelled and brand queries, each with a relevant product, weights summing to 1")
    void population() {
        List<SimulatedQuery> queries = SIMULATOR.queries();

        assertThat(queries.stream().map(SimulatedQuery::segment).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(QuerySegment.class));
        assertThat(queries.stream().map(SimulatedQuery::text).distinct().count()).isEqualTo(queries.size());
        assertThat(queries.stream().mapToDouble(SimulatedQuery::weight).sum()).isCloseTo(1.0, within(1e-9));
        // 3 for all but the grocery world's queries: this simulator's world (seed 1) sold other brands than the
        // catalogue's (seed 42), and its brands' products are what the world's queries grade 3.
        assertThat(queries).allSatisfy(query -> assertThat(SIMULATOR.grades(query).values())
                .anySatisfy(grade -> assertThat(grade).isGreaterThanOrEqualTo(2)));
        assertThat(queries).filteredOn(query -> SIMULATOR.grades(query).values().stream().noneMatch(grade -> grade == 3))
                .as("the queries with no product of grade 3").isNotEmpty()
                .allSatisfy(query -> assertThat(Shelves.KINDS).anySatisfy(kind ->
                        assertThat(query.text()).endsWith(kind.name())));
        assertThat(queries).extracting(SimulatedQuery::text)
                .contains("fish", "milk", "apple", "chicken", "bread", "smoked salmon", "gluten free penne", "fsih");
    }

    @Test
    @DisplayName("head queries dominate: fish is the most typed query, and head queries are most of the traffic")
    void headQueriesDominate() {
        double head = SIMULATOR.queries().stream().filter(q -> q.segment() == QuerySegment.HEAD)
                .mapToDouble(SimulatedQuery::weight).sum();

        assertThat(SIMULATOR.queries()).allSatisfy(query -> assertThat(query.weight()).isLessThanOrEqualTo(FISH.weight()));
        assertThat(head).isGreaterThan(0.5);
    }

    @Test
    @DisplayName("a misspelled query has its original's truth")
    void misspellingsKeepTheTruth() {
        assertThat(SIMULATOR.grades(query("fsih"))).isEqualTo(SIMULATOR.grades(FISH));
        assertThat(SIMULATOR.grades(query("smoked samon"))).isEqualTo(SIMULATOR.grades(query("smoked salmon")));
        assertThat(query("fsih").segment()).isEqualTo(QuerySegment.MISSPELLED);
    }

    @Test
    @DisplayName("a brand query wants exactly that brand's products")
    void brandQueries() {
        SimulatedQuery brand = SIMULATOR.queries().stream().filter(q -> q.segment() == QuerySegment.BRAND)
                .filter(q -> CATALOG.products().stream().anyMatch(p -> p.brand().equalsIgnoreCase(q.text())))
                .findFirst().orElseThrow();
        Map<Integer, Integer> expected = CATALOG.products().stream()
                .filter(p -> p.brand().equalsIgnoreCase(brand.text()))
                .collect(Collectors.toMap(Product::id, p -> 3));

        assertThat(SIMULATOR.grades(brand)).isEqualTo(expected);
    }

    @Test
    @DisplayName("samples queries by weight")
    void samplesQueriesByWeight() {
        SplittableRandom random = new SplittableRandom(3);
        Map<String, Integer> counts = new HashMap<>();
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(SIMULATOR.sampleQuery(random).text(), 1, Integer::sum);
        }
        for (String text : List.of("fish", "milk", "bread", "chicken", "apple")) {
            double expected = query(text).weight() * draws;
            assertThat((double) counts.get(text)).as(text).isCloseTo(expected, within(0.05 * expected));
        }
    }

    @Test
    @DisplayName("samples shoppers from 1 to the user count, regulars more often")
    void samplesShoppers() {
        SplittableRandom random = new SplittableRandom(4);
        int[] counts = new int[SIMULATOR.userCount() + 1];
        for (int i = 0; i < 100_000; i++) {
            counts[SIMULATOR.sampleUser(random)]++;
        }
        assertThat(SIMULATOR.userCount()).isEqualTo(SearchSimulator.DEFAULT_USERS);
        assertThat(counts[0]).isZero();
        assertThat(counts[1] + counts[2] + counts[3]).isGreaterThan(10 * (counts[2998] + counts[2999] + counts[3000]));
    }

    @Test
    @DisplayName("examination probabilities are 1 at the top and position^-0.8 below")
    void examination() {
        assertThat(SIMULATOR.examinationProbability(1)).isEqualTo(1.0);
        assertThat(SIMULATOR.examinationProbability(10)).isCloseTo(Math.pow(10, -0.8), within(1e-12));
        assertThat(SIMULATOR.examinationProbability(2)).isLessThan(SIMULATOR.examinationProbability(1));
    }

    @Test
    @DisplayName("for products of equal grade, clicks fall with position as the examination probability does")
    void clicksFallWithPosition() {
        List<Integer> grade3 = graded(3).subList(0, 20);
        int[] clicks = new int[21];
        Random shuffler = new Random(5);
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 20_000; i++) {
            List<Integer> page = new ArrayList<>(grade3);
            Collections.shuffle(page, shuffler);
            for (Impression shown : SIMULATOR.browse(FISH, SIMULATOR.sampleUser(random), page, random)) {
                clicks[shown.position()] += shown.clicked() ? 1 : 0;
            }
        }
        for (int position : new int[] {2, 5, 10, 20}) {
            double expected = SIMULATOR.examinationProbability(position);
            assertThat(clicks[position] / (double) clicks[1]).as("position %d against 1", position)
                    .isCloseTo(expected, within(0.15 * expected));
        }
    }

    @Test
    @DisplayName("grade-3 products are bought far more than grade-0 ones at the same positions")
    void relevantProductsSell() {
        Map<Integer, Integer> grades = SIMULATOR.grades(FISH);
        List<Integer> relevant = inStock(graded(3), 10);
        List<Integer> irrelevant = inStock(graded(0), 10);
        int[] bought = new int[4];
        int[] shown = new int[4];
        Random shuffler = new Random(7);
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 20_000; i++) {
            List<Integer> page = new ArrayList<>(relevant);
            page.addAll(irrelevant);
            Collections.shuffle(page, shuffler);
            for (Impression impression : SIMULATOR.browse(FISH, SIMULATOR.sampleUser(random), page, random)) {
                int grade = grades.getOrDefault(impression.productId(), 0);
                shown[grade]++;
                bought[grade] += impression.purchased() ? 1 : 0;
            }
        }
        double rate3 = bought[3] / (double) shown[3];
        double rate0 = bought[0] / (double) shown[0];
        assertThat(rate3).isGreaterThan(0.05).isGreaterThan(20 * rate0);
    }

    @Test
    @DisplayName("a shopper buys their favourite products more often than other relevant products")
    void favouritesSellMore() {
        int favouriteBuys = 0;
        int favouriteShown = 0;
        int otherBuys = 0;
        int otherShown = 0;
        SplittableRandom random = new SplittableRandom(9);
        Random shuffler = new Random(10);
        List<Integer> relevant = inStock(graded(3), 200);
        for (int user = 1; user <= 300; user++) {
            List<Integer> favourites = SIMULATOR.favourites(FISH, user);
            assertThat(favourites).allSatisfy(id -> assertThat(SIMULATOR.grades(FISH).get(id)).isGreaterThanOrEqualTo(2));
            List<Integer> page = new ArrayList<>(favourites);
            relevant.stream().filter(id -> !favourites.contains(id)).limit(8).forEach(page::add);
            for (int i = 0; i < 30; i++) {
                Collections.shuffle(page, shuffler);
                for (Impression shown : SIMULATOR.browse(FISH, user, page, random)) {
                    boolean favourite = favourites.contains(shown.productId());
                    int buy = shown.purchased() ? 1 : 0;
                    favouriteBuys += favourite ? buy : 0;
                    favouriteShown += favourite ? 1 : 0;
                    otherBuys += favourite ? 0 : buy;
                    otherShown += favourite ? 0 : 1;
                }
            }
        }
        assertThat(favouriteBuys / (double) favouriteShown).isGreaterThan(1.5 * otherBuys / (double) otherShown);
    }

    @Test
    @DisplayName("the same seed gives the same log, another seed another")
    void sameSeedSameLog() {
        SearchPolicy policy = firstProducts(20);

        SearchLog once = SIMULATOR.simulate(policy, 2_000, 11);
        SearchLog again = SIMULATOR.simulate(policy, 2_000, 11);
        SearchLog other = SIMULATOR.simulate(policy, 2_000, 12);

        assertThat(again.searches()).isEqualTo(once.searches());
        assertThat(other.searches()).isNotEqualTo(once.searches());
        assertThat(once.searches()).extracting(Search::id).startsWith(1L, 2L, 3L).hasSize(2_000);
    }

    @Test
    @DisplayName("works the same on the catalogue written to files and read back")
    void worksOnACatalogueReadBack(@TempDir Path dir) {
        Catalog small = SyntheticCatalog.generate(5, 5_000);
        InstacartFiles.write(small, dir);
        SearchSimulator original = new SearchSimulator(small, 2);
        SearchSimulator readBack = new SearchSimulator(InstacartFiles.read(dir), 2);

        assertThat(readBack.queries()).isEqualTo(original.queries());
        for (SimulatedQuery query : original.queries()) {
            assertThat(readBack.grades(query)).as(query.text()).isEqualTo(original.grades(query));
        }
        assertThat(readBack.simulate(firstProducts(10), 500, 3).searches())
                .isEqualTo(original.simulate(firstProducts(10), 500, 3).searches());
    }

    @Test
    @DisplayName("works on a hand-written folder in the Instacart schema, with the designed truths")
    void worksOnAnInstacartFolder() throws URISyntaxException {
        Path folder = Path.of(getClass().getResource("/dev/mlkatas/ranking/instacart-sample").toURI());
        Catalog catalog = InstacartFiles.read(folder);
        SearchSimulator simulator = new SearchSimulator(catalog, 1);
        SimulatedQuery fish = simulator.query("fish").orElseThrow();

        assertThat(simulator.queries()).extracting(SimulatedQuery::text)
                .contains("fish", "milk", "apple", "chicken", "bread");
        assertThat(simulator.grades(fish)).isEqualTo(Map.of(101, 3, 102, 3, 103, 3, 104, 3, 105, 1, 106, 3,
                107, 3, 108, 3, 110, 3, 111, 3));
        assertThat(simulator.grades(simulator.query("chicken").orElseThrow())).containsEntry(139, 3).containsEntry(109, 2);
        assertThat(simulator.grades(simulator.query("milk").orElseThrow()))
                .containsEntry(124, 3).containsEntry(126, 2).doesNotContainKeys(118, 142);
        SearchLog log = simulator.simulate((query, user) -> List.of(101, 112, 116, 119, 121, 143), 1_000, 4);
        assertThat(log.searches()).hasSize(1_000);
        assertThat(log.searches().stream().map(Search::query).collect(Collectors.toSet())).contains("fish");
    }

    @Test
    @DisplayName("refuses a query outside its population and a page with an unknown product, naming them")
    void refusesWhatItDoesNotKnow() {
        SimulatedQuery unknown = new SimulatedQuery("caviar", QuerySegment.TAIL, 0.1);

        assertThatThrownBy(() -> SIMULATOR.trueGrade(unknown, CATALOG.product(1)))
                .hasMessage("query 'caviar' is not in the simulated population of " + CATALOG.source());
        assertThatThrownBy(() -> SIMULATOR.browse(FISH, 1, List.of(1, 999_999), new SplittableRandom(1)))
                .hasMessage("page position 2: product 999999 is not in " + CATALOG.source());
    }

    private static SimulatedQuery query(String text) {
        return SIMULATOR.query(text).orElseThrow();
    }

    /** A logging policy that shows products 1 to {@code size} whatever the query: enough to compare logs. */
    private static SearchPolicy firstProducts(int size) {
        List<Integer> page = java.util.stream.IntStream.rangeClosed(1, size).boxed().toList();
        return (query, user) -> page;
    }

    /** The ids of the catalogue's products that "fish" grades {@code grade}, in id order. */
    private static List<Integer> graded(int grade) {
        Map<Integer, Integer> grades = SIMULATOR.grades(FISH);
        return CATALOG.products().stream().map(Product::id)
                .filter(id -> grades.getOrDefault(id, 0) == grade).sorted().toList();
    }

    private static List<Integer> inStock(List<Integer> ids, int count) {
        return ids.stream().filter(id -> CATALOG.product(id).inStock()).limit(count).toList();
    }
}
