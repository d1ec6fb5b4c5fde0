package dev.mlkatas.grading;

import dev.mlkatas.catalogue.Task;
import java.util.List;
import java.util.Optional;

/**
 * The tests of one task of a kata's statement as graded, or the tests that belong to no task.
 *
 * <p>Example: for {@code new TaskScore(Optional.of(new Task(1, "find pairs")), tests)} whose tests are worth
 * 2 points each and one of two passed, {@link #passed()} is 1 and {@link #points()} is 2 of {@link #maxPoints()} 4.
 *
 * @param task the task, or empty for the tests of no task (hidden tests, classes the catalogue does not list)
 * @param tests its tests, in the order they ran
 */
public record TaskScore(Optional<Task> task, List<TestScore> tests) {

    public TaskScore {
        tests = List.copyOf(tests);
    }

    /** How many of its tests passed. */
    public long passed() {
        return tests.stream().filter(TestScore::passed).count();
    }

    public double points() {
        return tests.stream().mapToDouble(TestScore::points).sum();
    }

    public double maxPoints() {
        return tests.stream().mapToDouble(TestScore::maxPoints).sum();
    }
}
