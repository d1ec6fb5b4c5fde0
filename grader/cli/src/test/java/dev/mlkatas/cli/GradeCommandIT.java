package dev.mlkatas.cli;

import static dev.mlkatas.cli.CliRun.kata;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.FixtureBuild;
import dev.mlkatas.FixtureRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** `kata grade` on a small built kata: scores, formats, exit codes, seeds, changed and hidden tests. */
class GradeCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private FixtureRepository fixture;

    @BeforeEach
    void build() {
        fixture = FixtureRepository.create(root);
        FixtureBuild.build(fixture);
    }

    @Test
    @DisplayName("a solved kata scores every point and exits 0 at --min-score 100")
    void fullMarks() {
        fixture.candidate(FixtureRepository.REFERENCE);

        CliRun run = kata(root, "grade", "--min-score", "100", "--seed", "5");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("adder: 100 of 100 points (3 of 3 tests pass)")
                .contains("Total: 100 of 100 points (100 %)")
                .contains("seed 5");
    }

    @Test
    @DisplayName("partial credit follows the catalogue's points, and a total below --min-score exits 1")
    void partialCredit() {
        // Fails "adds a negative number" (1 point) and passes the rest (1 + 2 points).
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return Math.abs(a) + Math.abs(b);"));

        CliRun run = kata(root, "grade", "--min-score", "80");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("adder: 75 of 100 points (2 of 3 tests pass)")
                .contains("FAILED AdderTest › adds a negative number");
    }

    @Test
    @DisplayName("code that does not compile scores 0 and shows the compiler's message")
    void compileError() {
        fixture.candidate("package demo; public final class Adder { oops }");

        CliRun run = kata(root, "grade");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("adder: 0 of 100 points — does not compile")
                .contains("Adder.java:1: error");
    }

    @Test
    @DisplayName("writes every format to --out: Exercism JSON, Gradescope JSON, JUnit XML, Markdown, text")
    void writesEveryFormat() throws Exception {
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return Math.abs(a) + Math.abs(b);"));
        Path out = root.resolve("reports");

        CliRun run = kata(root, "grade", "--format", "text,json,gradescope,junit,markdown", "--out", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        JsonNode exercism = JSON.readTree(out.resolve("results.json").toFile());
        assertThat(exercism.get("version").asInt()).isEqualTo(3);
        assertThat(exercism.get("status").asText()).isEqualTo("fail");
        assertThat(exercism.get("tests")).hasSize(3)
                .allSatisfy(test -> assertThat(test.get("task_id").asInt()).isEqualTo(1));
        JsonNode gradescope = JSON.readTree(out.resolve("gradescope.json").toFile());
        assertThat(gradescope.get("score").asDouble()).isEqualTo(75.0);
        assertThat(gradescope.get("max_score").asDouble()).isEqualTo(100.0);
        assertThat(gradescope.get("tests")).hasSize(3);
        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("junit.xml").toFile());
        assertThat(junit.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
        assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("summary.md"))).contains("| `adder` | 75 / 100 | 2 / 3 |");
        assertThat(Files.readString(out.resolve("grade.txt"))).contains("Total: 75 of 100 points");
    }

    @Test
    @DisplayName("refuses to overwrite an earlier report, before grading anything")
    void neverOverwrites() throws Exception {
        Path out = Files.createDirectories(root.resolve("reports"));
        Files.writeString(out.resolve("grade.txt"), "earlier");

        CliRun run = kata(root, "grade", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("grade.txt already exists");
        assertThat(Files.readString(out.resolve("grade.txt"))).isEqualTo("earlier");
    }

    @Test
    @DisplayName("a submission's edited or deleted tests change nothing, and the report names them")
    void changedTestsAreNamed() {
        Path submission = root.resolve("submission");
        fixture.write("submission/fixture/src/main/java/demo/Adder.java",
                FixtureRepository.STUB.replace("throw new UnsupportedOperationException(\"Adding is yours to write\");",
                        "return 0;"));
        fixture.write("submission/fixture/src/test/java/demo/AdderTest.java", "class AdderTest {}");

        CliRun run = kata(root, "grade", "--workspace", submission.toString());

        // "return 0" is commutative: the property test passes, the two example tests do not.
        assertThat(run.out()).contains("adder: 50 of 100 points (1 of 3 tests pass)")
                .contains("fixture/src/test/java/demo/AdderTest.java (edited)")
                .contains("fixture/src/test/java/demo/AdderPropertiesTest.java (deleted)");
    }

    @Test
    @DisplayName("the same --seed gives the same property seeds in the report")
    void seedRepeats() {
        fixture.candidate(FixtureRepository.REFERENCE);

        String first = kata(root, "grade", "--seed", "99", "--format", "json").out();
        String again = kata(root, "grade", "--seed", "99", "--format", "json").out();

        assertThat(first).contains("\"seed\" : 99").isEqualTo(again);
    }

    @Test
    @DisplayName("hidden tests count, show only pass or fail, and keep their names and messages to themselves")
    void hiddenTestsStayHidden() throws Exception {
        fixture.write("mentor/fixture/src/test/java/demo/AdderSecretTest.java", """
                package demo;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import org.junit.jupiter.api.Test;

                class AdderSecretTest {
                    @Test
                    void secretCaseWithLargeNumbers() {
                        assertEquals(2_000_000, Adder.add(1_000_000, 1_000_000), "the secret expectation");
                    }
                }
                """);
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return a > 100 ? 0 : a + b;"));

        CliRun run = kata(root, "grade", "--hidden", root.resolve("mentor").toString(), "--format", "text,json");

        assertThat(run.out()).contains("FAILED hidden test 1")
                .doesNotContain("secretCase")
                .doesNotContain("the secret expectation")
                .doesNotContain("AdderSecretTest");
    }

    @Test
    @DisplayName("an unknown format or kata is a usage error")
    void usageErrors() {
        assertThat(kata(root, "grade", "--format", "pdf").exit()).isEqualTo(2);
        assertThat(kata(root, "grade", "--katas", "nope").exit()).isEqualTo(2);
        assertThat(kata(root, "grade", "--workspace", root.resolve("missing").toString()).exit()).isEqualTo(2);
    }
}
