package dev.mlkatas.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecasting job end to end, with your HoltWinters and Backtest plugged in, on the grocery world's first
 * 200 days (4 stores × 6 items) read back from CSV. Its answers to bad input come before your code runs, so
 * they are tested apart and grade nobody: ForecastingJobInputTest in src/provided-test/java.
 */
@DisplayName("The forecasting job, end to end")
class ForecastingJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path results;
    static JobRun run;

    @BeforeAll
    static void generateAndRun() {
        Path data = shared.resolve("data");
        JobRun generated = JobRun.of(ForecastingJob::run, "generate", "--days", "200", "--seed", "5", "--out",
                data.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        results = shared.resolve("results");
        run = JobRun.of(ForecastingJob::run, "--sales", data.resolve("sales.csv").toString(), "--origins", "8",
                "--trees", "20", "--seed", "3", "--out", results.toString());
    }

    @Test
    @DisplayName("writes the report, the summary and both charts as PNG and SVG")
    void writesEveryFile() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        for (String name : List.of("report.md", "summary.json", "forecast-vs-actual.png", "forecast-vs-actual.svg",
                "wape-by-lead-day.png", "wape-by-lead-day.svg")) {
            assertThat(results.resolve(name)).as(name).isRegularFile();
        }
        BufferedImage chart = ImageIO.read(results.resolve("forecast-vs-actual.png").toFile());
        assertThat(chart.getWidth()).isEqualTo(1000);
    }

    @Test
    @DisplayName("backtests 8 weekly origins, and Holt-Winters beats the seasonal naive forecast on WAPE and MASE")
    void summaryHasEveryModel() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(results.resolve("summary.json").toFile());

        assertThat(summary.get("series").asInt()).isEqualTo(24);
        assertThat(summary.get("backtest").get("origins").asInt()).isEqualTo(8);
        assertThat(summary.get("backtest").get("firstOrigin").asText()).isEqualTo("2023-05-26");
        JsonNode models = summary.get("models");
        for (String model : List.of("seasonalNaive", "holtWinters", "autoregression", "boostedTrees")) {
            assertThat(models.get(model).get("wape").asDouble()).as(model).isBetween(0.05, 0.6);
            assertThat(models.get(model).get("mase").asDouble()).as(model).isBetween(0.3, 2.0);
        }
        assertThat(models.get("holtWinters").get("wape").asDouble()).isLessThan(models.get("seasonalNaive")
                .get("wape").asDouble());
        assertThat(models.get("holtWinters").get("mase").asDouble()).isLessThan(models.get("seasonalNaive")
                .get("mase").asDouble());
        JsonNode next = summary.get("nextWeek");
        for (String parameter : List.of("alpha", "beta", "gamma")) {
            assertThat(next.get(parameter).asDouble()).as(parameter).isBetween(0.0, 1.0);
        }
        assertThat(next.get("forecast")).hasSize(7);
    }

    @Test
    @DisplayName("the report says how stock-outs are handled and names every model")
    void reportExplainsStockOuts() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        String report = Files.readString(results.resolve("report.md"));

        assertThat(report).contains("Stock-outs: sales are censored demand", "not scored", "seasonal naive",
                "Holt-Winters", "AR(14)", "gradient-boosted trees", "80 % interval");
    }
}
