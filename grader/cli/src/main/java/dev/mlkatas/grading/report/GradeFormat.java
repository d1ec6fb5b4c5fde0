package dev.mlkatas.grading.report;

import dev.mlkatas.grading.Grade;
import java.util.Locale;
import java.util.function.Function;

/** The formats a grade can be written in, and the file each is written to under {@code --out}. */
public enum GradeFormat {
    /** For people at a terminal. */
    TEXT("grade.txt", TextReport::render),
    /** In the style of Exercism's test-runner interface, version 3. */
    JSON("results.json", ExercismReport::render),
    /** Gradescope's autograder results.json. */
    GRADESCOPE("gradescope.json", GradescopeReport::render),
    /** JUnit XML, one testsuite per kata, for CI systems that chart tests. */
    JUNIT("junit.xml", JunitReport::render),
    /** A short summary for a CI job's summary page. */
    MARKDOWN("summary.md", MarkdownReport::render),
    /** A self-contained HTML scorecard: every kata, its tests by task, the failures' messages. */
    HTML("grade.html", HtmlReport::render);

    private final String fileName;
    private final Function<Grade, String> renderer;

    GradeFormat(String fileName, Function<Grade, String> renderer) {
        this.fileName = fileName;
        this.renderer = renderer;
    }

    public String fileName() {
        return fileName;
    }

    public String render(Grade grade) {
        return renderer.apply(grade);
    }

    /** The format named {@code name}, any case, e.g. {@code junit}. */
    public static GradeFormat named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name
                    + "'; known formats: text, json, gradescope, junit, markdown, html");
        }
    }
}
