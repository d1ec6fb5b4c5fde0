package dev.mlkatas.ranking.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.ranking.RankingJob;
import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.InstacartFiles;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.SearchLogCsv;
import dev.mlkatas.ranking.rankers.TrainingSettings;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code search --cache DIR}: what a search learnt is kept, and served again only for the very same inputs. */
@DisplayName("RankingJob search: the cache of what the shop learnt")
class SearchCacheTest {

    private static final List<String> SMALL = List.of("--products", "3000", "--history", "2000", "--training", "2000");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run search(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        all.addAll(List.of("--cache", dir.resolve("cache").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RankingJob.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path sampleCatalogue() throws Exception {
        Path sample = Path.of(getClass().getResource("/dev/mlkatas/ranking/instacart-sample").toURI());
        Path copy = Files.createDirectories(dir.resolve("shop"));
        try (Stream<Path> files = Files.list(sample)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    @Test
    @DisplayName("the second search of the same shop is served from the cache, with the same results")
    void servesTheSecondSearch() throws Exception {
        List<String> args = new ArrayList<>(List.of("fish", "--ranker", "ltr", "--json"));
        args.addAll(SMALL);

        Run first = search(args.toArray(String[]::new));
        Run second = search(args.toArray(String[]::new));

        assertThat(first.exit()).as("stderr: %s", first.err()).isZero();
        assertThat(first.err()).contains("cache: kept in").doesNotContain("cache: served from");
        assertThat(second.exit()).as("stderr: %s", second.err()).isZero();
        assertThat(second.err()).contains("cache: served from").doesNotContain("search log:");
        ObjectMapper json = new ObjectMapper();
        JsonNode firstResults = json.readTree(first.out()).get("results");
        assertThat(json.readTree(second.out()).get("results")).isEqualTo(firstResults);
    }

    @Test
    @DisplayName("another seed is another entry: nothing is served from the first")
    void anotherSeedIsAnotherEntry() {
        List<String> args = new ArrayList<>(List.of("fish", "--ranker", "bm25"));
        args.addAll(SMALL);
        search(args.toArray(String[]::new));
        args.addAll(List.of("--seed", "7"));

        Run other = search(args.toArray(String[]::new));

        assertThat(other.exit()).as("stderr: %s", other.err()).isZero();
        assertThat(other.out()).doesNotContain("cache: served from").contains("cache: kept in");
    }

    @Test
    @DisplayName("a changed catalogue file is a new entry: the old one is never used")
    void aChangedCatalogueInvalidates() throws Exception {
        Path shop = sampleCatalogue();
        Run first = search("milk", "--catalog", shop.toString(), "--ranker", "bm25");
        Run again = search("milk", "--catalog", shop.toString(), "--ranker", "bm25");
        List<String> products = Files.readAllLines(shop.resolve("products.csv"));
        String last = products.get(products.size() - 1);
        Files.writeString(shop.resolve("products.csv"), "999999" + last.substring(last.indexOf(',')) + "\n",
                StandardOpenOption.APPEND);

        Run changed = search("milk", "--catalog", shop.toString(), "--ranker", "bm25");

        assertThat(first.out()).contains("cache: kept in");
        assertThat(again.out()).contains("cache: served from");
        assertThat(changed.exit()).as("stderr: %s", changed.err()).isZero();
        assertThat(changed.out()).doesNotContain("cache: served from").contains("search log: none")
                .contains("cache: kept in");
    }

    @Test
    @DisplayName("a synthetic shop's key hashes its products: a product renamed by a changed generator is a new entry")
    void aChangedGeneratorIsANewEntry() {
        ShopOptions options = new ShopOptions();
        options.seed = 42;
        options.products = 3000;
        Catalog generated = SyntheticCatalog.generate(42, 3000);
        List<Product> products = new ArrayList<>(generated.products());
        Product first = products.get(0);
        products.set(0, new Product(first.id(), first.name() + " Family Size", first.aisleId(), first.aisle(),
                first.departmentId(), first.department(), first.brand(), first.price(), first.inStock()));
        Catalog changed = new Catalog(generated.source(), products);
        SimulatedShop.Settings settings = SimulatedShop.Settings.DEFAULT;

        String key = ServingShop.key(options, settings, Optional.empty(), generated);

        assertThat(ServingShop.key(options, settings, Optional.empty(), SyntheticCatalog.generate(42, 3000)))
                .isEqualTo(key);
        assertThat(ServingShop.key(options, settings, Optional.empty(), changed)).isNotEqualTo(key);
    }

    @Test
    @DisplayName("a corrupted entry is one line saying so, then the shop learns again and answers")
    void aCorruptedEntryIsLearntAgain() throws Exception {
        Path shop = sampleCatalogue();
        search("milk", "--catalog", shop.toString(), "--ranker", "bm25");
        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            for (Path entry : entries.toList()) {
                Files.writeString(entry.resolve("models.ser"), "not a model");
            }
        }

        Run run = search("milk", "--catalog", shop.toString(), "--ranker", "bm25");

        assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.contains("cannot be read"))).singleElement().asString()
                .startsWith("cache: the entry ").endsWith("; training again");
        assertThat(run.out()).contains("cache: kept in").contains("   1  ");
        assertThat(search("milk", "--catalog", shop.toString(), "--ranker", "bm25").out())
                .contains("cache: served from");
    }

    @Test
    @DisplayName("a warm search of a catalogue with its log learns nothing: no log read, no ranker trained, "
            + "nothing written; its results are the cold search's")
    void aWarmSearchLearnsNothing() throws Exception {
        Path shop = Files.createDirectories(dir.resolve("shop"));
        InstacartFiles.write(SyntheticCatalog.generate(42, 3000), shop);
        Path log = dir.resolve("searches.csv");
        SimulatedShop.Settings settings = new SimulatedShop.Settings(1500, 1, TrainingSettings.DEFAULTS);
        try (SimulatedShop simulated = SimulatedShop.open(InstacartFiles.read(shop), 42, settings)) {
            SearchLogCsv.write(simulated.history(), log);
        }
        String[] args = {"fish", "--catalog", shop.toString(), "--log", log.toString(), "--ranker", "ltr", "--json"};

        Run cold = search(args);
        Run warm = search(args);

        assertThat(cold.exit()).as("stderr: %s", cold.err()).isZero();
        assertThat(cold.err()).contains("search log: 1,500 searches").contains("cache: kept in");
        assertThat(warm.exit()).as("stderr: %s", warm.err()).isZero();
        assertThat(warm.err()).contains("cache: served from").doesNotContain("search log:")
                .doesNotContain("learned ranker:").doesNotContain("cache: kept in");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(warm.out()).get("results")).isEqualTo(json.readTree(cold.out()).get("results"))
                .hasSize(10);
    }

    /** A way an entry is found damaged, and the reason its one line gives. */
    private interface Damage {
        void to(Path entry) throws IOException;
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of("its manifest is missing (a write that never finished)",
                        (Damage) entry -> Files.delete(entry.resolve(TrainedShopCache.MANIFEST)), "never finished"),
                Arguments.of("a file of its index is missing",
                        (Damage) entry -> Files.delete(anIndexFile(entry)), "is missing"),
                Arguments.of("a byte of its index changed",
                        (Damage) entry -> flipAByte(anIndexFile(entry)), "changed since it was written"),
                Arguments.of("a byte of its models changed",
                        (Damage) entry -> flipAByte(entry.resolve(TrainedShopCache.MODELS)),
                        "changed since it was written"),
                Arguments.of("its models were cut short",
                        (Damage) entry -> cutInHalf(entry.resolve(TrainedShopCache.MODELS)),
                        "changed since it was written"),
                Arguments.of("a file was added to it",
                        (Damage) entry -> Files.writeString(entry.resolve(TrainedShopCache.INDEX).resolve("_9.cfs"),
                                "stray"), "is not in its manifest"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    @DisplayName("a damaged entry is one line naming what is wrong, then learnt again, with the same results")
    void aDamagedEntryIsLearntAgain(String what, Damage damage, String reason) throws Exception {
        Path shop = sampleCatalogue();
        Run cold = search("milk", "--catalog", shop.toString(), "--ranker", "bm25");
        damage.to(onlyEntry());

        Run run = search("milk", "--catalog", shop.toString(), "--ranker", "bm25");

        assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.contains("cannot be read"))).singleElement().asString()
                .startsWith("cache: the entry ").contains(reason).endsWith("; training again");
        assertThat(run.out()).contains("search log: none").contains("cache: kept in");
        assertThat(results(run)).isEqualTo(results(cold));
        assertThat(search("milk", "--catalog", shop.toString(), "--ranker", "bm25").out())
                .contains("cache: served from");
    }

    @Test
    @DisplayName("another shop's entry in this shop's place is never served: its manifest names another key")
    void aForeignEntryIsNeverServed() throws Exception {
        Path shop = sampleCatalogue();
        Run own = search("milk", "--catalog", shop.toString(), "--ranker", "bm25");
        Path ownEntry = onlyEntry();
        Files.move(ownEntry, dir.resolve("set aside"));
        search("milk", "--catalog", shop.toString(), "--ranker", "bm25", "--seed", "7");
        Path otherEntry = onlyEntry();
        Files.move(otherEntry, ownEntry);

        Run run = search("milk", "--catalog", shop.toString(), "--ranker", "bm25");

        assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.contains("cannot be read"))).singleElement().asString()
                .contains("its manifest names 'ranking-cache-2 " + otherEntry.getFileName() + "'");
        assertThat(results(run)).isEqualTo(results(own));
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            return entries.filter(Files::isDirectory).reduce((a, b) -> {
                throw new AssertionError("more than one entry: " + a + ", " + b);
            }).orElseThrow();
        }
    }

    private static Path anIndexFile(Path entry) throws IOException {
        try (Stream<Path> files = Files.list(entry.resolve(TrainedShopCache.INDEX))) {
            return files.filter(file -> file.getFileName().toString().startsWith("_")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    private static void flipAByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
    }

    private static void cutInHalf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** The result lines of a search's table: rank, product, name, aisle, score. */
    private static List<String> results(Run run) {
        return run.out().lines().filter(line -> line.matches(" *\\d+ +\\d+ .*")).toList();
    }
}
