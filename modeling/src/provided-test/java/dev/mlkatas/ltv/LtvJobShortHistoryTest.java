package dev.mlkatas.ltv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lifetime-value job on a cohort shaped like CDNOW's (every customer's first purchase in the first quarter
 * of 1997, the log running to June 1998; customer id, date, quantity, amount), split so that the calibration
 * period is no longer than the holdout: the gradient-boosted comparison, which learns one holdout length
 * before the calibration end, has nobody to learn from. The probabilistic models' results are written anyway.
 */
@DisplayName("The lifetime-value job when the gradient-boosted comparison cannot run")
class LtvJobShortHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path orders;

    @BeforeAll
    static void writeCohort() throws IOException {
        orders = shared.resolve("cdnow.csv");
        Files.write(orders, cdnowShaped(300, 1997));
    }

    @ParameterizedTest(name = "calibration to {0}, holdout to June 1998")
    @CsvSource({"1997-06-30, 0", "1997-09-30, 14"})
    @DisplayName("writes BG/NBD and Gamma-Gamma's results and says in one line why the comparison was skipped")
    void skipsTheComparison(String calibrationEnd, int learnable) throws IOException {
        Path results = shared.resolve("results-" + calibrationEnd);

        JobRun run = JobRun.of(LtvJob::run, "--transactions", orders.toString(), "--calibration-end", calibrationEnd,
                "--out", results.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSize(1);
        String reason = errors.get(0).substring("ltv: ".length());
        assertThat(errors.get(0)).startsWith("ltv: the gradient-boosted comparison was skipped: ")
                .contains("calibration end " + calibrationEnd)
                .contains("needs 20 of them, but there " + (learnable == 1 ? "is " : "are ") + learnable);
        JsonNode summary = JSON.readTree(results.resolve("summary.json").toFile());
        for (String parameter : List.of("r", "alpha", "a", "b", "p", "q", "gamma")) {
            assertThat(summary.get(parameter).asDouble()).as(parameter).isPositive();
        }
        JsonNode comparison = summary.get("holdout").get("gradientBoostedRegression");
        assertThat(comparison.get("skipped").asBoolean()).isTrue();
        assertThat(comparison.get("reason").asText()).isEqualTo(reason);
        assertThat(summary.get("holdout").get("bgNbdGammaGamma").get("spearman").isNumber()).isTrue();
        String report = Files.readString(results.resolve("report.md"));
        assertThat(report).contains("Only the probabilistic models: " + reason + ".")
                .contains("| BG/NBD x Gamma-Gamma |").doesNotContain("| gradient-boosted regression |");
        for (String chart : List.of("holdout-deciles.png", "transactions-by-frequency.svg")) {
            assertThat(results.resolve(chart)).isRegularFile();
        }
        assertThat(run.out()).contains("(no gradient-boosted comparison)");
    }

    /**
     * {@code customers} who each buy first in January to March of {@code year}, then again after exponential
     * gaps at a rate of their own, each purchase their last with a chance of their own, until June of the next
     * year; one row a purchase, as CDNOW's master file has them (its yyyymmdd dates written as ISO dates).
     */
    static List<String> cdnowShaped(int customers, int year) {
        Random random = new Random(1997);
        LocalDate end = LocalDate.of(year + 1, 6, 30);
        List<String> lines = new ArrayList<>(List.of("customer_id,date,quantity,amount"));
        for (int c = 1; c <= customers; c++) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(90));
            double weeklyRate = 0.05 + 0.5 * random.nextDouble();
            double dropout = 0.05 + 0.3 * random.nextDouble();
            double meanAmount = 10 + 40 * random.nextDouble();
            while (!day.isAfter(end)) {
                lines.add(String.format(Locale.ROOT, "%05d,%s,%d,%.2f", c, day, 1 + random.nextInt(4),
                        meanAmount * (0.5 + random.nextDouble())));
                if (random.nextDouble() < dropout) {
                    break;
                }
                day = day.plusDays(1 + (long) (-Math.log(1 - random.nextDouble()) * 7 / weeklyRate));
            }
        }
        return lines;
    }
}
