package dev.mlkatas.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.dispatch.data.SolomonFormat;
import dev.mlkatas.dispatch.planning.RoutePlan;
import dev.mlkatas.dispatch.simulation.CityDay;
import dev.mlkatas.dispatch.simulation.Delivery;
import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import dev.mlkatas.jobs.JobRun;
import dev.mlkatas.jobs.testing.BadInputCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dispatch generate}: the default simulated evening written in Solomon's format, read back by the job's
 * reader as the same customers, and solved by the job with {@code --instance}. Provided code, grading nobody.
 */
@DisplayName("dispatch generate: the simulated evening as a Solomon instance")
class GenerateCityTest {

    /** Every number of the file has two decimals at most. */
    private static final double ROUNDING = 0.005;

    @TempDir
    static Path shared;
    static JobRun generated;
    static Path file;

    @BeforeAll
    static void generate() {
        generated = JobRun.of(DispatchJob::run, "generate", "--out", shared.resolve("city").toString());
        file = shared.resolve("city").resolve(GenerateCity.FILE);
    }

    @Test
    @DisplayName("writes city.txt, which the job's reader reads back as the evening's store, customers and fleet")
    void roundTrip() {
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).contains(file.toString(), "60 customers, 30 vehicles of capacity 120, seed 7");
        CityDay day = CityDay.generate(DispatchJob.DEFAULT_SEED, DispatchJob.DEFAULT_DELIVERIES,
                DispatchJob.DEFAULT_SHOPPERS, DispatchJob.PAST_TRIPS);

        Instance read = SolomonFormat.read(file);

        assertThat(read.name()).isEqualTo(day.store().name() + " " + day.date());
        assertThat(read.vehicles()).isEqualTo(30);
        assertThat(read.capacity()).isEqualTo(120);
        assertThat(read.depot().x()).isCloseTo(day.store().location().x() * RoutePlan.MINUTES_PER_KM,
                offset(ROUNDING));
        assertThat(read.depot().demand()).isZero();
        assertThat(read.customers()).isEqualTo(day.deliveries().size()).isEqualTo(60);
        for (int c = 1; c <= read.customers(); c++) {
            Stop stop = read.stop(c);
            Delivery delivery = day.deliveries().get(c - 1);
            assertThat(stop.number()).isEqualTo(c);
            assertThat(stop.demand()).as("demand of %d", c).isEqualTo(delivery.items());
            assertThat(stop.ready()).as("ready time of %d", c).isCloseTo(delivery.windowStart(), offset(ROUNDING));
            assertThat(stop.due()).as("due date of %d", c).isCloseTo(delivery.windowEnd(), offset(ROUNDING));
            assertThat(stop.service()).as("service time of %d", c)
                    .isCloseTo(delivery.handoverMinutes(), offset(ROUNDING));
            assertThat(stop.x()).isCloseTo(delivery.home().x() * RoutePlan.MINUTES_PER_KM, offset(ROUNDING));
            assertThat(stop.y()).isCloseTo(delivery.home().y() * RoutePlan.MINUTES_PER_KM, offset(ROUNDING));
        }
    }

    @Test
    @DisplayName("the job solves the generated file with --instance, and the independent check finds it feasible")
    void solvesTheGeneratedFile() throws IOException {
        Path out = shared.resolve("routes");

        JobRun run = JobRun.of(DispatchJob::run, "--instance", file.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("60 customers, fleet of 30, capacity 120", "independent check: feasible");
        assertThat(new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("feasible").asBoolean())
                .isTrue();
    }

    @Test
    @DisplayName("an output folder under a file, or one with files in it: exit 2, one line naming it, nothing written")
    void refusesABadOutputFolder(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path full = Files.createDirectories(dir.resolve("full"));
        Path kept = Files.writeString(full.resolve("keep.txt"), "mine");

        // BadInputCheck is given no output folder of its own: it would check that these do not exist.
        BadInputCheck.refuses(DispatchJob::run, "--out " + notAFolder.resolve("city") + ": cannot be created ("
                + notAFolder + " is a file)", null, "generate", "--out", notAFolder.resolve("city").toString());
        BadInputCheck.refuses(DispatchJob::run, "--out " + full + ": exists and is not empty; choose a new directory",
                null, "generate", "--out", full.toString());

        assertThat(Files.readString(notAFolder)).isEqualTo("not a folder");
        try (Stream<Path> files = Files.list(dir); Stream<Path> inFull = Files.list(full)) {
            assertThat(files).containsExactlyInAnyOrder(notAFolder, full);
            assertThat(inFull).containsExactly(kept);
        }
    }
}
