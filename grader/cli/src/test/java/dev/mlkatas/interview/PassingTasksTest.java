package dev.mlkatas.interview;

import static dev.mlkatas.interview.InterviewKatas.kata;
import static dev.mlkatas.interview.InterviewKatas.testClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Round;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.testing.SuiteReport;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PassingTasksTest {

    private static final Kata KATA = kata("two-sum", Round.CODING, 3);

    static TestResult result(int task, String status) {
        return new TestResult(testClass("two-sum", task), "a test", status, "", "", "", "", 1);
    }

    static SuiteReport run(Kata ran, SuiteReport.Status status, TestResult... results) {
        return new SuiteReport(ran, Submission.CANDIDATE, status, List.of(results), "", Set.of(), Duration.ZERO);
    }

    @Test
    @DisplayName("a task passes when every test of its classes passed")
    void passingTasks() {
        SuiteReport report = run(KATA, SuiteReport.Status.COMPLETED, result(1, "passed"), result(1, "passed"),
                result(2, "passed"), result(2, "failed"), result(3, "passed"));

        assertThat(PassingTasks.of(KATA, report)).containsExactly(1, 3);
    }

    @Test
    @DisplayName("a run of one task's tests can pass that task only")
    void oneTask() {
        SuiteReport report = run(KATA.onlyTask(2), SuiteReport.Status.COMPLETED, result(2, "passed"));

        assertThat(PassingTasks.of(KATA, report)).containsExactly(2);
    }

    @Test
    @DisplayName("a task whose tests were all skipped, or that did not compile, has not passed")
    void nothingPassed() {
        assertThat(PassingTasks.of(KATA, run(KATA, SuiteReport.Status.COMPLETED, result(1, "skipped")))).isEmpty();
        assertThat(PassingTasks.of(KATA, run(KATA, SuiteReport.Status.COMPLETED, result(1, "aborted"),
                result(1, "passed")))).containsExactly(1);
        assertThat(PassingTasks.of(KATA, run(KATA, SuiteReport.Status.COMPILE_ERROR))).isEmpty();
    }
}
