package dev.mlkatas.grading;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Task;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.SuiteReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grade of one kata: its suite's results turned into points.
 *
 * <p>Each test is worth its class's points from the catalogue (a hidden test, 1), scaled so that the kata
 * is worth {@code maxPoints} in all. A suite that did not run (compile error, timeout, a JVM that ended
 * early or tampered with its results) earns nothing and says why.
 *
 * @param maxPoints what the whole kata is worth
 * @param changedTests the kata's test files that the graded folder changed or deleted; they were graded with
 *     the pristine ones all the same
 */
public record KataGrade(Kata kata, double maxPoints, SuiteReport report, List<String> changedTests) {

    public KataGrade {
        changedTests = List.copyOf(changedTests);
    }

    /** True when the suite ran; otherwise {@link #problem()} says why it did not. */
    public boolean ran() {
        return report.status() == SuiteReport.Status.COMPLETED;
    }

    /** Why the suite did not run, for people: the compiler's first 50 lines, a timeout... */
    public String problem() {
        List<String> lines = report.problem().lines().toList();
        return lines.size() <= 50 ? report.problem()
                : String.join("\n", lines.subList(0, 50)) + "\n… (" + (lines.size() - 50) + " more lines)";
    }

    public double points() {
        return tests().stream().mapToDouble(TestScore::points).sum();
    }

    /** Every test with its points; empty when the suite did not run. */
    public List<TestScore> tests() {
        if (!ran()) {
            return List.of();
        }
        List<TestResult> results = report.tests();
        double totalWeight = results.stream().mapToDouble(this::weight).sum();
        List<TestScore> scores = new ArrayList<>();
        int hiddenNumber = 0;
        for (TestResult result : results) {
            double max = totalWeight == 0 ? 0 : maxPoints * weight(result) / totalWeight;
            boolean hidden = report.isHidden(result);
            String name = hidden ? "hidden test " + (++hiddenNumber)
                    : simpleName(result.className()) + " › " + result.name();
            scores.add(new TestScore(name, result.status(), max, result.status().equals("passed") ? max : 0,
                    hidden, hidden ? "" : result.message(), hidden ? "" : result.output(), result.seed(),
                    hidden ? 0 : catalogued(result).map(TestClass::task).orElse(0)));
        }
        return scores;
    }

    /**
     * The tests by task, in the order of the statement's tasks, then the tests of no task (hidden tests, classes
     * the catalogue does not list); a task none of whose tests ran is left out. Empty when the suite did not run.
     *
     * <p>Example: {@code byTask().get(0).task()} is task 1 when one of its tests ran.
     */
    public List<TaskScore> byTask() {
        List<TestScore> scores = tests();
        List<TaskScore> groups = new ArrayList<>();
        for (Task task : kata.tasks()) {
            List<TestScore> of = scores.stream().filter(t -> t.task() == task.number()).toList();
            if (!of.isEmpty()) {
                groups.add(new TaskScore(Optional.of(task), of));
            }
        }
        List<TestScore> rest = scores.stream().filter(t -> kata.task(t.task()).isEmpty()).toList();
        if (!rest.isEmpty()) {
            groups.add(new TaskScore(Optional.empty(), rest));
        }
        return groups;
    }

    private double weight(TestResult result) {
        return catalogued(result).map(TestClass::points).orElse(1);
    }

    /** The catalogue's entry of the result's class, if it lists it. */
    private Optional<TestClass> catalogued(TestResult result) {
        return kata.tests().stream().filter(test -> test.className().equals(result.className())).findFirst();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
