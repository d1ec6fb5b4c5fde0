package dev.mlkatas.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.runner.GradeSeeds;
import dev.mlkatas.runner.Results;
import dev.mlkatas.runner.ResultsSignature;
import dev.mlkatas.sandbox.Sandbox;
import dev.mlkatas.verification.CandidateCheck;
import dev.mlkatas.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs one kata's suite: compiles the candidate's files (or takes the compiled reference) with the kata's
 * test classes, then runs them in a forked JVM under a time limit.
 *
 * <p>Example: {@code new SuiteRunner(new Workspace(root)).run(kata, Submission.CANDIDATE)}
 *
 * <p>Only the kata's own files are compiled; the rest of its module comes from the module's build, behind
 * them on the class path. That keeps a run to seconds and lets one kata be tested while another kata of the
 * same module is half written. The tests always come from this workspace, whatever the candidate's folder
 * holds, so a submission cannot change the tests that grade it.
 */
public final class SuiteRunner {

    private static final String RUNNER_MAIN = "dev.mlkatas.runner.RunnerMain";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final SecureRandom KEYS = new SecureRandom();

    private final Workspace workspace;
    private final Sandbox sandbox;

    public SuiteRunner(Workspace workspace) {
        this(workspace, Sandbox.none("kata test runs your own code as you"));
    }

    /** A runner whose test JVMs run in {@code sandbox} (Layer 4). */
    public SuiteRunner(Workspace workspace, Sandbox sandbox) {
        this.workspace = workspace;
        this.sandbox = sandbox;
    }

    /** Runs the suite the way {@code kata test} does. */
    public SuiteReport run(Kata kata, Submission submission) {
        return run(kata, submission, RunSettings.practice());
    }

    public SuiteReport run(Kata kata, Submission submission, RunSettings settings) {
        long start = System.nanoTime();
        Path scratch = createScratch(kata);
        try {
            return runIn(scratch, kata, submission, settings, start);
        } finally {
            deleteTree(scratch);
        }
    }

    private SuiteReport runIn(Path scratch, Kata kata, Submission submission, RunSettings settings, long start) {
        Path classes = createDirectories(scratch.resolve("classes"));
        List<Path> code = codeUnderTest(kata, submission);
        List<Path> visible = new ArrayList<>();
        if (submission == Submission.CANDIDATE) {
            Path candidateModule = settings.candidateRoot().orElse(workspace.root()).resolve(kata.module());
            kata.files().forEach(file -> visible.add(candidateModule.resolve(file)));
        }
        kata.tests().forEach(test -> visible.add(workspace.testSources(kata).resolve(test.sourcePath())));
        Optional<Path> hiddenRoot = settings.hiddenTests().map(h -> h.resolve(kata.module()).resolve("src/test/java"));
        List<Path> hidden = hiddenRoot.map(root -> hiddenSources(root, kata)).orElse(List.of());
        Set<String> hiddenClasses = new TreeSet<>();
        hidden.forEach(file -> hiddenClasses.add(className(hiddenRoot.get(), file)));

        List<Path> sourcepath = new ArrayList<>(List.of(workspace.testSources(kata)));
        SourceCompiler.Result compiled = SourceCompiler.compile(visible, code, sourcepath, classes, workspace.root());
        if (!compiled.success()) {
            return SuiteReport.notRun(kata, submission, SuiteReport.Status.COMPILE_ERROR, compiled.messages(),
                    hiddenClasses, since(start));
        }
        // Layer 3: the candidate's compiled classes may use only what the kata's allowlist holds.
        Optional<String> refused = submission == Submission.CANDIDATE
                ? CandidateCheck.refusal(kata, workspace, classes, code) : Optional.empty();
        if (refused.isPresent()) {
            return SuiteReport.notRun(kata, submission, SuiteReport.Status.ERROR, refused.get(), hiddenClasses,
                    since(start));
        }
        if (!hidden.isEmpty()) {
            List<Path> hiddenClasspath = new ArrayList<>(List.of(classes));
            hiddenClasspath.addAll(code);
            sourcepath.add(hiddenRoot.get());
            // The compiler's messages would quote hidden tests, so they stay with the mentor.
            if (!SourceCompiler.compile(hidden, hiddenClasspath, sourcepath, classes, workspace.root()).success()) {
                return SuiteReport.notRun(kata, submission, SuiteReport.Status.COMPILE_ERROR,
                        "the hidden tests do not compile against this code: keep to the API the statement gives",
                        hiddenClasses, since(start));
            }
        }

        List<Path> classpath = new ArrayList<>();
        classpath.add(classes);
        if (Files.isDirectory(workspace.testResources(kata))) {
            classpath.add(workspace.testResources(kata));
        }
        classpath.addAll(code);
        classpath.addAll(workspace.runnerClasspath());

        Path results = scratch.resolve("results.json");
        Path jqwikDatabase = settings.rememberFailures() ? workspace.jqwikDatabase(kata) : scratch.resolve("jqwik");
        List<String> args = new ArrayList<>(List.of(
                "--results", results.toString(),
                "--config", "jqwik.database=" + jqwikDatabase,
                // jqwik then reports each property's seed to the runner instead of printing it.
                "--config", "jqwik.reporting.usejunitplatform=true"));
        for (TestClass test : kata.tests()) {
            args.add("--class");
            args.add(test.className());
        }
        for (String hiddenClass : hiddenClasses) {
            args.add("--class");
            args.add(hiddenClass);
        }
        List<String> jvmOptions = new ArrayList<>(
                List.of("-Xmx2g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        jvmOptions.add("-Djava.io.tmpdir=" + createDirectories(scratch.resolve("tmp")));
        settings.seed().ifPresent(seed -> jvmOptions.add("-D" + GradeSeeds.PROPERTY + "=" + seed));
        jvmOptions.addAll(kata.jvmOptions());
        String key = HexFormat.of().formatHex(KEYS.generateSeed(32));
        Duration limit = settings.timeLimit().orElse(Duration.ofSeconds(kata.timeLimitSeconds()));

        // The tests run in an empty folder of their own: nothing they write lands in the repository, and a
        // test that leans on the working directory fails the same way everywhere.
        ForkedJvm.Exit exit = ForkedJvm.run(classpath, jvmOptions, RUNNER_MAIN, args, key + "\n",
                createDirectories(scratch.resolve("work")), scratch, limit,
                command -> sandbox.wrap(command, scratch, List.of(classes), classpath));
        if (exit.timedOut()) {
            return SuiteReport.notRun(kata, submission, SuiteReport.Status.ERROR,
                    "the tests did not finish within the time limit of " + limit.toSeconds() + " s", hiddenClasses,
                    since(start));
        }
        return readResults(results, key, exit)
                .map(r -> new SuiteReport(kata, submission, SuiteReport.Status.COMPLETED, r.tests(), "",
                        hiddenClasses, since(start)))
                .orElseGet(() -> SuiteReport.notRun(kata, submission, SuiteReport.Status.ERROR,
                        "the test JVM ended (exit code " + exit.exitCode() + ") without handing back complete, "
                                + "untampered results" + tail(exit), hiddenClasses, since(start)));
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

    /** The hidden test sources in the packages of the kata's own test classes. */
    private static List<Path> hiddenSources(Path root, Kata kata) {
        Set<Path> packages = new TreeSet<>();
        kata.tests().forEach(test -> packages.add(root.resolve(test.sourcePath()).getParent()));
        List<Path> sources = new ArrayList<>();
        for (Path dir : packages) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + dir, e);
                }
            }
        }
        return sources;
    }

    private static String className(Path root, Path source) {
        String relative = root.relativize(source).toString();
        return relative.substring(0, relative.length() - ".java".length()).replace(java.io.File.separatorChar, '.');
    }

    /** The results, if the runner finished, wrote them whole and they carry its signature. */
    private static Optional<Results> readResults(Path file, String key, ForkedJvm.Exit exit) {
        Path signature = file.resolveSibling(file.getFileName() + ".sig");
        if (exit.exitCode() != 0 || !Files.isRegularFile(file) || !Files.isRegularFile(signature)) {
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(file);
            if (!ResultsSignature.verify(key, content, Files.readString(signature))) {
                return Optional.empty();
            }
            Results results = JSON.readValue(content, Results.class);
            return results.complete() && results.format() == Results.FORMAT ? Optional.of(results) : Optional.empty();
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
