package dev.mlkatas.ltv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifetime-value job end to end, with your Rfm and BgNbdLikelihood plugged in, on a small generated
 * customer base whose true parameters are known. Its answers to bad input come before your code runs, so
 * they are tested apart and grade nobody: LtvJobInputTest in src/provided-test/java.
 */
@DisplayName("The lifetime-value job, end to end")
class LtvJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path data;
    static Path results;
    static JobRun run;

    @BeforeAll
    static void generateAndRun() {
        // The job fits with your log-likelihood: a wrong one could search until the time limit, so check it first.
        BgNbdParameters cdnow = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        java.util.List<RfmSummary> customers = java.util.List.of(new RfmSummary(0, 0, 38.86, 0),
                new RfmSummary(2, 30.43, 38.86, 22.35), new RfmSummary(14, 38.5, 39, 40));
        assertThat(BgNbdLikelihood.of(cdnow, customers)).as("the log-likelihood, before the job fits with it")
                .isCloseTo(BgNbdFormula.logLikelihood(cdnow, customers), org.assertj.core.api.Assertions.within(1e-9));
        data = shared.resolve("data");
        JobRun generated = JobRun.of(LtvJob::run, "generate", "--customers", "3000", "--seed", "11", "--out", data.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        results = shared.resolve("results");
        run = JobRun.of(LtvJob::run, "--transactions", data.resolve("transactions.csv").toString(), "--calibration-end",
                "2024-06-30", "--time-unit", "weeks", "--trees", "20", "--seed", "4", "--out", results.toString());
    }

    @Test
    @DisplayName("writes the report, the summary and the two charts as PNG and SVG")
    void writesEveryFile() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        for (String name : List.of("report.md", "summary.json", "holdout-deciles.png", "holdout-deciles.svg",
                "transactions-by-frequency.png", "transactions-by-frequency.svg")) {
            assertThat(results.resolve(name)).as(name).isRegularFile();
        }
        BufferedImage chart = ImageIO.read(results.resolve("holdout-deciles.png").toFile());
        assertThat(chart.getWidth()).isEqualTo(800);
    }

    @Test
    @DisplayName("puts r, alpha, a, b, p, q, gamma, the log-likelihoods and both approaches' holdout metrics in summary.json")
    void summaryHasEveryFigure() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(results.resolve("summary.json").toFile());

        for (String name : List.of("r", "alpha", "a", "b", "p", "q", "gamma")) {
            assertThat(summary.get(name).asDouble()).as(name).isPositive();
            assertThat(summary.get("standardErrors").get(name).asDouble()).as("standard error of " + name).isPositive();
        }
        assertThat(summary.get("logLikelihood").get("bgNbd").asDouble()).isNegative();
        assertThat(summary.get("logLikelihood").get("gammaGamma").isNumber()).isTrue();
        for (String approach : List.of("bgNbdGammaGamma", "gradientBoostedRegression")) {
            JsonNode metrics = summary.get("holdout").get(approach);
            assertThat(metrics.get("mae").asDouble()).isPositive();
            assertThat(metrics.get("rmse").asDouble()).isGreaterThanOrEqualTo(metrics.get("mae").asDouble());
            // Loyal customers keep buying: both rankings must be far better than chance.
            assertThat(metrics.get("spearman").asDouble()).isBetween(0.5, 1.0);
            assertThat(metrics.get("topDecileRevenueShare").asDouble()).isBetween(0.2, 1.0);
        }
    }

    @Test
    @DisplayName("fits the generator's purchase rates and spend: r and the Gamma-Gamma p, q, gamma close to the truth")
    void fitsTheGenerator() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(results.resolve("summary.json").toFile());
        JsonNode truth = JSON.readTree(data.resolve("truth.json").toFile());

        // Orders of one day merge and the covariates widen the dropout chances, so only r, p, q and gamma
        // are the generator's own; a 25 % margin covers that and 3,000 customers' noise.
        for (String name : List.of("r", "p", "q", "gamma")) {
            assertThat(summary.get(name).asDouble()).as(name)
                    .isBetween(0.75 * truth.get(name).asDouble(), 1.25 * truth.get(name).asDouble());
        }
        double expected = summary.get("holdout").get("bgNbdExpectedTransactions").asDouble();
        double actual = summary.get("holdout").get("actualTransactions").asDouble();
        assertThat(expected).isBetween(0.85 * actual, 1.15 * actual);
    }

    @Test
    @DisplayName("prints the parameters with standard errors and the log-likelihood, and the report has the tables")
    void printsTheFit() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(results.resolve("summary.json").toFile());
        String report = Files.readString(results.resolve("report.md"));

        assertThat(run.out()).contains("BG/NBD: r ").contains(" ± ").contains("log-likelihood");
        assertThat(report).contains(String.format(Locale.ROOT, "log-likelihood %.2f", summary.get("logLikelihood").get("bgNbd").asDouble()));
        assertThat(report).contains("| BG/NBD x Gamma-Gamma |").contains("| gradient-boosted regression |");
    }

    @Test
    @DisplayName("counts in days when asked: alpha is then 7 times the weekly one")
    void daysAndWeeks(@TempDir Path dir) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JobRun days = JobRun.of(LtvJob::run, "--transactions", data.resolve("transactions.csv").toString(), "--calibration-end",
                "2024-06-30", "--time-unit", "days", "--trees", "5", "--out", dir.resolve("days").toString());

        assertThat(days.exit()).as(days.err()).isZero();
        JsonNode inDays = JSON.readTree(dir.resolve("days/summary.json").toFile());
        JsonNode inWeeks = JSON.readTree(results.resolve("summary.json").toFile());
        assertThat(inDays.get("alpha").asDouble() / inWeeks.get("alpha").asDouble()).isBetween(6.99, 7.01);
        assertThat(inDays.get("r").asDouble() / inWeeks.get("r").asDouble()).isBetween(0.999, 1.001);
    }
}
