package dev.mlkatas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.RunSettings;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.testing.SuiteReport;
import dev.mlkatas.testing.SuiteRunner;
import dev.mlkatas.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each kata's suite against the plausible wrong solutions in {@code src/test/resources/wrong-solutions}:
 * one realistic mistake each (its {@code README.txt} says which), written apart from the reference. A suite
 * that lets one through, or names only one failing test between it and full marks, or makes the candidate wait
 * a minute to learn of it, fails here (see that folder's README). The classes mutation testing leaves out
 * (whole jobs on LocalJobRunner, a mini cluster) are left out here too: a mistake must show without them.
 *
 * <p>The cases run two at a time, each grade in test JVMs of its own, so that this class, the longest of
 * the integration tests, ends about when the other fork's classes do.
 */
@DisabledIfSystemProperty(named = "kata.wrongSolutions", matches = "false",
        disabledReason = "-Dkata.wrongSolutions=false leaves out these minutes of whole suites")
class WrongSolutionsIT {

    private static final Path ROOT = Path.of(System.getProperty("kata.root", "../..")).toAbsolutePath().normalize();
    private static final Path CORPUS = Path.of("src/test/resources/wrong-solutions").toAbsolutePath();
    /** A wrong answer must fail by name within this time; the whole suite then stops. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final int MIN_FAILING_TESTS = 2;
    /** {@code -Dkata.wrongSolutions.kata=<id>[,<id>...]} keeps the cases of those katas; without it, all run. */
    private static final List<String> ONLY_KATAS = Stream.of(System.getProperty("kata.wrongSolutions.kata", "")
            .split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();

    private static final ExecutorService GRADES = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stopGrading() {
        GRADES.shutdownNow();
    }

    @TestFactory
    @DisplayName("every plausible wrong solution fails at least two tests by name, within a minute")
    Stream<DynamicTest> wrongSolutionsFail(@TempDir Path scratch) throws IOException {
        Catalogue catalogue = Catalogue.load(ROOT);
        SuiteRunner runner = new SuiteRunner(new Workspace(ROOT));
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> katas = Files.list(CORPUS)) {
            for (Path kataFolder : katas.filter(Files::isDirectory)
                    .filter(k -> ONLY_KATAS.isEmpty() || ONLY_KATAS.contains(k.getFileName().toString()))
                    .sorted().toList()) {
                Kata kata = catalogue.get(kataFolder.getFileName().toString());
                try (Stream<Path> cases = Files.list(kataFolder)) {
                    for (Path folder : cases.filter(Files::isDirectory).sorted().toList()) {
                        String name = kata.id() + "/" + folder.getFileName();
                        Future<?> verdict = GRADES.submit(() -> {
                            fails(runner, kata, folder, scratch.resolve(name));
                            return null;
                        });
                        tests.add(dynamicTest(name, () -> verdictOf(verdict)));
                    }
                }
            }
        }
        return tests.stream();
    }

    /** Waits for a case's grade and rethrows what it found, its assertion error included. */
    private static void verdictOf(Future<?> verdict) throws Throwable {
        try {
            verdict.get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private static void fails(SuiteRunner runner, Kata kata, Path folder, Path scratch) throws IOException {
        String mistake = Files.readString(folder.resolve("README.txt")).strip();
        // The case holds the file with the mistake; the kata's other candidate files are the reference's.
        Path submission = Files.createDirectories(scratch.resolve("submission"));
        int wrongFiles = 0;
        for (String file : kata.files()) {
            Path wrong = folder.resolve(file);
            Path source = Files.isRegularFile(wrong) ? wrong
                    : ROOT.resolve("solutions").resolve(kata.module()).resolve(file);
            wrongFiles += source == wrong ? 1 : 0;
            Path target = submission.resolve(kata.module()).resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
        assertThat(wrongFiles).as("%s: files of the kata's `files:` the case holds", folder.getFileName()).isPositive();

        SuiteReport report = runner.run(kata.withoutTestsExcludedFromMutation(), Submission.CANDIDATE,
                RunSettings.grade(1).withCandidateRoot(submission).withTimeLimit(LIMIT));

        // The tests each case fails, for the record of how many stand between the mistake and full marks.
        System.out.printf("%s/%s fails %d tests: %s%n", kata.id(), folder.getFileName(), report.failures().size(),
                report.failures().stream().map(TestResult::name).toList());
        assertThat(report.status()).as("%s (%s): the suite must run to the end within %s s: %s",
                folder.getFileName(), mistake, LIMIT.toSeconds(), report.problem())
                .isEqualTo(SuiteReport.Status.COMPLETED);
        assertThat(report.failures()).as("%s (%s): failing tests", folder.getFileName(), mistake)
                .extracting(TestResult::name)
                .hasSizeGreaterThanOrEqualTo(MIN_FAILING_TESTS);
    }
}
