package dev.mlkatas.interview;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Task;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.SuiteReport;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tasks of a kata that one run of its tests passed: every test of the task's classes ran, none failed,
 * at least one passed. A run of {@code kata test --task 2} can pass task 2 only; a run of the whole suite, any.
 */
public final class PassingTasks {

    private PassingTasks() {}

    /** The numbers of the tasks of {@code kata} (the whole kata, every task) that {@code report} passed. */
    public static List<Integer> of(Kata kata, SuiteReport report) {
        if (report.status() != SuiteReport.Status.COMPLETED) {
            return List.of();
        }
        return kata.tasks().stream().map(Task::number).filter(task -> passes(kata, task, report)).toList();
    }

    private static boolean passes(Kata kata, int task, SuiteReport report) {
        Set<String> classes = kata.testsOf(task).stream().map(TestClass::className).collect(Collectors.toSet());
        Set<String> ran = report.kata().tests().stream().map(TestClass::className).collect(Collectors.toSet());
        if (!ran.containsAll(classes)) {
            return false;
        }
        List<TestResult> results = report.tests().stream().filter(t -> classes.contains(t.className())).toList();
        return results.stream().noneMatch(t -> t.status().equals("failed"))
                && results.stream().anyMatch(t -> t.status().equals("passed"));
    }
}
