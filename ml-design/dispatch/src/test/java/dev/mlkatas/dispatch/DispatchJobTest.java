package dev.mlkatas.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatch job end to end with your three files plugged in: a Solomon instance read from a file, and a
 * small simulated evening. Its answers to bad input come before your code runs, so they are tested apart and
 * grade nobody: DispatchJobInputTest in src/provided-test/java.
 */
@DisplayName("The dispatch job, end to end")
class DispatchJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path solomon;
    static JobRun solomonRun;
    static Path city;
    static JobRun cityRun;

    @BeforeAll
    static void runBoth() throws IOException {
        Path file = shared.resolve("tiny12.txt");
        try (InputStream in = DispatchJobTest.class.getResourceAsStream("tiny12.txt")) {
            Files.copy(in, file);
        }
        solomon = shared.resolve("solomon");
        solomonRun = JobRun.of(DispatchJob::run, "--instance", file.toString(), "--best-known", "3,270",
                "--out", solomon.toString());
        city = shared.resolve("city");
        cityRun = JobRun.of(DispatchJob::run, "--deliveries", "40", "--shoppers", "25", "--trees", "30", "--seed",
                "3", "--out", city.toString());
    }

    @Test
    @DisplayName("a Solomon instance: 3 vehicles, distance 278.10, feasible, 3.0 % above the best known given")
    void solvesTheInstance() throws IOException {
        assertThat(solomonRun.exit()).as(solomonRun.err()).isZero();
        JsonNode summary = JSON.readTree(solomon.resolve("summary.json").toFile());

        assertThat(summary.get("instance").asText()).isEqualTo("TINY12");
        assertThat(summary.get("savings").get("vehicles").asInt()).isEqualTo(4);
        assertThat(summary.get("localSearch").get("vehicles").asInt()).isEqualTo(3);
        assertThat(summary.get("localSearch").get("distance").asDouble()).isCloseTo(278.0976, offset(1e-3));
        assertThat(summary.get("feasible").asBoolean()).isTrue();
        assertThat(summary.get("bestKnown").get("gapPercent").asDouble()).isCloseTo(3.0, offset(0.01));
        assertThat(solomonRun.out()).contains("local search: 3 vehicles, distance 278.10; independent check: feasible");
        for (String name : List.of("report.md", "summary.json", "routes.png", "routes.svg")) {
            assertThat(solomon.resolve(name)).as(name).isRegularFile();
        }
        assertThat(Files.readString(solomon.resolve("report.md"))).contains("| savings + local search | 3 | 278.10 |");
    }

    @Test
    @DisplayName("a simulated evening: calibrated p90, every plan feasible, Hungarian no dearer than greedy")
    void simulatesAnEvening() throws IOException {
        assertThat(cityRun.exit()).as(cityRun.err()).isZero();
        JsonNode summary = JSON.readTree(city.resolve("summary.json").toFile());

        assertThat(summary.get("deliveries").asInt()).isEqualTo(40);
        JsonNode eta = summary.get("eta");
        assertThat(eta.get("p90").get("coverage").asDouble()).isBetween(0.82, 0.96);
        assertThat(eta.get("p50").get("coverage").asDouble()).isBetween(0.42, 0.6);
        assertThat(eta.get("p90").get("pinball").asDouble()).isLessThan(eta.get("p90").get("constantPinball")
                .asDouble());
        JsonNode plans = summary.get("plans");
        assertThat(plans).hasSize(3);
        assertThat(plans.get(1).get("distanceKm").asDouble()).isLessThanOrEqualTo(plans.get(0).get("distanceKm")
                .asDouble() + 1e-9);
        for (JsonNode plan : plans) {
            assertThat(plan.get("onTime").asDouble()).isBetween(0.5, 1.0);
            assertThat(plan.get("shoppers").asInt()).isBetween(3, 40);
        }
        JsonNode assignment = summary.get("assignment");
        assertThat(assignment.get("hungarianStaffsEveryRoute").asBoolean()).isTrue();
        assertThat(assignment.get("hungarianKm").asDouble()).isLessThanOrEqualTo(assignment.get("greedyKm")
                .asDouble() + 1e-9);
        assertThat(Files.readString(city.resolve("report.md"))).contains("pinball", "coverage", "Hungarian",
                "local search");
        assertThat(city.resolve("routes.png")).isRegularFile();
    }
}
