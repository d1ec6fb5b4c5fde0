package dev.mlkatas.cli;

import static dev.mlkatas.cli.CliRun.kata;
import static dev.mlkatas.cli.CliRun.kataAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.FixtureBuild;
import dev.mlkatas.FixtureRepository;
import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.launch.KataLauncher;
import dev.mlkatas.launch.LaunchException;
import dev.mlkatas.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `kata test` and `kata run` on a small built kata. */
class BuiltKataCommandsIT {

    @TempDir
    Path root;

    private FixtureRepository fixture;

    @BeforeEach
    void build() {
        fixture = FixtureRepository.create(root);
        FixtureBuild.build(fixture);
    }

    @Test
    @DisplayName("test on the untouched stub exits 1, names each failure with its message, and records the status")
    void stubFails() {
        CliRun run = kata(root, "test", "adder");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAILED  AdderTest › adds two and three")
                .contains("FAILED  AdderTest › adds a negative number")
                .contains("FAILED  AdderPropertiesTest › isCommutative")
                .contains("java.lang.UnsupportedOperationException: Adding is yours to write")
                .contains("at demo.Adder.add(Adder.java:5)")
                .contains("adder: 0 passed, 3 failed");
        assertThat(kata(root, "list").out()).contains("failing 3 of 3");
    }

    @Test
    @DisplayName("test on a solved kata exits 0, prints every property's seed and records it as passing")
    void solvedPasses() {
        fixture.candidate(FixtureRepository.REFERENCE);

        CliRun run = kata(root, "test", "adder");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .doesNotContain("FAILED")
                .containsPattern("AdderPropertiesTest › isCommutative  seed -?\\d+  passed")
                .contains("adder: 3 passed, 0 failed")
                .contains("all tests pass");
        assertThat(kata(root, "list").out()).contains("passing");
    }

    @Test
    @DisplayName("test names the first task with a failing test as the one the candidate is on")
    void namesCurrentTask() {
        assertThat(kata(root, "test", "adder").out()).contains("You are on task 1 of 2: two small ints");

        // Right for small ints, so task 1 passes; not symmetric, so task 2's property fails.
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return a > 100 ? a : a + b;"));
        CliRun run = kata(root, "test", "adder");

        assertThat(run.out()).contains("adder: 2 passed, 1 failed").contains("You are on task 2 of 2: in either order");
    }

    @Test
    @DisplayName("during an interview, test ends with the clock and records when each task first passed")
    void interviewClock() {
        Instant start = Instant.parse("2026-12-05T23:50:00Z");
        kataAt(root, Clock.fixed(start, ZoneOffset.UTC), "interview", "--kata", "adder", "--minutes", "30");
        // Right for small ints, so task 1 passes; not symmetric, so task 2's property fails.
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return a > 100 ? a : a + b;"));

        CliRun run = kataAt(root, Clock.fixed(start.plusSeconds(252), ZoneOffset.UTC), "test", "adder");

        assertThat(run.out())
                .endsWith("Interview: 4:12 of 30:00, 25:48 left; adder: task 1 at 4:12 (1 of 2 passed)\n");
        assertThat(kataAt(root, Clock.fixed(start.plusSeconds(300), ZoneOffset.UTC), "progress").out())
                .contains("adder, 2026-12-05 23:50, 30 min: task 1 4:12, task 2 not passed");
    }

    @Test
    @DisplayName("test --task runs only that task's test classes, and names the next task when they pass")
    void runsOneTask() {
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return a > 100 ? a : a + b;"));

        CliRun first = kata(root, "test", "adder", "--task", "1");

        assertThat(first.exit()).isZero();
        assertThat(first.out())
                .contains("Testing adder, task 1 of 2 ...")
                .doesNotContain("AdderPropertiesTest")
                .contains("adder: 2 passed, 0 failed")
                .contains("Task 1 of 2 passes; next: ./kata test adder --task 2");
        assertThat(kata(root, "list").out()).as("one task's run is not the kata's status").contains("not started");

        CliRun second = kata(root, "test", "adder", "--task", "2");

        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.out()).contains("FAILED  AdderPropertiesTest › isCommutative")
                .doesNotContain("AdderTest ›").contains("adder: 0 passed, 1 failed");
    }

    @Test
    @DisplayName("test shows the compiler's message when the candidate's code does not compile, and exits 1")
    void compileError() {
        fixture.candidate("package demo; public final class Adder { oops }");

        CliRun run = kata(root, "test", "adder");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("Your code does not compile:").contains("fixture/src/main/java/demo/Adder.java:1: error");
        assertThat(kata(root, "list").out()).contains("does not compile");
    }

    @Test
    @DisplayName("test --output shows what a failing test printed")
    void showsOutput() {
        fixture.candidate(FixtureRepository.STUB.replace("throw new", "System.out.println(\"adding \" + a); throw new"));

        assertThat(kata(root, "test", "adder", "--output").out()).contains("| adding 2");
        assertThat(kata(root, "test", "adder").out()).doesNotContain("adding 2");
    }

    @Test
    @DisplayName("run starts the kata's job with the reference by default, and the kata's JVM options")
    void runsReference() throws Exception {
        Path log = root.resolve("run.log");

        int exit = launcher(log).run(adder(), "demo.AdderMain", false, List.of());

        assertThat(exit).isZero();
        assertThat(Files.readString(log)).contains("2 + 3 = 5, hello");
    }

    @Test
    @DisplayName("run --mine starts the job with the candidate's code")
    void runsCandidate() throws Exception {
        Path log = root.resolve("run.log");

        int exit = launcher(log).run(adder(), "demo.AdderMain", true, List.of());

        assertThat(exit).isNotZero();
        assertThat(Files.readString(log)).contains("Adding is yours to write");
    }

    @Test
    @DisplayName("run --mine refuses code that does not compile, with the compiler's message")
    void runRefusesBrokenCode() {
        fixture.candidate("package demo; public final class Adder { oops }");

        Assertions.assertThatThrownBy(() -> launcher(root.resolve("run.log")).run(adder(), "demo.AdderMain", true, List.of()))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("Adder.java:1: error");
    }

    private dev.mlkatas.catalogue.Kata adder() {
        return Catalogue.load(root).get("adder");
    }

    private KataLauncher launcher(Path log) {
        return new KataLauncher(new Workspace(root), ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
}
