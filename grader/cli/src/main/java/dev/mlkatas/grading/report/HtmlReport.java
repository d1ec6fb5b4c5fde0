package dev.mlkatas.grading.report;

import static dev.mlkatas.grading.report.Numbers.points;
import static dev.mlkatas.output.HtmlText.escape;

import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.KataGrade;
import dev.mlkatas.grading.TaskScore;
import dev.mlkatas.grading.TestScore;

/**
 * A grade as one self-contained HTML page (inline CSS, no script, no outside asset): per kata its score and
 * its tests grouped by the task of the statement they check (kata.yaml's {@code task} of their class), in the
 * statement's order, each task with its points and how many of its tests pass, the tests of no task (hidden
 * ones) last; each failure with the message a candidate may see (the same redacted messages as the other
 * reports), then the seed and the command that repeats the grade. Every text from the grade is escaped, so a
 * failure message is shown as text, never run as markup.
 */
final class HtmlReport {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:70em}"
            + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.25em .6em;text-align:left}"
            + ".passed{color:#060}.failed{color:#a00}.skipped{color:#777}"
            + "pre{background:#f6f6f6;padding:.5em;white-space:pre-wrap;margin:.2em 0 .6em 1.5em}"
            + "code{background:#f6f6f6;padding:0 .2em}h3{margin-bottom:.3em}";

    private HtmlReport() {}

    static String render(Grade grade) {
        StringBuilder html = new StringBuilder();
        String title = grade.assignment().map(a -> a.title()).orElse("Kata grade");
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>").append(escape(title))
                .append(": ").append(points(grade.percent())).append(" %</h1>\n");
        html.append("<p>Graded <code>").append(escape(grade.workspace())).append("</code> with seed <code id=\"seed\">")
                .append(grade.seed()).append("</code>. Test JVMs: ").append(escape(grade.sandbox())).append(".</p>\n");
        html.append("<table><tr><th>kata</th><th>points</th><th>tests passed</th></tr>\n");
        for (KataGrade kata : grade.katas()) {
            long passed = kata.tests().stream().filter(t -> t.status().equals("passed")).count();
            html.append("<tr><td><a href=\"#kata-").append(escape(kata.kata().id())).append("\">")
                    .append(escape(kata.kata().id())).append("</a></td><td>").append(points(kata.points()))
                    .append(" / ").append(points(kata.maxPoints())).append("</td><td>")
                    .append(kata.ran() ? passed + " / " + kata.tests().size() : "did not run").append("</td></tr>\n");
        }
        html.append("<tr><th>total</th><th>").append(points(grade.points())).append(" / ")
                .append(points(grade.maxPoints())).append("</th><th></th></tr></table>\n");
        for (KataGrade kata : grade.katas()) {
            kata(html, kata);
        }
        html.append("<h2>Repeat this grade</h2>\n<p><code id=\"repeat\">").append(escape(grade.repeatCommand()))
                .append("</code></p>\n</body></html>\n");
        return html.toString();
    }

    private static void kata(StringBuilder html, KataGrade kata) {
        html.append("<section id=\"kata-").append(escape(kata.kata().id())).append("\"><h2>")
                .append(escape(kata.kata().id())).append(": ").append(points(kata.points())).append(" of ")
                .append(points(kata.maxPoints())).append(" points</h2>\n");
        if (!kata.ran()) {
            html.append("<p class=\"failed\">The suite did not run:</p><pre>").append(escape(kata.problem()))
                    .append("</pre>\n");
        }
        for (TaskScore group : kata.byTask()) {
            task(html, group);
        }
        if (!kata.changedTests().isEmpty()) {
            html.append("<p>Graded with the original tests; the submission changed: ")
                    .append(escape(String.join(", ", kata.changedTests()))).append("</p>\n");
        }
        html.append("</section>\n");
    }

    /** One task's heading, {@code Task 2: savings (3 of 4 points; 3 of 4 pass)}, and its tests. */
    private static void task(StringBuilder html, TaskScore group) {
        String name = group.task().map(t -> "Task " + t.number() + ": " + t.title()).orElse("Tests of no task");
        html.append("<h3>").append(escape(name)).append(" (").append(points(group.points())).append(" of ")
                .append(points(group.maxPoints())).append(" points; ").append(group.passed()).append(" of ")
                .append(group.tests().size()).append(" pass)</h3>\n<ul>\n");
        for (TestScore test : group.tests()) {
            html.append("<li class=\"").append(escape(test.status())).append("\">").append(escape(test.status()))
                    .append(": ").append(escape(test.name()));
            if (!test.seed().isEmpty()) {
                html.append(" <small>(seed ").append(escape(test.seed())).append(")</small>");
            }
            if (test.status().equals("failed") && !test.message().isEmpty()) {
                html.append("<pre>").append(escape(test.message())).append("</pre>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }
}
