package dev.mlkatas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Mutation;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.RunSettings;
import dev.mlkatas.testing.SuiteReport;
import dev.mlkatas.testing.SuiteRunner;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The promise every kata makes, checked on the real repository with the same engine as {@code kata test}:
 * its suite passes when the reference is the candidate's file, and every one of its tests fails against the
 * untouched stub, so the suite tells the two apart and the stub earns nothing. (solutions/ runs the suite against the
 * compiled references with Maven Surefire too.)
 */
class CatalogueIT {

    private static final Path ROOT = Path.of(System.getProperty("kata.root", "../..")).toAbsolutePath().normalize();
    private static final Catalogue CATALOGUE = Catalogue.load(ROOT);
    private static final SuiteRunner RUNNER = new SuiteRunner(new Workspace(ROOT));

    @TestFactory
    @DisplayName("every reference, taken as the candidate's file, passes its kata's suite through `kata test`'s engine")
    Stream<DynamicTest> referencesAsCandidatesPass() {
        // solutions/ is laid out like the repository, so it serves as a submission. The classes that mutation
        // testing leaves out (whole jobs on LocalJobRunner, a mini cluster) ran against the references in
        // solutions/ already; the rest checks what only this engine does: the reference compiled alone
        // against its module, in a test JVM with the kata's own options and class path.
        RunSettings settings = RunSettings.practice().withCandidateRoot(ROOT.resolve("solutions"));
        return CATALOGUE.katas().stream().map(kata -> dynamicTest(kata.id(), () -> {
            SuiteReport report = RUNNER.run(kata.withoutTestsExcludedFromMutation(), Submission.CANDIDATE, settings);

            assertThat(report.status()).as("%s: %s", kata.id(), report.problem())
                    .isEqualTo(SuiteReport.Status.COMPLETED);
            assertThat(report.failures()).as("%s: tests that fail against the reference", kata.id())
                    .extracting(test -> test.className() + " > " + test.name() + ": " + test.message())
                    .isEmpty();
            assertThat(report.allPassed()).isTrue();
        }));
    }

    @TestFactory
    @DisplayName("every untouched stub fails every test of its kata: it earns no points")
    Stream<DynamicTest> stubsFail() {
        return CATALOGUE.katas().stream().map(kata -> dynamicTest(kata.id(), () -> {
            SuiteReport report = RUNNER.run(kata, Submission.CANDIDATE);

            assertThat(report.status()).as("%s: the stub's suite must run: %s", kata.id(), report.problem())
                    .isEqualTo(SuiteReport.Status.COMPLETED);
            Set<String> failing = report.failures().stream().map(TestResult::className).collect(Collectors.toSet());
            List<String> passingOnStub = kata.tests().stream()
                    .map(TestClass::className)
                    .filter(name -> !failing.contains(name))
                    .toList();
            assertThat(passingOnStub)
                    .as("%s: test classes that pass against the untouched stub cannot tell it from a solution", kata.id())
                    .isEmpty();
            // A test of provided code alone passes on the stub and hands it points: such a test belongs in
            // <module>/src/provided-test/java, which grades nobody.
            List<String> testsPassingOnStub = report.tests().stream()
                    .filter(test -> test.status().equals("passed"))
                    .map(test -> test.className() + " > " + test.name())
                    .toList();
            assertThat(testsPassingOnStub)
                    .as("%s: tests that pass against the untouched stub earn it points", kata.id())
                    .isEmpty();
        }));
    }

    @Test
    @DisplayName("one kata module builds on another's: ranking's online experiment on the experiments kata's statistics")
    void modulesBuildOnlyOnWhatTheyName() {
        Workspace workspace = new Workspace(ROOT);
        List<String> pairs = CATALOGUE.katas().stream().flatMap(kata -> workspace.buildsOn(kata, CATALOGUE.katas())
                .stream().map(other -> kata.id() + " on " + other.id())).toList();

        assertThat(pairs).containsExactly("ranking on experiments");
    }

    @Test
    @DisplayName("the catalogue lists every test class of every kata module, so none goes ungraded")
    void everyTestClassIsListed() throws IOException {
        for (String module : CATALOGUE.katas().stream().map(Kata::module).collect(Collectors.toCollection(TreeSet::new))) {
            Set<String> listed = CATALOGUE.katas().stream()
                    .filter(kata -> kata.module().equals(module))
                    .flatMap(kata -> kata.tests().stream())
                    .map(TestClass::className)
                    .collect(Collectors.toSet());
            assertThat(testClassesIn(ROOT.resolve(module).resolve("src/test/java")))
                    .as("test classes of module %s (named like the ones Maven Surefire runs)", module)
                    .allMatch(listed::contains, "listed in a kata.yaml of " + module);
        }
    }

    /** Classes named as Surefire finds them by default: Test*, *Test, *Tests, *TestCase. */
    private static Set<String> testClassesIn(Path sources) throws IOException {
        Function<Path, String> className = file -> sources.relativize(file).toString()
                .replace(".java", "").replace(java.io.File.separatorChar, '.');
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString()
                            .matches("(Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase)\\.java"))
                    .map(className)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    @DisplayName("the README's catalogue table has a row for every kata")
    void readmeListsEveryKata() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));

        assertThat(CATALOGUE.katas())
                .allSatisfy(kata -> assertThat(readme).as("README.md row for %s", kata.id())
                        .contains("| `" + kata.id() + "` |"));
    }

    @Test
    @DisplayName("every recorded mutation score reaches the bar, and the README's table shows it")
    void recordedMutationScores() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));

        for (Kata kata : CATALOGUE.katas()) {
            kata.mutation().recorded().ifPresent(recorded -> {
                assertThat(recorded.score()).as("%s: recorded mutation score", kata.id())
                        .isGreaterThanOrEqualTo(Mutation.MIN_SCORE);
                String row = readme.lines().filter(line -> line.startsWith("| `" + kata.id() + "` |")).findFirst()
                        .orElse("");
                assertThat(row).as("README.md row for %s", kata.id()).endsWith("| " + recorded.score() + " % |");
            });
        }
    }
}
