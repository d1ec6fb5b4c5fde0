package dev.mlkatas.testing;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.runner.TestResult;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The outcome of running one kata's suite.
 *
 * @param status whether the tests ran at all
 * @param tests every test's result; empty unless the status is {@link Status#COMPLETED}
 * @param problem why the tests did not run (the compiler's messages, a timeout...), or empty
 * @param hiddenClasses the test classes that came from a mentor's hidden tests: their results are shown to
 *     candidates as pass or fail only
 */
public record SuiteReport(
        Kata kata,
        Submission submission,
        Status status,
        List<TestResult> tests,
        String problem,
        Set<String> hiddenClasses,
        Duration elapsed) {

    /** Whether the suite ran. */
    public enum Status {
        /** Every test ran and has a result. */
        COMPLETED,
        /** The candidate's code or the tests did not compile. */
        COMPILE_ERROR,
        /** The test JVM did not hand back complete results: it timed out, crashed or was ended early. */
        ERROR
    }

    public SuiteReport {
        tests = List.copyOf(tests);
        hiddenClasses = Set.copyOf(hiddenClasses);
    }

    static SuiteReport notRun(
            Kata kata, Submission submission, Status status, String problem, Set<String> hidden, Duration elapsed) {
        return new SuiteReport(kata, submission, status, List.of(), problem, hidden, elapsed);
    }

    /** A kata the grader could not run at all, for {@code why}. */
    public static SuiteReport failed(Kata kata, String why) {
        return new SuiteReport(kata, Submission.CANDIDATE, Status.ERROR, List.of(), why, Set.of(), Duration.ZERO);
    }

    /** This report made void: no test counts, and {@code why} says so. */
    public SuiteReport voided(String why) {
        return new SuiteReport(kata, submission, Status.ERROR, List.of(), why, hiddenClasses, elapsed);
    }

    /** True for a result of a mentor's hidden test. */
    public boolean isHidden(TestResult test) {
        return hiddenClasses.contains(test.className());
    }

    public long passed() {
        return count("passed");
    }

    public long failed() {
        return count("failed");
    }

    /** True when the suite ran, at least one test passed and none failed. */
    public boolean allPassed() {
        return status == Status.COMPLETED && failed() == 0 && passed() > 0;
    }

    public List<TestResult> failures() {
        return tests.stream().filter(t -> t.status().equals("failed")).toList();
    }

    private long count(String status) {
        return tests.stream().filter(t -> t.status().equals(status)).count();
    }
}
