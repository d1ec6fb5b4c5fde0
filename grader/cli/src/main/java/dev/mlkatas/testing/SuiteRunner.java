package dev.mlkatas.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.runner.Results;
import dev.mlkatas.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs one kata's suite: compiles the candidate's files (or takes the compiled reference) with the kata's
 * test classes, then runs them in a forked JVM under the kata's time limit.
 *
 * <p>Example: {@code new SuiteRunner(new Workspace(root)).run(kata, Submission.CANDIDATE)}
 *
 * <p>Only the kata's own files are compiled; the rest of its module comes from the module's build, behind
 * them on the class path. That keeps a run to seconds and lets one kata be tested while another kata of the
 * same module is half written.
 */
public final class SuiteRunner {

    private static final String RUNNER_MAIN = "dev.mlkatas.runner.RunnerMain";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Workspace workspace;

    public SuiteRunner(Workspace workspace) {
        this.workspace = workspace;
    }

    public SuiteReport run(Kata kata, Submission submission) {
        long start = System.nanoTime();
        Path scratch = createScratch(kata);
        try {
            return runIn(scratch, kata, submission, start);
        } finally {
            deleteTree(scratch);
        }
    }

    private SuiteReport runIn(Path scratch, Kata kata, Submission submission, long start) {
        Path classes = scratch.resolve("classes");
        List<Path> code = codeUnderTest(kata, submission);
        List<Path> sources = new ArrayList<>();
        if (submission == Submission.CANDIDATE) {
            kata.files().forEach(file -> sources.add(workspace.candidateFile(kata, file)));
        }
        kata.tests().forEach(test -> sources.add(workspace.testSources(kata).resolve(test.sourcePath())));

        SourceCompiler.Result compiled = SourceCompiler.compile(
                sources, code, workspace.testSources(kata), createDirectories(classes), workspace.root());
        if (!compiled.success()) {
            return SuiteReport.notRun(kata, submission, SuiteReport.Status.COMPILE_ERROR, compiled.messages(), since(start));
        }

        List<Path> classpath = new ArrayList<>();
        classpath.add(classes);
        if (Files.isDirectory(workspace.testResources(kata))) {
            classpath.add(workspace.testResources(kata));
        }
        classpath.addAll(code);
        classpath.addAll(workspace.runnerClasspath());

        Path results = scratch.resolve("results.json");
        List<String> args = new ArrayList<>(List.of(
                "--results", results.toString(),
                "--config", "jqwik.database=" + workspace.jqwikDatabase(kata),
                // jqwik then reports each property's seed to the runner instead of printing it.
                "--config", "jqwik.reporting.usejunitplatform=true"));
        for (TestClass test : kata.tests()) {
            args.add("--class");
            args.add(test.className());
        }
        Duration limit = Duration.ofSeconds(kata.timeLimitSeconds());
        ForkedJvm.Exit exit = ForkedJvm.run(classpath, jvmOptions(kata), RUNNER_MAIN, args,
                workspace.moduleDir(kata), scratch, limit);
        if (exit.timedOut()) {
            return SuiteReport.notRun(kata, submission, SuiteReport.Status.ERROR,
                    "the tests did not finish within the time limit of " + limit.toSeconds() + " s", since(start));
        }
        return readResults(results, exit)
                .map(r -> new SuiteReport(kata, submission, SuiteReport.Status.COMPLETED, r.tests(), "", since(start)))
                .orElseGet(() -> SuiteReport.notRun(kata, submission, SuiteReport.Status.ERROR,
                        "the test JVM ended (exit code " + exit.exitCode() + ") without handing back complete results"
                                + tail(exit), since(start)));
    }

    /** The compiled code the tests run against, in class path order: what comes first wins. */
    private List<Path> codeUnderTest(Kata kata, Submission submission) {
        List<Path> code = new ArrayList<>();
        if (submission == Submission.REFERENCE) {
            code.add(workspace.referenceClasses(kata));
            code.addAll(workspace.referenceClasspath(kata));
        } else {
            code.add(workspace.moduleClasses(kata));
            code.addAll(workspace.moduleClasspath(kata));
        }
        return code;
    }

    private static List<String> jvmOptions(Kata kata) {
        List<String> options = new ArrayList<>(List.of("-Xmx2g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        options.addAll(kata.jvmOptions());
        return options;
    }

    private static Optional<Results> readResults(Path file, ForkedJvm.Exit exit) {
        if (exit.exitCode() != 0 || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Results results = JSON.readValue(file.toFile(), Results.class);
            return results.complete() && results.format() == Results.FORMAT
                    ? Optional.of(results)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String tail(ForkedJvm.Exit exit) {
        String tail = exit.stderrTail(20);
        return tail.isBlank() ? "" : "; its last words:\n" + tail;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Path createScratch(Kata kata) {
        try {
            return Files.createTempDirectory("kata-" + kata.id() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is not worth failing a test run for.
        }
    }
}
