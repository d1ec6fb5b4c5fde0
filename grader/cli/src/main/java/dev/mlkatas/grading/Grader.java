package dev.mlkatas.grading;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.intake.CandidateCompiler;
import dev.mlkatas.sandbox.Sandbox;
import dev.mlkatas.testing.RunSettings;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.testing.SuiteReport;
import dev.mlkatas.testing.SuiteRunner;
import dev.mlkatas.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Grades the candidate files in a folder with this repository's own, pristine tests: each kata in a JVM
 * of its own under its time limit, one after the other, so that one bad kata never stops the others.
 *
 * <p>Example: {@code new Grader(workspace).grade(items, Path.of("submission"), Optional.empty(), Optional.empty(), 42,
 * List.of("--workspace", "submission", "--seed", "42"))}
 */
public final class Grader {

    /** One kata to grade: what it is worth, and its time limit when it is not the catalogue's. */
    public record Item(Kata kata, double points, Optional<Duration> timeLimit) {}

    private final Workspace pristine;
    private final SuiteRunner runner;
    private final Sandbox sandbox;
    private final Duration compileTimeLimit;

    public Grader(Workspace pristine) {
        this(pristine, Sandbox.none("no sandbox was asked for"));
    }

    /** A grader whose test JVMs run in {@code sandbox}; every report says which. */
    public Grader(Workspace pristine, Sandbox sandbox) {
        this(pristine, sandbox, CandidateCompiler.TIME_LIMIT);
    }

    private Grader(Workspace pristine, Sandbox sandbox, Duration compileTimeLimit) {
        this.pristine = pristine;
        this.runner = new SuiteRunner(pristine, sandbox);
        this.sandbox = sandbox;
        this.compileTimeLimit = compileTimeLimit;
    }

    /** This grader with another limit on how long the compiler may take for one kata's candidate files. */
    public Grader withCompileTimeLimit(Duration limit) {
        return new Grader(pristine, sandbox, limit);
    }

    /**
     * Grades {@code items} in the folder {@code submission}, with the mentor's {@code hidden} tests if any,
     * every property test's seed derived from {@code seed}; {@code repeat} are the arguments of {@code kata grade}
     * that repeat this grade, which the reports print.
     */
    public Grade grade(List<Item> items, Path submission, Optional<Assignment> assignment, Optional<Path> hidden,
            long seed, List<String> repeat) {
        Instant at = Instant.now();
        long start = System.nanoTime();
        List<KataGrade> grades = new ArrayList<>();
        List<FileGuard> guards = new ArrayList<>();
        Redaction redaction = Redaction.of(System.getenv());
        for (Item item : items) {
            RunSettings settings = RunSettings.grade(seed).withCandidateRoot(submission)
                    .withCompileTimeLimit(compileTimeLimit);
            if (item.timeLimit().isPresent()) {
                settings = settings.withTimeLimit(item.timeLimit().get());
            }
            if (hidden.isPresent()) {
                settings = settings.withHiddenTests(hidden.get());
            }
            FileGuard guard = FileGuard.watch(pristine.root(), guarded(item.kata(), hidden));
            guards.add(guard);
            SuiteReport report;
            List<String> tampered;
            try {
                report = runner.run(item.kata(), Submission.CANDIDATE, settings);
            } catch (RuntimeException e) {
                report = SuiteReport.failed(item.kata(), "the grader could not grade this kata: " + e.getMessage());
            } finally {
                tampered = guard.restoreChanges();
            }
            if (!tampered.isEmpty()) {
                report = voidedForTampering(report, tampered);
            }
            grades.add(new KataGrade(item.kata(), item.points(), redaction.apply(report),
                    changedTests(item.kata(), submission)));
        }
        // A process that outlived its kata could still have changed the grader's files since.
        for (int i = 0; i < guards.size(); i++) {
            List<String> late = guards.get(i).restoreChanges();
            if (!late.isEmpty()) {
                KataGrade graded = grades.get(i);
                grades.set(i, new KataGrade(graded.kata(), graded.maxPoints(),
                        voidedForTampering(graded.report(), late), graded.changedTests()));
            }
        }
        return new Grade(seed, repeat, assignment, submission.toString(), grades, at,
                Duration.ofNanos(System.nanoTime() - start), sandbox.description());
    }

    /** The grader's own files that a kata's code could reach: its tests, compiled provided code, the runner. */
    private List<Path> guarded(Kata kata, Optional<Path> hidden) {
        List<Path> guarded = new ArrayList<>(List.of(pristine.testSources(kata), pristine.moduleClasses(kata),
                pristine.root().resolve("grader/runner/target/classes")));
        hidden.ifPresent(guarded::add);
        return guarded;
    }

    private static SuiteReport voidedForTampering(SuiteReport report, List<String> tampered) {
        return report.voided("the submission changed the grader's own files (" + String.join(", ", tampered)
                + "); they were restored and this kata scores nothing");
    }

    /** The kata's test files that the submission changed or deleted, relative to the repository. */
    private List<String> changedTests(Kata kata, Path submission) {
        List<String> changed = new ArrayList<>();
        for (TestClass test : kata.tests()) {
            Path original = pristine.testSources(kata).resolve(test.sourcePath());
            Path theirs = submission.resolve(kata.module()).resolve("src/test/java").resolve(test.sourcePath());
            String name = kata.module() + "/src/test/java/" + test.sourcePath();
            if (!Files.exists(theirs, LinkOption.NOFOLLOW_LINKS)) {
                changed.add(name + " (deleted)");
            } else if (!Files.isRegularFile(theirs, LinkOption.NOFOLLOW_LINKS)) {
                changed.add(name + " (not a regular file)");
            } else if (!Arrays.equals(read(original), read(theirs))) {
                changed.add(name + " (edited)");
            }
        }
        return changed;
    }

    /** At most the first MiB and a byte of {@code file}: enough to tell whether a test source changed. */
    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(1024 * 1024 + 1);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
