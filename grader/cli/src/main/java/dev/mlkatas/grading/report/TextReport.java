package dev.mlkatas.grading.report;

import static dev.mlkatas.grading.report.Numbers.points;

import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.KataGrade;
import dev.mlkatas.grading.TestScore;

/** A grade for people: per kata its score, its failures and why a suite did not run; the total last. */
final class TextReport {

    private TextReport() {}

    static String render(Grade grade) {
        StringBuilder text = new StringBuilder();
        grade.assignment().ifPresent(a -> text.append(a.title())
                .append(a.due().map(due -> " (due " + due + ")").orElse("")).append('\n'));
        text.append("Graded ").append(grade.workspace()).append(" with seed ").append(grade.seed())
                .append('\n').append("Repeat it with: ").append(grade.repeatCommand()).append('\n');
        text.append("Test JVMs: ").append(grade.sandbox()).append('\n');
        for (KataGrade kata : grade.katas()) {
            text.append('\n').append(kata.kata().id()).append(": ").append(points(kata.points())).append(" of ")
                    .append(points(kata.maxPoints())).append(" points");
            if (!kata.ran()) {
                text.append(" — ").append(kata.report().status() == dev.mlkatas.testing.SuiteReport.Status.COMPILE_ERROR
                        ? "does not compile" : "error").append('\n');
                text.append(indent(kata.problem())).append('\n');
            } else {
                long passed = kata.tests().stream().filter(t -> t.status().equals("passed")).count();
                text.append(" (").append(passed).append(" of ").append(kata.tests().size()).append(" tests pass)\n");
                for (TestScore test : kata.tests()) {
                    if (test.status().equals("failed")) {
                        text.append("  FAILED ").append(test.name()).append('\n');
                        if (!test.message().isEmpty()) {
                            text.append(indent(indent(firstLines(test.message(), 6)))).append('\n');
                        }
                    }
                }
            }
            if (!kata.changedTests().isEmpty()) {
                text.append("  graded with the original tests; the submission changed: ")
                        .append(String.join(", ", kata.changedTests())).append('\n');
            }
        }
        text.append('\n').append("Total: ").append(points(grade.points())).append(" of ")
                .append(points(grade.maxPoints())).append(" points (").append(points(grade.percent())).append(" %)\n");
        return text.toString();
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }

    private static String firstLines(String text, int lines) {
        var all = text.lines().toList();
        return all.size() <= lines ? text : String.join("\n", all.subList(0, lines)) + "\n…";
    }
}
