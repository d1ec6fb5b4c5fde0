package dev.mlkatas.grading;

import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.SuiteReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a report may show of the text a suite handed back: failure messages, printed output and problems, cut
 * to a few KiB, with every value of the grader's environment (a CI secret) and every name of a hidden test
 * replaced by a placeholder.
 *
 * <p>Example: {@code Redaction.of(System.getenv()).apply(report)}
 */
final class Redaction {

    /** Environment values this long or longer are hidden; shorter ones are too common to mean anything. */
    static final int MIN_SECRET = 8;
    /** The most characters a message, an output or a problem keeps. */
    static final int MAX_TEXT = 4096;
    static final String ENVIRONMENT = "[environment value]";
    static final String HIDDEN = "[hidden]";

    private final List<String> secrets;

    private Redaction(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Hides the values of {@code environment} of at least {@link #MIN_SECRET} characters. */
    static Redaction of(Map<String, String> environment) {
        Set<String> values = new LinkedHashSet<>();
        environment.values().stream().filter(v -> v.strip().length() >= MIN_SECRET).forEach(values::add);
        List<String> longestFirst = new ArrayList<>(values);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new Redaction(List.copyOf(longestFirst));
    }

    /** The report with its texts made safe to show; the hidden tests' names come from the report itself. */
    SuiteReport apply(SuiteReport report) {
        List<String> hiddenNames = hiddenNames(report);
        List<TestResult> tests = report.tests().stream().map(t -> new TestResult(t.className(), t.name(), t.status(),
                clean(t.message(), hiddenNames), clean(t.location(), hiddenNames), t.seed(),
                clean(t.output(), hiddenNames), t.durationMillis())).toList();
        return new SuiteReport(report.kata(), report.submission(), report.status(), tests,
                clean(report.problem(), hiddenNames), report.hiddenClasses(), report.elapsed());
    }

    /** {@code text} cut to {@link #MAX_TEXT} characters, without secrets or hidden names. */
    String clean(String text, List<String> hiddenNames) {
        String cleaned = text.length() > 4 * MAX_TEXT ? text.substring(0, 4 * MAX_TEXT) : text;
        for (String secret : secrets) {
            cleaned = cleaned.replace(secret, ENVIRONMENT);
            cleaned = cleaned.replace(secret.strip(), ENVIRONMENT);
        }
        for (String name : hiddenNames) {
            cleaned = cleaned.replace(name, HIDDEN);
        }
        return cleaned.length() <= MAX_TEXT ? cleaned
                : cleaned.substring(0, MAX_TEXT) + "… (cut at " + MAX_TEXT + " characters)";
    }

    /**
     * The names a report must not show: each hidden class, qualified and simple, and each hidden test's name
     * that is long enough not to be a common word.
     */
    private static List<String> hiddenNames(SuiteReport report) {
        Set<String> names = new LinkedHashSet<>();
        for (String className : report.hiddenClasses()) {
            names.add(className);
            names.add(className.substring(className.lastIndexOf('.') + 1));
        }
        for (TestResult test : report.tests()) {
            if (report.isHidden(test)) {
                String name = test.name();
                String method = name.substring(name.lastIndexOf('›') + 1).replaceAll("\\(.*$", "").strip();
                if (method.length() >= MIN_SECRET) {
                    names.add(method);
                }
            }
        }
        List<String> longestFirst = new ArrayList<>(names);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return longestFirst;
    }
}
