package dev.mlkatas.ranking.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.ranking.RankingJob;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
