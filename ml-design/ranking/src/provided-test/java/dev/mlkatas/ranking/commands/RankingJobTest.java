package dev.mlkatas.ranking.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.testing.HelpCheck;
import dev.mlkatas.ranking.RankingJob;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking job's command line end to end, on small shops so that each run takes seconds. */
@DisplayName("RankingJob: search, evaluate and ab-test from the command line")
class RankingJobTest {

    /** A small synthetic shop: the options every run here shares. */
    private static final List<String> SMALL = List.of("--products", "3000", "--history", "2000", "--training", "2000");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RankingJob.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> args(String... first) {
        List<String> args = new ArrayList<>(List.of(first));
        args.addAll(SMALL);
        return args;
    }

    @Test
    @DisplayName("search --json prints ten results with their features, and nothing else on standard output")
    void searchPrintsJson() throws Exception {
        Run run = run(args("search", "fish", "--ranker", "ltr", "--json", "--cache", dir.toString()));

        assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("query").asText()).isEqualTo("fish");
        assertThat(json.get("ranker").asText()).isEqualTo("ltr");
        assertThat(json.get("results")).hasSize(10);
        JsonNode first = json.get("results").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("features").size()).isEqualTo(12);
        assertThat(first.get("drivers").size()).isBetween(1, 3);
    }

    @Test
    @DisplayName("search on a folder in the Instacart schema with no log falls back, and says so")
    void searchesAnInstacartFolder() throws Exception {
        Path sample = Path.of(getClass().getResource("/dev/mlkatas/ranking/instacart-sample").toURI());

        Run run = run(args("search", "milk", "--catalog", sample.toString(), "--ranker", "bm25", "--no-cache"));

        assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out()).contains("search log: none for this catalogue").contains("   1  ");
    }

    @Test
    @DisplayName("evaluate writes its table, chart and summary into a new folder")
    void evaluateWritesItsResults() {
        Path out = dir.resolve("evaluation");

        Run run = run(args("evaluate", "--judges", "5", "--out", out.toString()));

        assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out()).contains("NDCG@10").contains("ltr, not debiased").contains("position bias");
        assertThat(out.resolve("evaluation.csv")).exists();
        assertThat(out.resolve("ndcg.png")).exists();
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    @DisplayName("ab-test reads out both experiments")
    void abTestReadsOut() {
        Run run = run(args("ab-test", "--searches", "500"));

        assertThat(run.exit()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out()).contains("two-proportion z-test").contains("team-draft interleaving");
    }

    @Test
    @DisplayName("an empty query is a one-line usage error, exit code 2")
    void refusesAnEmptyQuery() {
        Run run = run(List.of("search", "  "));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("the query is empty");
    }

    @Test
    @DisplayName("an unknown ranker is a one-line error listing the known ones, exit code 2")
    void refusesAnUnknownRanker() {
        Run run = run(List.of("search", "fish", "--ranker", "magic"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("'magic'").contains("bm25").contains("popularity").contains("ltr");
    }

    @Test
    @DisplayName("a catalogue file with a bad id names the file and line, exit code 2")
    void namesABadCatalogueLine() throws Exception {
        Path catalog = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(catalog.resolve("departments.csv"), "department_id,department\n1,seafood\n");
        Files.writeString(catalog.resolve("aisles.csv"), "aisle_id,aisle\n1,fresh fish\n");
        Files.writeString(catalog.resolve("products.csv"),
                "product_id,product_name,aisle_id,department_id\n1,Salmon,1,1\nabc,Cod,1,1\n");

        Run run = run(List.of("search", "fish", "--catalog", catalog.toString(), "--no-cache"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("products.csv").contains("line 3");
    }

    @Test
    @DisplayName("evaluate into a folder that holds files refuses, and leaves it as it was")
    void neverOverwritesResults() throws Exception {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "keep");

        Run run = run(args("evaluate", "--out", out.toString()));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains(out.toString());
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("keep.txt"));
        }
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(out);
        }
    }

    @Test
    @DisplayName("--help of the command and of each subcommand explains every option, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption((args, out, err) -> RankingJob.run(args, new PrintWriter(out, true),
                new PrintWriter(err, true)), new RankingJob());
    }
}

