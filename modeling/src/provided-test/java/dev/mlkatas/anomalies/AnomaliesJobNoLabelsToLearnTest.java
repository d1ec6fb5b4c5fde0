package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The anomalies job on a log whose first 70 % holds no labelled fraud, as on a new payment method before any
 * chargeback came back: the boosted trees, a side comparison, have nothing to learn from and are left out with
 * one line saying why; the rolling detector and the isolation forest, which need no labels, are scored as usual.
 */
@DisplayName("The anomalies job when the boosted trees have no fraud to learn from")
class AnomaliesJobNoLabelsToLearnTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @DisplayName("scores the detectors that need no labels and says in one line why the trees were left out")
    void leavesOutTheTrees() throws IOException {
        JobRun generated = JobRun.of(AnomaliesJob::run, "generate", "--customers", "400", "--out",
                dir.resolve("d").toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("d").resolve("transactions.csv"));
        int rows = lines.size() - 1;
        int testStart = (int) Math.round(rows * 0.7);
        List<String> unlabelled = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i <= rows; i++) {
            String line = lines.get(i);
            unlabelled.add(i - 1 < testStart ? line.substring(0, line.lastIndexOf(',')) + ",0" : line);
        }
        Path file = Files.write(dir.resolve("transactions.csv"), unlabelled);
        Path results = dir.resolve("results");

        JobRun run = JobRun.of(AnomaliesJob::run, "--transactions", file.toString(), "--trees", "20", "--out",
                results.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String why = "the first 70 % of the rows in time order, which they learn from, hold no fraud";
        assertThat(run.err().lines().toList()).containsExactly("anomalies: the boosted trees were left out: " + why);
        JsonNode models = JSON.readTree(results.resolve("summary.json").toFile()).get("models");
        for (String model : List.of("rollingMad", "isolationForest")) {
            assertThat(models.get(model).get("averagePrecision").asDouble()).as(model).isPositive();
        }
        assertThat(models.get("boostedTrees").get("skipped").asBoolean()).isTrue();
        assertThat(models.get("boostedTrees").get("reason").asText())
                .isEqualTo("the boosted trees were left out: " + why);
        assertThat(Files.readString(results.resolve("report.md")))
                .contains("No boosted trees in this run: " + why + ".")
                .doesNotContain("| gradient-boosted trees");
        assertThat(results.resolve("precision-recall.svg")).isRegularFile();
    }
}
