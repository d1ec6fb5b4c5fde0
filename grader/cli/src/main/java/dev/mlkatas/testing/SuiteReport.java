package dev.mlkatas.testing;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.runner.TestResult;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of running one kata's suite.
 *
 * @param status whether the tests ran at all
 * @param tests every test's result; empty unless the status is {@link Status#COMPLETED}
 * @param problem why the tests did not run (the compiler's messages, a timeout...), or empty
 */
public record SuiteReport(
        Kata kata, Submission submission, Status status, List<TestResult> tests, String problem, Duration elapsed) {

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
    }

    static SuiteReport notRun(Kata kata, Submission submission, Status status, String problem, Duration elapsed) {
        return new SuiteReport(kata, submission, status, List.of(), problem, elapsed);
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
