package dev.mlkatas.cli;

import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.SuiteReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes a suite's results for a person: each failure with its message and where it happened, the seeds of
 * the property tests, and the counts on the last line.
 */
final class ReportPrinter {

    private static final int MESSAGE_LINES = 12;

    private final PrintWriter out;
    private final boolean showOutput;

    ReportPrinter(PrintWriter out, boolean showOutput) {
        this.out = out;
        this.showOutput = showOutput;
    }

    void print(SuiteReport report) {
        switch (report.status()) {
            case COMPILE_ERROR -> {
                out.println();
                out.println("Your code does not compile:");
                out.println(indent(report.problem(), "  "));
                out.println();
                out.println(report.kata().id() + ": did not compile, no test ran");
            }
            case ERROR -> {
                out.println();
                out.println(report.kata().id() + ": " + report.problem());
            }
            case COMPLETED -> printCompleted(report);
        }
    }

    private void printCompleted(SuiteReport report) {
        // Failures that share their message and place are listed together: an untouched stub fails every
        // test the same way, and one message is enough to say so.
        Map<List<String>, List<TestResult>> byCause = new LinkedHashMap<>();
        for (TestResult failure : report.failures()) {
            byCause.computeIfAbsent(List.of(failure.message(), failure.location()), k -> new ArrayList<>()).add(failure);
        }
        for (List<TestResult> group : byCause.values()) {
            out.println();
            for (TestResult failure : group) {
                out.println("FAILED  " + simpleName(failure.className()) + " › " + failure.name()
                        + (failure.seed().isEmpty() ? "" : "   (seed " + failure.seed() + ")"));
                if (showOutput && !failure.output().isBlank()) {
                    out.println("        it printed:");
                    out.println(indent(failure.output().stripTrailing(), "          | "));
                }
            }
            TestResult first = group.get(0);
            out.println(indent(firstLines(first.message()), "        "));
            if (!first.location().isEmpty()) {
                out.println("        at " + first.location());
            }
        }
        List<TestResult> properties = report.tests().stream().filter(t -> !t.seed().isEmpty()).toList();
        if (!properties.isEmpty()) {
            out.println();
            out.println("Property tests and their seeds (rerun one with @Property(seed = \"...\")):");
            for (TestResult property : properties) {
                out.println("  " + simpleName(property.className()) + " › " + property.name() + "  seed "
                        + property.seed() + "  " + property.status());
            }
        }
        out.println();
        out.println(counts(report));
    }

    /** The counts of a suite that ran: {@code two-sum: 3 passed, 2 failed (1.2 s)}. */
    static String counts(SuiteReport report) {
        long skipped = report.tests().size() - report.passed() - report.failed();
        return report.kata().id() + ": " + report.passed() + " passed, " + report.failed() + " failed"
                + (skipped > 0 ? ", " + skipped + " skipped" : "")
                + String.format(Locale.ROOT, " (%.1f s)", report.elapsed().toMillis() / 1000.0)
                + (report.allPassed() ? " — all tests pass" : "");
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    static String firstLines(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length <= MESSAGE_LINES) {
            return text;
        }
        return String.join("\n", List.of(lines).subList(0, MESSAGE_LINES))
                + "\n… (" + (lines.length - MESSAGE_LINES) + " more lines)";
    }

    static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }
}
