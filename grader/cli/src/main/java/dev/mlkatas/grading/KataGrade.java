package dev.mlkatas.grading;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.SuiteReport;
import java.util.ArrayList;
import java.util.List;

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
                    hidden, hidden ? "" : result.message(), hidden ? "" : result.output(), result.seed()));
        }
        return scores;
    }

    private double weight(TestResult result) {
        return kata.tests().stream()
                .filter(test -> test.className().equals(result.className()))
                .mapToInt(TestClass::points)
                .findFirst()
                .orElse(1);
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
