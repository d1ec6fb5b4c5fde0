package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The anomalies job end to end, with your AveragePrecision, RollingMad and CostThreshold plugged in: on the
 * sample in the credit-card layout (803 simulated orders, 58 frauds: {@code generate --customers 400 --seed 5},
 * every fraud and every twelfth line kept) and on 300 simulated customers. Its answers to bad input come before
 * your code runs, so they are tested apart and grade nobody: AnomaliesJobInputTest in src/provided-test/java.
 */
@DisplayName("The anomalies job, end to end")
class AnomaliesJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MODELS = List.of("rollingMad", "isolationForest", "boostedTrees");

    @TempDir
    static Path shared;
    static Path sampleResults;
    static JobRun sampleRun;
    static Path simulatedResults;
    static JobRun simulatedRun;

    @BeforeAll
    static void runTwice() throws IOException {
        Path sample = shared.resolve("transactions-sample.csv");
        try (InputStream in = AnomaliesJobTest.class.getResourceAsStream("transactions-sample.csv")) {
            Files.copy(in, sample);
        }
        sampleResults = shared.resolve("sample");
        sampleRun = JobRun.of(AnomaliesJob::run, "--transactions", sample.toString(), "--trees", "20", "--window",
                "50", "--out", sampleResults.toString());
        simulatedResults = shared.resolve("simulated");
        simulatedRun = JobRun.of(AnomaliesJob::run, "--customers", "300", "--trees", "30", "--window", "100",
                "--seed", "3", "--out", simulatedResults.toString());
    }

    @Test
    @DisplayName("writes the report, the summary and both charts as PNG and SVG")
    void writesEveryFile() throws IOException {
        assertThat(sampleRun.exit()).as(sampleRun.err()).isZero();
        for (String name : List.of("report.md", "summary.json", "precision-recall.png", "precision-recall.svg",
                "cost-by-threshold.png", "cost-by-threshold.svg")) {
            assertThat(sampleResults.resolve(name)).as(name).isRegularFile();
        }
        BufferedImage chart = ImageIO.read(sampleResults.resolve("precision-recall.png").toFile());
        assertThat(chart.getWidth()).isEqualTo(1000);
    }

    @Test
    @DisplayName("on the sample: every detector's AP, ROC AUC and cheapest threshold, none dearer than paying all")
    void sampleSummary() throws IOException {
        assertThat(sampleRun.exit()).as(sampleRun.err()).isZero();
        JsonNode summary = JSON.readTree(sampleResults.resolve("summary.json").toFile());

        assertThat(summary.get("transactions").asInt()).isEqualTo(803);
        assertThat(summary.get("frauds").asInt()).isEqualTo(58);
        JsonNode test = summary.get("test");
        assertThat(test.get("orders").asInt()).isEqualTo(803 - 562);
        double rate = test.get("fraudRate").asDouble();
        double payAll = summary.get("blockNothingCost").asDouble();
        assertThat(payAll).isEqualTo(150.0 * test.get("frauds").asInt());
        for (String key : MODELS) {
            JsonNode model = summary.get("models").get(key);
            assertThat(model.get("averagePrecision").asDouble()).as(key).isBetween(rate / 2, 1.0 + 1e-9);
            assertThat(model.get("rocAuc").asDouble()).as(key).isBetween(0.0, 1.0);
            assertThat(model.get("cost").asDouble()).as(key).isLessThanOrEqualTo(payAll);
            double cost = 150.0 * (test.get("frauds").asInt() - model.get("fraudsBlocked").asInt())
                    + 5.0 * model.get("goodOrdersBlocked").asInt();
            assertThat(model.get("cost").asDouble()).as(key).isEqualTo(cost);
        }
        assertThat(summary.get("models").get("boostedTrees").get("averagePrecision").asDouble())
                .isGreaterThan(3 * rate);
    }

    @Test
    @DisplayName("on simulated orders: fraud is rare (0.1 to 2 %), and the models find it far better than chance")
    void simulatedSummary() throws IOException {
        assertThat(simulatedRun.exit()).as(simulatedRun.err()).isZero();
        JsonNode summary = JSON.readTree(simulatedResults.resolve("summary.json").toFile());

        double share = summary.get("frauds").asDouble() / summary.get("transactions").asDouble();
        assertThat(share).isBetween(0.001, 0.02);
        double rate = summary.get("test").get("fraudRate").asDouble();
        for (String key : MODELS) {
            JsonNode model = summary.get("models").get(key);
            assertThat(model.get("averagePrecision").asDouble()).as(key).isGreaterThan(rate / 2);
            assertThat(model.get("cost").asDouble()).as(key)
                    .isLessThanOrEqualTo(summary.get("blockNothingCost").asDouble());
        }
        assertThat(summary.get("models").get("boostedTrees").get("averagePrecision").asDouble())
                .isGreaterThan(10 * rate);
        assertThat(summary.get("models").get("boostedTrees").get("rocAuc").asDouble())
                .isGreaterThan(summary.get("models").get("boostedTrees").get("averagePrecision").asDouble());
    }

    @Test
    @DisplayName("the report names every detector and says why AP, not ROC AUC")
    void reportInPlainWords() throws IOException {
        assertThat(sampleRun.exit()).as(sampleRun.err()).isZero();
        String report = Files.readString(sampleResults.resolve("report.md"));

        assertThat(report).contains("rolling median and MAD", "isolation forest", "gradient-boosted trees",
                "| AP | ROC AUC |", "the fraud rate", "Paying every test order would cost", "precision-recall.png",
                "Seed 7");
    }
}
