package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.progress.KataProgress;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.testing.SuiteReport;
import dev.mlkatas.testing.SuiteRunner;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kata test <id>}: compiles the candidate's file with the kata's tests, runs them and prints a
 * summary; {@code --task N} runs only the test classes of task N. Exit code 0 when every test passes, 1
 * otherwise (failures, a compile error, a timeout).
 */
@Command(name = "test", description = "Run a kata's tests against your code.")
final class TestCommand extends Subcommand implements Callable<Integer> {

    @Parameters(paramLabel = "<id>", description = "The kata, e.g. two-sum.")
    private String id;

    @Option(names = "--output", description = "Also show what failing tests printed.")
    private boolean showOutput;

    @Option(names = "--task", paramLabel = "<N>",
            description = "Run only the tests of task N of the statement (kata show lists each task's tests).")
    private Integer task;

    @Option(names = "--reference", description = "Run the tests against the reference solution instead.")
    private boolean reference;

    @Override
    public Integer call() {
        Context context = context();
        Kata whole = kata(id);
        Kata k = onlyTask(whole, task);
        if (reference && !context.workspace().hasReferences(k)) {
            throw new UserException("this copy of the katas has no reference solutions");
        }
        Submission submission = reference ? Submission.REFERENCE : Submission.CANDIDATE;
        PrintWriter out = out();
        out.println("Testing " + k.id() + (task == null ? "" : ", task " + task + " of " + whole.tasks().size())
                + (reference ? " (reference solution)" : "") + " ...");
        out.flush();
        SuiteReport report = new SuiteRunner(context.workspace()).run(k, submission);
        new ReportPrinter(out, showOutput).print(report);
        TaskLine.of(whole, report, task == null ? OptionalInt.empty() : OptionalInt.of(task)).ifPresent(out::println);
        RunningInterview.afterTest(context, whole, report).ifPresent(out::println);
        out.flush();
        // One task's run says nothing of the others, so only a run of the whole suite is the kata's status.
        if (submission == Submission.CANDIDATE && task == null) {
            record(context, report);
        }
        return report.allPassed() ? 0 : 1;
    }

    /** Keeps a run of the candidate's code as the kata's latest test, for {@code kata list} and progress. */
    static void record(Context context, SuiteReport report) {
        context.progress().recordTest(report.kata().id(), new KataProgress.LastTest(
                report.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                report.passed(), report.failed(), Instant.now()));
    }
}
