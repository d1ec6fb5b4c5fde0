package dev.mlkatas.grading.report;

import static dev.mlkatas.grading.report.Numbers.points;

import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.KataGrade;
import dev.mlkatas.grading.TestScore;

/** A grade as a CI job summary: a table of katas, then the failures in short. */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(Grade grade) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(grade.assignment().map(a -> a.title()).orElse("Kata grade")).append(": ")
                .append(points(grade.percent())).append(" %\n\n");
        md.append("| kata | points | tests passed | notes |\n|---|---:|---:|---|\n");
        for (KataGrade kata : grade.katas()) {
            long passed = kata.tests().stream().filter(t -> t.status().equals("passed")).count();
            String notes = kata.ran() ? "" : cell(kata.problem().lines().findFirst().orElse(""));
            if (!kata.changedTests().isEmpty()) {
                notes += (notes.isEmpty() ? "" : "; ") + "changed tests ignored";
            }
            md.append("| `").append(kata.kata().id()).append("` | ").append(points(kata.points())).append(" / ")
                    .append(points(kata.maxPoints())).append(" | ")
                    .append(kata.ran() ? passed + " / " + kata.tests().size() : "—").append(" | ").append(notes)
                    .append(" |\n");
        }
        md.append("| **total** | **").append(points(grade.points())).append(" / ").append(points(grade.maxPoints()))
                .append("** | | |\n\n");
        boolean anyFailure = false;
        for (KataGrade kata : grade.katas()) {
            for (TestScore test : kata.tests()) {
                if (test.status().equals("failed")) {
                    if (!anyFailure) {
                        md.append("<details><summary>Failing tests</summary>\n\n");
                        anyFailure = true;
                    }
                    md.append("- `").append(kata.kata().id()).append("` ").append(cell(test.name()));
                    if (!test.message().isEmpty()) {
                        md.append(": ").append(cell(Numbers.cut(test.message().lines().findFirst().orElse(""), 200)));
                    }
                    md.append('\n');
                }
            }
        }
        if (anyFailure) {
            md.append("\n</details>\n\n");
        }
        md.append("Test JVMs: ").append(grade.sandbox()).append(".\n\n");
        md.append("Seed ").append(grade.seed()).append(": ").append(code(grade.repeatCommand()))
                .append(" repeats this grade.\n");
        return md.toString();
    }

    /** A code span; a path with a backtick in it gets a longer fence, as CommonMark allows. */
    private static String code(String text) {
        return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
