package dev.mlkatas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example assignment, end to end: a starter without answers, graded 0 % untouched and 100 % solved. */
class AssignCommandIT {

    private static final Path ROOT = Path.of(System.getProperty("kata.root", "../..")).toAbsolutePath().normalize();
    private static final Path ASSIGNMENT = ROOT.resolve("assignments/coding-round/assignment.yaml");

    @TempDir
    static Path scratch;

    private static Path starter;
    private static List<Kata> assigned;

    @BeforeAll
    static void assign() {
        starter = scratch.resolve("starter");
        CliRun run = CliRun.kata(ROOT, "assign", "--assignment", ASSIGNMENT.toString(), "--out", starter.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assigned = List.of(Catalogue.load(ROOT).get("two-sum"));
    }

    @Test
    @DisplayName("the starter has the build, the kata command, statements, stubs, visible tests, a README and a workflow")
    void hasWhatACandidateNeeds() {
        assertThat(starter.resolve("mvnw")).isExecutable();
        assertThat(starter.resolve("kata")).isExecutable();
        assertThat(starter.resolve("pom.xml")).content().contains("<module>algorithms</module>")
                .doesNotContain("<module>solutions</module>");
        assertThat(starter.resolve("grader/cli/pom.xml")).content().doesNotContain("-reference");
        assertThat(starter.resolve("grader/pom.xml")).content().contains("<module>cli</module>")
                .doesNotContain("<module>mutation</module>");
        assertThat(starter.resolve("README.md")).content().contains("Coding round, week 1").contains("two-sum");
        assertThat(starter.resolve(".github/workflows/grade.yml")).content()
                .contains("./kata grade --assignment assignment.yaml").contains("GITHUB_STEP_SUMMARY");
        for (Kata kata : assigned) {
            assertThat(starter.resolve(kata.module()).resolve("katas").resolve(kata.id()).resolve("statement.md")).exists();
            kata.files().forEach(file -> assertThat(starter.resolve(kata.module()).resolve(file)).exists());
            kata.tests().forEach(test -> assertThat(
                    starter.resolve(kata.module()).resolve("src/test/java").resolve(test.sourcePath())).exists());
        }
    }

    @Test
    @DisplayName("the starter holds no reference solution and no hidden test, by path or by content")
    void holdsNoAnswers() throws IOException {
        List<byte[]> references = new ArrayList<>();
        for (Kata kata : Catalogue.load(ROOT).katas()) {
            for (String file : kata.files()) {
                references.add(Files.readAllBytes(ROOT.resolve("solutions").resolve(kata.module()).resolve(file)));
            }
        }
        Path hidden = ROOT.resolve("assignments/coding-round/hidden");
        List<String> hiddenNames = new ArrayList<>();
        try (Stream<Path> files = Files.walk(hidden)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> hiddenNames.add(f.getFileName().toString().replace(".java", "")));
        }
        assertThat(hiddenNames).isNotEmpty();

        try (Stream<Path> files = Files.walk(starter)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = starter.relativize(file).toString();
                assertThat(relative).doesNotStartWith("solutions").doesNotContain("hidden");
                byte[] content = Files.readAllBytes(file);
                assertThat(references).noneMatch(reference -> Arrays.equals(reference, content));
                String text = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(hiddenNames).as("hidden test names in %s", relative).noneMatch(text::contains);
            }
        }
        assertThat(starter.resolve("assignment.yaml")).content().doesNotContain("hidden");
        // The notes about the reference: its mutants and its benchmarks.
        for (Kata kata : assigned) {
            Path entry = starter.resolve(kata.module()).resolve("katas").resolve(kata.id());
            assertThat(entry.resolve("kata.yaml")).content().contains("id: " + kata.id()).doesNotContain("mutation:");
            assertThat(entry.resolve("benchmarks.md")).doesNotExist();
        }
    }

    @Test
    @DisplayName("the untouched starter grades 0 %, with every assigned kata reported")
    void untouchedStarterScoresNothing() {
        CliRun run = CliRun.kata(ROOT, "grade", "--assignment", ASSIGNMENT.toString(), "--workspace", starter.toString(),
                "--min-score", "1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("Total: 0 of 100 points (0 %)");
        assigned.forEach(kata -> assertThat(run.out()).contains(kata.id() + ": 0 of 100 points"));
    }

    @Test
    @DisplayName("the references pasted into the starter grade 100 %, hidden tests included")
    void solvedStarterScoresEverything() throws IOException {
        Path solved = scratch.resolve("solved");
        for (Kata kata : assigned) {
            for (String file : kata.files()) {
                Path target = solved.resolve(kata.module()).resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(ROOT.resolve("solutions").resolve(kata.module()).resolve(file), target,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            for (var test : kata.tests()) {
                Path target = solved.resolve(kata.module()).resolve("src/test/java").resolve(test.sourcePath());
                Files.createDirectories(target.getParent());
                Files.copy(starter.resolve(kata.module()).resolve("src/test/java").resolve(test.sourcePath()), target,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }

        CliRun run = CliRun.kata(ROOT, "grade", "--assignment", ASSIGNMENT.toString(), "--workspace", solved.toString(),
                "--min-score", "100");

        assertThat(run.out()).contains("Total: 100 of 100 points (100 %)");
        assertThat(run.exit()).isZero();
    }

    @Test
    @DisplayName("a kata of a module nested in an aggregator comes with the aggregator's pom, listing that module alone")
    void nestedModuleBuildsThroughItsAggregator() throws IOException {
        Kata nested = Catalogue.load(ROOT).get("sparse-dense");
        String aggregator = nested.module().substring(0, nested.module().indexOf('/'));
        String child = nested.module().substring(aggregator.length() + 1);
        Path assignment = Files.writeString(scratch.resolve("nested.yaml"),
                "title: Nested\nkatas:\n  - id: " + nested.id() + "\n    points: 100\n    timeLimitSeconds: 300\n");
        Path out = scratch.resolve("nested-starter");

        CliRun run = CliRun.kata(ROOT, "assign", "--assignment", assignment.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve("pom.xml")).content().contains("<module>" + aggregator + "</module>")
                .doesNotContain("<module>" + nested.module() + "</module>");
        String aggregatorPom = Files.readString(out.resolve(aggregator).resolve("pom.xml"));
        String listed = aggregatorPom.substring(aggregatorPom.indexOf("<modules>"), aggregatorPom.indexOf("</modules>"));
        assertThat(listed.split("<module>", -1)).as(listed).hasSize(2);
        assertThat(listed).contains("<module>" + child + "</module>");
        assertThat(out.resolve(nested.module()).resolve("pom.xml")).exists();
        nested.files().forEach(file -> assertThat(out.resolve(nested.module()).resolve(file)).exists());
        assertThat(out.resolve(aggregator).resolve("src")).doesNotExist();
    }

    @Test
    @DisplayName("a kata module that builds on another (ranking on experiments) comes with it: stubs and code, no kata")
    void moduleComesWithTheModulesItBuildsOn() throws IOException {
        Path assignment = Files.writeString(scratch.resolve("ranking.yaml"),
                "title: Design\nkatas:\n  - id: ranking\n    points: 100\n    timeLimitSeconds: 300\n");
        Path out = scratch.resolve("ranking-starter");

        CliRun run = CliRun.kata(ROOT, "assign", "--assignment", assignment.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve("ml-design/pom.xml")).content().contains("<module>ranking</module>")
                .contains("<module>experiments</module>").doesNotContain("<module>dispatch</module>");
        Kata experiments = Catalogue.load(ROOT).get("experiments");
        assertThat(out.resolve("ml-design/experiments/pom.xml")).exists();
        for (String file : experiments.files()) {
            assertThat(out.resolve("ml-design/experiments").resolve(file)).content()
                    .isEqualTo(Files.readString(ROOT.resolve("ml-design/experiments").resolve(file)));
        }
        assertThat(out.resolve("ml-design/experiments/katas")).doesNotExist();
        assertThat(out.resolve("ml-design/experiments/src/test")).doesNotExist();
    }

    @Test
    @DisplayName("refuses to write into a folder that is not empty")
    void refusesNonEmptyOut() throws IOException {
        Path busy = Files.createDirectories(scratch.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");

        CliRun run = CliRun.kata(ROOT, "assign", "--assignment", ASSIGNMENT.toString(), "--out", busy.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(busy.resolve("notes.txt")).content().isEqualTo("mine");
    }
}
