package dev.mlkatas.grading.report;

import dev.mlkatas.catalogue.Difficulty;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Mutation;
import dev.mlkatas.catalogue.Round;
import dev.mlkatas.catalogue.Task;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.KataGrade;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.SuiteReport;
import dev.mlkatas.testing.Submission;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small fake grade of one kata with two tasks, for the reports that group by task: task 1's class
 * ({@code PairsTest}, 2 points a test) passes one test of two, task 2's ({@code RoutesTest}, 1 point) both of
 * its two, and two tests belong to no task: a hidden test that passes and a class the catalogue does not list
 * that fails. Task 2's tests run first, so an order by task is not the order they ran in. 8 points in all.
 */
final class TaskGrades {

    static final String PACKAGE = "dev.mlkatas.tasks.";

    private TaskGrades() {}

    static Grade grade() {
        Kata kata = new Kata("tasks", "Tasks", Round.CODING, Difficulty.EASY, "summary", "algorithms",
                Path.of("algorithms/katas/tasks"), List.of(), List.of(new TestClass(PACKAGE + "RoutesTest", 1, 2),
                        new TestClass(PACKAGE + "PairsTest", 2, 1)), 30, List.of(), List.of(), Optional.empty(),
                List.of(), List.of(), Mutation.NONE, List.of(), List.of(new Task(1, "find the pairs"),
                        new Task(2, "routes <under> windows")));
        SuiteReport report = new SuiteReport(kata, Submission.CANDIDATE, SuiteReport.Status.COMPLETED, List.of(
                result("RoutesTest", "oneRoute()", "passed", ""),
                result("RoutesTest", "twoRoutes()", "passed", ""),
                result("PairsTest", "findsPairs()", "passed", ""),
                result("PairsTest", "noPairs()", "failed", "expected [] but was [(1, 2)]"),
                result("SecretTest", "secret()", "passed", ""),
                result("ExtraTest", "extra()", "failed", "expected 3 but was 4")),
                "", Set.of(PACKAGE + "SecretTest"), Duration.ofSeconds(1));
        return new Grade(5, List.of("--katas", "tasks", "--seed", "5"), Optional.empty(), "/tmp/submission",
                List.of(new KataGrade(kata, 8, report, List.of())), Instant.EPOCH, Duration.ZERO);
    }

    private static TestResult result(String simpleClass, String name, String status, String message) {
        return new TestResult(PACKAGE + simpleClass, name, status, message, "", "", "", 1);
    }
}
