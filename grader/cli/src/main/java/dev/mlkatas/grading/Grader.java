package dev.mlkatas.grading;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.sandbox.Sandbox;
import dev.mlkatas.testing.RunSettings;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.testing.SuiteReport;
import dev.mlkatas.testing.SuiteRunner;
import dev.mlkatas.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    public Grader(Workspace pristine) {
        this(pristine, Sandbox.none("no sandbox was asked for"));
    }

    /** A grader whose test JVMs run in {@code sandbox}; every report says which. */
    public Grader(Workspace pristine, Sandbox sandbox) {
        this.pristine = pristine;
        this.runner = new SuiteRunner(pristine, sandbox);
        this.sandbox = sandbox;
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
        for (Item item : items) {
            RunSettings settings = RunSettings.grade(seed).withCandidateRoot(submission);
            if (item.timeLimit().isPresent()) {
                settings = settings.withTimeLimit(item.timeLimit().get());
            }
            if (hidden.isPresent()) {
                settings = settings.withHiddenTests(hidden.get());
            }
            List<Path> guarded = new ArrayList<>(List.of(pristine.testSources(item.kata()),
                    pristine.moduleClasses(item.kata()), pristine.root().resolve("grader/runner/target/classes")));
            hidden.ifPresent(guarded::add);
            FileGuard guard = FileGuard.watch(pristine.root(), guarded);
            SuiteReport report = runner.run(item.kata(), Submission.CANDIDATE, settings);
            List<String> tampered = guard.restoreChanges();
            if (!tampered.isEmpty()) {
                report = report.voided("the submission changed the grader's own files (" + String.join(", ", tampered)
                        + "); they were restored and this kata scores nothing");
            }
            grades.add(new KataGrade(item.kata(), item.points(), report, changedTests(item.kata(), submission)));
        }
        return new Grade(seed, repeat, assignment, submission.toString(), grades, at,
                Duration.ofNanos(System.nanoTime() - start), sandbox.description());
    }

    /** The kata's test files that the submission changed or deleted, relative to the repository. */
    private List<String> changedTests(Kata kata, Path submission) {
        List<String> changed = new ArrayList<>();
        for (TestClass test : kata.tests()) {
            Path original = pristine.testSources(kata).resolve(test.sourcePath());
            Path theirs = submission.resolve(kata.module()).resolve("src/test/java").resolve(test.sourcePath());
            String name = kata.module() + "/src/test/java/" + test.sourcePath();
            if (!Files.isRegularFile(theirs)) {
                changed.add(name + " (deleted)");
            } else if (!Arrays.equals(read(original), read(theirs))) {
                changed.add(name + " (edited)");
            }
        }
        return changed;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
