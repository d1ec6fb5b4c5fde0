package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job with the candidate's pieces: an experiment simulated on the grocery world, and a CSV laid out like
 * public A/B data.
 */
@DisplayName("The experiments job")
class ExperimentsJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("a simulated experiment: CUPED narrows the interval around the planted lift, the chart is written")
    void simulated(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");

        JobRun run = JobRun.of(ExperimentsJob::run, "--users", "40000", "--seed", "11", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        JsonNode welch = summary.get("welch");
        JsonNode cuped = summary.get("cuped");
        double welchWidth = welch.get("high").asDouble() - welch.get("low").asDouble();
        double cupedWidth = cuped.get("high").asDouble() - cuped.get("low").asDouble();
        assertThat(cupedWidth).isLessThan(0.9 * welchWidth);
        assertThat(cuped.get("varianceReduction").asDouble()).isBetween(0.2, 0.9);
        assertThat(summary.get("sampleSize").get("perGroupWithCuped").asLong())
                .isLessThan(summary.get("sampleSize").get("perGroup").asLong());
        // The planted truth: 5 % more orders at 3 % less each, so spend per user 1.85 % higher.
        double trueDifference = summary.get("inputs").get("simulated").get("trueDifference").asDouble();
        assertThat(trueDifference).isPositive();
        assertThat(Math.abs(cuped.get("difference").asDouble() - trueDifference))
                .isLessThan(4 * cuped.get("standardError").asDouble());
        // Baskets 3 % smaller: the interval of spend per order holds a drop.
        assertThat(summary.get("ratio").get("low").asDouble()).isNegative();
        assertThat(out.resolve("p-values.png")).isNotEmptyFile();
        assertThat(out.resolve("p-values.svg")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("report.md"))).contains("With CUPED").contains("users per group")
                .contains("The truth");
    }

    @Test
    @DisplayName("a CSV like ab_data.csv: a 0/1 outcome is tested as a proportion too, its rate matches the file")
    void publicLayout(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("user_id,timestamp,group,landing_page,converted\n");
        SplittableRandom random = new SplittableRandom(5);
        int converted = 0;
        int control = 0;
        for (int i = 0; i < 6000; i++) {
            boolean treated = random.nextBoolean();
            int outcome = random.nextDouble() < (treated ? 0.14 : 0.12) ? 1 : 0;
            if (!treated) {
                control++;
                converted += outcome;
            }
            csv.append(String.format(Locale.ROOT, "%d,2017-01-%02d 10:00:00,%s,%s,%d%n", 700000 + i, 2 + i % 20,
                    treated ? "treatment" : "control", treated ? "new_page" : "old_page", outcome));
        }
        Path file = Files.writeString(dir.resolve("ab_data.csv"), csv);
        Path out = dir.resolve("out");

        JobRun run = JobRun.of(ExperimentsJob::run, "--input", file.toString(), "--metric", "converted",
                "--mde", "0.02", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("means").get("control").asDouble()).isEqualTo((double) converted / control);
        assertThat(summary.get("twoProportions").get("pValue").asDouble()).isBetween(0.0, 1.0);
        assertThat(summary.get("sampleSize").get("perGroup").asLong()).isBetween(3000L, 6000L);
        assertThat(summary.has("cuped")).isFalse();
    }
}
