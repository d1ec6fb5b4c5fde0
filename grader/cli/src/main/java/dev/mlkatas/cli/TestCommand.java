package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.progress.KataProgress;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.testing.SuiteReport;
import dev.mlkatas.testing.SuiteRunner;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kata test <id>}: compiles the candidate's file with the kata's tests, runs them and prints a
 * summary. Exit code 0 when every test passes, 1 otherwise (failures, a compile error, a timeout).
 */
@Command(name = "test", description = "Run a kata's tests against your code.")
final class TestCommand extends Subcommand implements Callable<Integer> {

    @Parameters(paramLabel = "<id>", description = "The kata, e.g. two-sum.")
    private String id;

    @Option(names = "--output", description = "Also show what failing tests printed.")
    private boolean showOutput;

    @Option(names = "--reference", description = "Run the tests against the reference solution instead.")
    private boolean reference;

    @Override
    public Integer call() {
        Context context = context();
        Kata k = kata(id);
        if (reference && !context.workspace().hasReferences(k)) {
            throw new UserException("this copy of the katas has no reference solutions");
        }
        Submission submission = reference ? Submission.REFERENCE : Submission.CANDIDATE;
        PrintWriter out = out();
        out.println("Testing " + k.id() + (reference ? " (reference solution)" : "") + " ...");
        out.flush();
        SuiteReport report = new SuiteRunner(context.workspace()).run(k, submission);
        new ReportPrinter(out, showOutput).print(report);
        out.flush();
        if (submission == Submission.CANDIDATE) {
            context.progress().recordTest(k.id(), new KataProgress.LastTest(
                    report.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    report.passed(), report.failed(), Instant.now()));
        }
        return report.allPassed() ? 0 : 1;
    }
}
