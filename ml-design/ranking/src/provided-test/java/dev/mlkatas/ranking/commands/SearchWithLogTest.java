package dev.mlkatas.ranking.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.RankingJob;
import dev.mlkatas.ranking.log.SearchLogCsv;
import dev.mlkatas.ranking.rankers.TrainingSettings;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search --log FILE}: a shop's own log, split in its order between the system and the learned ranker. */
@DisplayName("RankingJob search --log: a shop's own search log")
class SearchWithLogTest {

    private static final List<String> SHOP = List.of("--products", "3000", "--seed", "42");

    @TempDir
    static Path dir;
    static Path log;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void writeALog() {
        // The searches of a small shop under BM25, written as a shop would hand them over.
        SimulatedShop.Settings settings = new SimulatedShop.Settings(1500, 1, TrainingSettings.DEFAULTS);
        try (SimulatedShop shop = SimulatedShop.open(SyntheticCatalog.generate(42, 3000), 42, settings)) {
            log = dir.resolve("searches.csv");
            SearchLogCsv.write(shop.history(), log);
        }
    }

    private static Run search(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        all.addAll(SHOP);
        all.addAll(List.of("--cache", dir.resolve("cache").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RankingJob.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    @DisplayName("learns the system from the first two thirds of the log and trains the ranker on the last third")
    void splitsTheLogInItsOrder() {
        Run run = search("fish", "--log", log.toString(), "--ranker", "ltr");

        assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out())
                .contains("search log: 1,500 searches; the first 1,000 teach the system, the last 500 train the learned ranker")
                .contains("  10  ");
    }

    @Test
    @DisplayName("a log too short to train on is one line naming it, exit code 2; bm25 still answers")
    void refusesToTrainOnTooShortALog() throws Exception {
        // The header and the rows of the log's first search: one search, which is all history.
        List<String> lines = Files.readAllLines(log);
        String firstId = lines.get(1).substring(0, lines.get(1).indexOf(',') + 1);
        List<String> oneSearch = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).takeWhile(line -> line.startsWith(firstId)).forEach(oneSearch::add);
        Path tooShort = Files.write(dir.resolve("short.csv"), oneSearch);

        Run ltr = search("fish", "--log", tooShort.toString(), "--ranker", "ltr");
        Run bm25 = search("fish", "--log", tooShort.toString(), "--ranker", "bm25");

        assertThat(ltr.exit()).isEqualTo(2);
        assertThat(ltr.err().lines()).singleElement().asString()
                .startsWith("short.csv: the last third of the log (0 searches) cannot train the learned ranker");
        assertThat(bm25.exit()).as("stderr: %s", bm25.err()).isZero();
    }
}
