package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Task;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.SuiteReport;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The line after a suite's counts that says where the candidate is: the first task of the statement with a
 * failing test ("You are on task 2 of 3: how many index pairs"), or, after a passing {@code --task N}, the next.
 */
final class TaskLine {

    private TaskLine() {}

    /**
     * The line for {@code report}, a run of {@code kata}'s tests ({@code only} when it ran one task's); empty
     * when the suite did not run, or every task passed.
     */
    static Optional<String> of(Kata kata, SuiteReport report, OptionalInt only) {
        if (report.status() != SuiteReport.Status.COMPLETED) {
            return Optional.empty();
        }
        Set<String> failing = report.failures().stream().map(TestResult::className).collect(Collectors.toSet());
        int count = kata.tasks().size();
        for (Task task : kata.tasks()) {
            if (kata.testsOf(task.number()).stream().map(TestClass::className).anyMatch(failing::contains)) {
                return Optional.of("You are on task " + task.number() + " of " + count + ": " + task.title()
                        + (only.isPresent() || count == 1 ? "" : "   (its tests alone: ./kata test " + kata.id()
                                + " --task " + task.number() + ")"));
            }
        }
        if (only.isPresent() && report.allPassed()) {
            int done = only.getAsInt();
            return Optional.of("Task " + done + " of " + count + " passes" + (done < count
                    ? "; next: ./kata test " + kata.id() + " --task " + (done + 1)
                    : "; the whole suite: ./kata test " + kata.id()));
        }
        return Optional.empty();
    }
}
