package dev.mlkatas.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.FixtureBuild;
import dev.mlkatas.FixtureRepository;
import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a small built kata: what it reports for good, wrong, broken and hostile code. */
class SuiteRunnerIT {

    @TempDir
    Path root;

    private FixtureRepository fixture;

    @BeforeEach
    void build() {
        fixture = FixtureRepository.create(root);
        FixtureBuild.build(fixture);
    }

    private SuiteReport run(Submission submission) {
        Kata adder = Catalogue.load(root).get("adder");
        return new SuiteRunner(new Workspace(root)).run(adder, submission);
    }

    @Test
    @DisplayName("the reference passes every test, and the property test reports its seed")
    void referencePasses() {
        SuiteReport report = run(Submission.REFERENCE);

        assertThat(report.status()).isEqualTo(SuiteReport.Status.COMPLETED);
        assertThat(report.passed()).isEqualTo(3);
        assertThat(report.allPassed()).isTrue();
        assertThat(report.tests())
                .filteredOn(t -> t.className().equals("demo.AdderPropertiesTest"))
                .singleElement()
                .satisfies(t -> assertThat(t.seed()).matches("-?\\d+"));
    }

    @Test
    @DisplayName("the untouched stub fails every test, each with the stub's message and place")
    void stubFails() {
        SuiteReport report = run(Submission.CANDIDATE);

        assertThat(report.status()).isEqualTo(SuiteReport.Status.COMPLETED);
        assertThat(report.failed()).isEqualTo(3);
        assertThat(report.allPassed()).isFalse();
        assertThat(report.failures()).extracting(TestResult::name)
                .contains("adds two and three", "adds a negative number");
        assertThat(report.failures().get(0).message())
                .isEqualTo("java.lang.UnsupportedOperationException: Adding is yours to write");
        assertThat(report.failures().get(0).location()).isEqualTo("demo.Adder.add(Adder.java:5)");
    }

    @Test
    @DisplayName("the candidate's code is what runs: a correct edit passes")
    void candidateCodeRuns() {
        fixture.candidate(FixtureRepository.REFERENCE);

        assertThat(run(Submission.CANDIDATE).allPassed()).isTrue();
    }

    @Test
    @DisplayName("a partly wrong candidate passes some tests and fails others")
    void partialCredit() {
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return Math.abs(a) + Math.abs(b);"));

        SuiteReport report = run(Submission.CANDIDATE);

        assertThat(report.passed()).isEqualTo(2);
        assertThat(report.failures()).singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("adds a negative number"))
                .satisfies(t -> assertThat(t.message()).contains("expected: <-1> but was: <5>"));
    }

    @Test
    @DisplayName("code that does not compile is reported with the compiler's message, and no test runs")
    void compileError() {
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return a + b"));

        SuiteReport report = run(Submission.CANDIDATE);

        assertThat(report.status()).isEqualTo(SuiteReport.Status.COMPILE_ERROR);
        assertThat(report.problem()).contains("fixture/src/main/java/demo/Adder.java:5: error: ';' expected");
        assertThat(report.allPassed()).isFalse();
    }

    @Test
    @DisplayName("a candidate that ends the JVM early gets an error, never a pass")
    void systemExit() {
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "Loopholes.exit(); return 0;"));

        SuiteReport report = run(Submission.CANDIDATE);

        assertThat(report.status()).isEqualTo(SuiteReport.Status.ERROR);
        assertThat(report.problem()).contains("without handing back complete");
        assertThat(report.allPassed()).isFalse();
    }

    @Test
    @DisplayName("a candidate that never returns is stopped at the kata's time limit")
    void timeLimit() {
        fixture.write("fixture/katas/adder/kata.yaml",
                FixtureRepository.ENTRY.replace("timeLimitSeconds: 60", "timeLimitSeconds: 3"));
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "while (true) { a++; }"));

        SuiteReport report = run(Submission.CANDIDATE);

        assertThat(report.status()).isEqualTo(SuiteReport.Status.ERROR);
        assertThat(report.problem()).isEqualTo("the tests did not finish within the time limit of 3 s");
        assertThat(report.elapsed()).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    @DisplayName("printing fake test results changes nothing: results never come from the output")
    void fakeOutputIsIgnored() {
        fixture.candidate(FixtureRepository.STUB.replace("throw new",
                "System.out.println(\"Tests run: 3, Failures: 0\"); System.err.println(\"{\\\"complete\\\":true}\");"
                        + " throw new"));

        SuiteReport report = run(Submission.CANDIDATE);

        assertThat(report.failed()).isEqualTo(3);
        assertThat(report.failures().get(0).output()).contains("Tests run: 3, Failures: 0");
    }

    @Test
    @DisplayName("a class that cannot be initialised fails every test that needs it")
    void brokenStaticInitialiser() {
        fixture.candidate(FixtureRepository.REFERENCE.replace("public final class Adder {",
                "public final class Adder {\n  static { if (true) throw new IllegalStateException(\"broken on load\"); }"));

        SuiteReport report = run(Submission.CANDIDATE);

        assertThat(report.status()).isEqualTo(SuiteReport.Status.COMPLETED);
        assertThat(report.passed()).isZero();
        assertThat(report.failed()).isEqualTo(3);
    }

    @Test
    @DisplayName("a grade seed fixes every property's seed: the same seed twice gives the same values, a new one new values")
    void gradeSeedsRepeat() {
        fixture.candidate(FixtureRepository.REFERENCE);
        Kata adder = Catalogue.load(root).get("adder");
        SuiteRunner runner = new SuiteRunner(new Workspace(root));

        String first = propertySeed(runner.run(adder, Submission.CANDIDATE, RunSettings.grade(42)));
        String again = propertySeed(runner.run(adder, Submission.CANDIDATE, RunSettings.grade(42)));
        String other = propertySeed(runner.run(adder, Submission.CANDIDATE, RunSettings.grade(43)));

        assertThat(first).isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    @DisplayName("results forged by the candidate's code are rejected: they lack the runner's signature")
    void forgedResultsAreRejected() {
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;",
                "Loopholes.forgeResults(); return 0;"));

        SuiteReport report = run(Submission.CANDIDATE);

        assertThat(report.status()).isEqualTo(SuiteReport.Status.ERROR);
        assertThat(report.problem()).contains("untampered");
    }

    @Test
    @DisplayName("the candidate's code finds standard input empty instead of waiting on it")
    void standardInputIsEmpty() {
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;",
                "if (Loopholes.readStandardInput() != -1) { return 0; }\n"
                        + "        return a + b;"));

        assertThat(run(Submission.CANDIDATE).allPassed()).isTrue();
    }

    @Test
    @DisplayName("hidden tests in the kata's packages run with the visible ones and are marked hidden")
    void hiddenTestsRun() {
        Path hidden = root.resolve("mentor-tests");
        fixture.write("mentor-tests/fixture/src/test/java/demo/AdderHiddenTest.java", """
                package demo;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import org.junit.jupiter.api.Test;

                class AdderHiddenTest {
                    @Test
                    void addsZero() {
                        assertEquals(7, Adder.add(7, 0));
                    }
                }
                """);
        fixture.candidate(FixtureRepository.REFERENCE);
        Kata adder = Catalogue.load(root).get("adder");

        SuiteReport report = new SuiteRunner(new Workspace(root))
                .run(adder, Submission.CANDIDATE, RunSettings.grade(1).withHiddenTests(hidden));

        assertThat(report.passed()).isEqualTo(4);
        assertThat(report.hiddenClasses()).containsExactly("demo.AdderHiddenTest");
        assertThat(report.tests()).filteredOn(report::isHidden).extracting(TestResult::name).containsExactly("addsZero()");
    }

    @Test
    @DisplayName("a submission in another folder is graded with this repository's tests, whatever it did to its own")
    void gradesAnotherFolderWithPristineTests() {
        Path submission = root.resolve("submission");
        fixture.write("submission/fixture/src/main/java/demo/Adder.java", FixtureRepository.REFERENCE);
        fixture.write("submission/fixture/src/test/java/demo/AdderTest.java", "class AdderTest {}");
        Kata adder = Catalogue.load(root).get("adder");

        SuiteReport report = new SuiteRunner(new Workspace(root))
                .run(adder, Submission.CANDIDATE, RunSettings.grade(1).withCandidateRoot(submission));

        assertThat(report.passed()).isEqualTo(3);
    }

    private static String propertySeed(SuiteReport report) {
        return report.tests().stream().filter(t -> !t.seed().isEmpty()).findFirst().orElseThrow().seed();
    }
}
