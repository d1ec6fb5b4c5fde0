package dev.mlkatas.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.intake.CandidateCompiler;
import dev.mlkatas.intake.CandidateFiles;
import dev.mlkatas.runner.GradeSeeds;
import dev.mlkatas.runner.Results;
import dev.mlkatas.runner.ResultsSignature;
import dev.mlkatas.sandbox.Sandbox;
import dev.mlkatas.verification.CandidateCheck;
import dev.mlkatas.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
    /** The largest results file read: far beyond what capped messages add up to. */
    private static final long MAX_RESULTS = 64L * 1024 * 1024;

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
        Path scratch = ScratchFolder.create("kata-" + kata.id() + "-");
        try {
            return runIn(scratch, kata, submission, settings, start);
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private SuiteReport runIn(Path scratch, Kata kata, Submission submission, RunSettings settings, long start) {
        Optional<Path> hiddenRoot = settings.hiddenTests().map(h -> h.resolve(kata.module()).resolve("src/test/java"));
        List<Path> hidden = hiddenRoot.map(root -> hiddenSources(root, kata)).orElse(List.of());
        Set<String> hiddenClasses = new TreeSet<>();
        hidden.forEach(file -> hiddenClasses.add(className(hiddenRoot.get(), file)));

        // The candidate's classes on their own: compiled alone, in a folder nothing else is written to.
        Path candidateClasses = scratch.resolve("candidate");
        List<Path> code = codeUnderTest(kata, submission);
        List<Path> testClasspath = new ArrayList<>(code);
        if (submission == Submission.CANDIDATE) {
            Optional<String> refused = compileCandidate(scratch, kata, settings, code, candidateClasses);
            if (refused.isPresent()) {
                return SuiteReport.notRun(kata, submission, SuiteReport.Status.COMPILE_ERROR, refused.get(),
                        hiddenClasses, since(start));
            }
            // Here the candidate's classes stand alone in candidateClasses, compiled and not yet run.
            // Layer 3: they may use only what the kata's allowlist holds.
            Optional<String> disallowed = CandidateCheck.refusal(kata, workspace, candidateClasses, code);
            if (disallowed.isPresent()) {
                return SuiteReport.notRun(kata, submission, SuiteReport.Status.ERROR, disallowed.get(),
                        hiddenClasses, since(start));
            }
            testClasspath.add(0, candidateClasses);
        }

        // The tests compile against the code under test as classes, so that nothing of theirs can be replaced.
        Path testClasses = ScratchFolder.directory(scratch.resolve("tests"));
        List<Path> tests = kata.tests().stream().map(t -> workspace.testSources(kata).resolve(t.sourcePath())).toList();
        List<Path> sourcepath = new ArrayList<>(List.of(workspace.testSources(kata)));
        SourceCompiler.Result compiled = SourceCompiler.compile(tests, testClasspath, sourcepath, testClasses,
                workspace.root());
        if (!compiled.success()) {
            return SuiteReport.notRun(kata, submission, SuiteReport.Status.COMPILE_ERROR, compiled.messages(),
                    hiddenClasses, since(start));
        }
        if (!hidden.isEmpty()) {
            List<Path> hiddenClasspath = new ArrayList<>(List.of(testClasses));
            hiddenClasspath.addAll(testClasspath);
            sourcepath.add(hiddenRoot.get());
            // The compiler's messages would quote hidden tests, so they stay with the mentor.
            if (!SourceCompiler.compile(hidden, hiddenClasspath, sourcepath, testClasses, workspace.root()).success()) {
                return SuiteReport.notRun(kata, submission, SuiteReport.Status.COMPILE_ERROR,
                        "the hidden tests do not compile against this code: keep to the API the statement gives",
                        hiddenClasses, since(start));
            }
        }
        List<Path> classpath = testJvmClasspath(kata, submission, testClasses, candidateClasses);
        FolderSnapshot compiledBefore = FolderSnapshot.of(List.of(testClasses, candidateClasses));

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
        Path tmp = ScratchFolder.directory(scratch.resolve("tmp"));
        // A kata whose suite needs other options than a short-lived JVM's says so in its jvmOptions, which come
        // later and win.
        List<String> jvmOptions = new ArrayList<>(ForkedJvm.SHORT_LIVED);
        jvmOptions.addAll(List.of("-Xmx2g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        jvmOptions.add("-Djava.io.tmpdir=" + tmp);
        settings.seed().ifPresent(seed -> jvmOptions.add("-D" + GradeSeeds.PROPERTY + "=" + seed));
        jvmOptions.addAll(kata.jvmOptions());
        String key = HexFormat.of().formatHex(KEYS.generateSeed(32));
        Duration limit = settings.timeLimit().orElse(Duration.ofSeconds(kata.timeLimitSeconds()));

        // The tests run in an empty folder of their own: nothing they write lands in the repository, and a
        // test that leans on the working directory fails the same way everywhere.
        // The test JVM's whole command line, built here and nowhere else; Layer 4 wraps it in the sandbox,
        // which passes on the reduced environment, the sweep's marker included, and keeps the compiled
        // classes read-only.
        ProcessSweep sweep = ProcessSweep.fresh();
        Map<String, String> environment = TestEnvironment.of(System.getenv(), tmp);
        sweep.mark(environment);
        List<String> command = sandbox.wrap(ForkedJvm.command(classpath, jvmOptions, RUNNER_MAIN, args, scratch),
                environment, scratch, ScratchFolder.existing(List.of(testClasses, candidateClasses)), classpath);
        ForkedJvm.Captured exit = ForkedJvm.capture(command, environment, sweep, key + "\n",
                ScratchFolder.directory(scratch.resolve("work")), limit);
        if (exit.timedOut()) {
            return SuiteReport.notRun(kata, submission, SuiteReport.Status.ERROR,
                    "the tests did not finish within the time limit of " + limit.toSeconds() + " s", hiddenClasses,
                    since(start));
        }
        List<String> rewritten = compiledBefore.changes();
        if (!rewritten.isEmpty()) {
            return SuiteReport.notRun(kata, submission, SuiteReport.Status.ERROR,
                    "the code under test rewrote compiled classes while the tests ran (" + String.join(", ", rewritten)
                            + ")", hiddenClasses, since(start));
        }
        return readResults(results, key, exit.exitCode())
                .map(r -> new SuiteReport(kata, submission, SuiteReport.Status.COMPLETED, r.tests(), "",
                        hiddenClasses, since(start)))
                .orElseGet(() -> SuiteReport.notRun(kata, submission, SuiteReport.Status.ERROR,
                        "the test JVM ended (exit code " + exit.exitCode() + ") without handing back complete, "
                                + "untampered results" + tail(exit), hiddenClasses, since(start)));
    }

    /**
     * Takes the candidate's files from the submission and compiles them alone into {@code out}; empty when
     * they compiled, else why not. Once this returns, {@code out} holds the candidate's classes and nothing else.
     */
    private Optional<String> compileCandidate(Path scratch, Kata kata, RunSettings settings, List<Path> code,
            Path out) {
        Path submissionRoot = settings.candidateRoot().orElse(workspace.root());
        Path copiesRoot = scratch.resolve("src");
        List<Path> copies;
        try {
            copies = CandidateFiles.take(submissionRoot, submissionRoot.resolve(kata.module()), kata.files(),
                    copiesRoot.resolve(kata.module()));
        } catch (CandidateFiles.Refused refused) {
            return Optional.of(refused.getMessage());
        }
        CandidateCompiler.Result compiled = CandidateCompiler.compile(copies,
                copiesRoot.resolve(kata.module()).resolve("src/main/java"), copiesRoot, code, out, scratch,
                settings.compileTimeLimit());
        return compiled.success() ? Optional.empty() : Optional.of(compiled.messages());
    }

    /**
     * The test JVM's class path, in the order that decides which class wins: the runner, then the tests, then
     * the libraries, and only then the code under test, so that no class the candidate's code writes while it
     * runs can take the place of a runner's or a test's class.
     */
    private List<Path> testJvmClasspath(Kata kata, Submission submission, Path testClasses, Path candidateClasses) {
        List<Path> runner = workspace.runnerClasspath();
        List<Path> classpath = new ArrayList<>();
        classpath.add(runner.get(0));
        classpath.add(testClasses);
        if (Files.isDirectory(workspace.testResources(kata))) {
            classpath.add(workspace.testResources(kata));
        }
        if (submission == Submission.REFERENCE) {
            classpath.addAll(codeUnderTest(kata, submission));
        } else {
            classpath.addAll(workspace.moduleClasspath(kata));
            classpath.add(candidateClasses);
            classpath.add(workspace.moduleClasses(kata));
        }
        classpath.addAll(runner.subList(1, runner.size()));
        return classpath;
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
    private static Optional<Results> readResults(Path file, String key, int exitCode) {
        Path signature = file.resolveSibling(file.getFileName() + ".sig");
        if (exitCode != 0 || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(signature, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_RESULTS || Files.size(signature) > 1024) {
                return Optional.empty();
            }
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

    private static String tail(ForkedJvm.Captured exit) {
        String tail = exit.stderrTail(20);
        return tail.isBlank() ? "" : "; its last words:\n" + tail;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
