package dev.mlkatas.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecasting job on a history long enough for the seasonal naive forecast, Holt-Winters and AR but too
 * short for the boosted trees' five weeks of lags: 100 days and 8 origins leave 44 days before the first one.
 * The trees, a side comparison, are left out with one line saying why; everything else is written.
 */
@DisplayName("The forecasting job when the boosted trees cannot be backtested")
class ForecastingJobShortHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @DisplayName("backtests the other three models and says in one line why the trees were left out")
    void leavesOutTheTrees() throws IOException {
        Path data = dir.resolve("data");
        JobRun generated = JobRun.of(ForecastingJob::run, "generate", "--days", "100", "--seed", "5", "--out",
                data.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        Path results = dir.resolve("results");

        JobRun run = JobRun.of(ForecastingJob::run, "--sales", data.resolve("sales.csv").toString(), "--origins", "8",
                "--out", results.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String reason = "their lags need 63 days before the first origin and this history gives 44; choose fewer "
                + "--origins to compare them";
        assertThat(run.err().lines().toList())
                .containsExactly("forecasting: the gradient-boosted trees were left out: " + reason);
        JsonNode models = JSON.readTree(results.resolve("summary.json").toFile()).get("models");
        for (String model : List.of("seasonalNaive", "holtWinters", "autoregression")) {
            assertThat(models.get(model).get("wape").asDouble()).as(model).isPositive();
        }
        assertThat(models.get("boostedTrees").get("skipped").asBoolean()).isTrue();
        assertThat(models.get("boostedTrees").get("reason").asText()).isEqualTo(reason);
        assertThat(Files.readString(results.resolve("report.md")))
                .contains("The **boosted trees** were left out of this backtest: " + reason + ".")
                .contains("| Holt-Winters |").doesNotContain("| gradient-boosted trees |");
        assertThat(results.resolve("wape-by-lead-day.svg")).isRegularFile();
        assertThat(run.out()).doesNotContain("gradient-boosted trees  ");
    }
}
