package dev.mlkatas.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The churn job end to end, with your Auc and StratifiedKFold plugged in, on a small generated customer
 * base. Its answers to bad input come before your code runs, so they are tested apart and grade nobody:
 * ChurnJobInputTest in src/provided-test/java.
 */
@DisplayName("The churn job, end to end")
class ChurnJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path data;
    static Path results;
    static JobRun run;

    @BeforeAll
    static void generateAndRun() {
        data = shared.resolve("data");
        JobRun generated = JobRun.of(ChurnJob::run, "generate", "--customers", "1500", "--seed", "3", "--out", data.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        results = shared.resolve("results");
        run = JobRun.of(ChurnJob::run, "--transactions", data.resolve("transactions.csv").toString(),
                "--covariates", data.resolve("customers.csv").toString(), "--folds", "3", "--trees", "10",
                "--seed", "5", "--out", results.toString());
    }

    @Test
    @DisplayName("writes the report, the summary, the features and the three charts as PNG and SVG")
    void writesEveryFile() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        for (String name : List.of("report.md", "summary.json", "features.csv", "roc.png", "roc.svg", "calibration.png",
                "calibration.svg", "gains.png", "gains.svg")) {
            assertThat(results.resolve(name)).as(name).isRegularFile();
        }
        BufferedImage roc = ImageIO.read(results.resolve("roc.png").toFile());
        assertThat(roc.getWidth()).isEqualTo(800);
        assertThat(Files.readString(results.resolve("gains.svg"))).contains("<svg");
        assertThat(shared).isDirectoryNotContaining(path -> path.getFileName().toString().contains("partial"));
    }

    @Test
    @DisplayName("reports every model's cross-validated AUC, mean and sd over the folds, and its holdout figures")
    void summaryHasEveryFigure() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(results.resolve("summary.json").toFile());

        assertThat(summary.get("seed").asLong()).isEqualTo(5);
        assertThat(summary.get("models").size()).isEqualTo(3);
        for (String model : List.of("logistic_regression", "gradient_boosted_trees", "random_forest")) {
            JsonNode m = summary.get("models").get(model);
            List<Double> folds = new ArrayList<>();
            m.get("cvAucFolds").forEach(node -> folds.add(node.asDouble()));
            double mean = folds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double sd = Math.sqrt(folds.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum() / (folds.size() - 1));
            assertThat(folds).hasSize(3);
            assertThat(m.get("cvAucMean").asDouble()).isCloseTo(mean, within(1e-9));
            assertThat(m.get("cvAucSd").asDouble()).isCloseTo(sd, within(1e-9));
            // The generated customers leave for reasons the features see: far better than a coin toss.
            assertThat(m.get("cvAucMean").asDouble()).isBetween(0.7, 1.0);
            assertThat(m.get("holdoutAuc").asDouble()).isBetween(0.7, 1.0);
            assertThat(m.get("holdoutLogLoss").asDouble()).isPositive();
            assertThat(m.get("holdoutBrier").asDouble()).isBetween(0.0, 0.25);
            assertThat(m.get("holdoutTopDecileLift").asDouble()).isGreaterThan(1.5);
        }
    }

    @Test
    @DisplayName("explains the AUC in plain words with the run's own numbers")
    void reportExplainsAuc() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(results.resolve("summary.json").toFile());
        JsonNode best = summary.get("models").get(summary.get("bestModel").asText());
        String report = Files.readString(results.resolve("report.md"));

        assertThat(report).contains(String.format(Locale.ROOT,
                "ranks the one who left as riskier **%.0f %% of the time**", 100 * best.get("holdoutAuc").asDouble()));
        assertThat(report).contains(String.format(Locale.ROOT, "the riskiest 10 %% of customers hold %.0f %% of everyone who left",
                100 * best.get("holdoutTopDecileCapture").asDouble()));
        assertThat(report).contains("**Recommendation: send the offer to customers whose predicted churn probability is at least");
    }

    @Test
    @DisplayName("writes features that the job reads back as a table of customers (--customers, --label, --id)")
    void featuresReadBack() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        Path out = shared.resolve("from-features");

        JobRun again = JobRun.of(ChurnJob::run, "--customers", results.resolve("features.csv").toString(), "--label",
                "churned", "--id", "customer_id", "--folds", "3", "--trees", "5", "--out", out.toString());

        assertThat(again.exit()).as(again.err()).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("label").asText()).isEqualTo("churned");
        assertThat(summary.get("features").toString()).doesNotContain("customer_id");
    }

    @Test
    @DisplayName("on a table of customers: reads yes/no labels, one-hot encodes text, fills blanks with medians, and says so")
    void encodesAndImputes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("members.csv");
        StringBuilder csv = new StringBuilder("member,plan,visits,basket,left\n");
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 120; i++) {
            boolean left = random.nextInt(3) == 0;
            String plan = random.nextBoolean() ? "basic" : left ? "" : "premium";
            String visits = random.nextInt(10) == 0 ? "" : String.valueOf(random.nextInt(5) + (left ? 0 : 3));
            csv.append("m").append(i).append(',').append(plan).append(',').append(visits).append(',')
                    .append(String.format(Locale.ROOT, "%.2f", 20 + 30 * random.nextDouble())).append(',')
                    .append(left ? "Yes" : "no").append('\n');
        }
        Files.writeString(file, csv);
        Path out = dir.resolve("out");

        JobRun result = JobRun.of(ChurnJob::run, "--customers", file.toString(), "--label", "left", "--id", "member",
                "--folds", "3", "--trees", "5", "--out", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        String report = Files.readString(out.resolve("report.md"));
        assertThat(report).contains("'plan' is text: one-hot encoded").contains("'visits':").contains("median");
        assertThat(JSON.readTree(out.resolve("summary.json").toFile()).get("holdout").get("rows").asInt()).isEqualTo(24);
    }
}
