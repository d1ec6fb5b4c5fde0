package dev.mlkatas.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.testing.SuiteReport;
import dev.mlkatas.testing.SuiteRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kata watch <id>}: runs the kata's tests, then again each time one of the candidate's files is saved,
 * printing the counts first and then the first failure only, until Ctrl-C.
 */
@Command(name = "watch",
        description = {"Rerun a kata's tests each time you save one of its files; Ctrl-C stops.",
                "Each run prints the counts and the task you are on first, then the first failure only (or the "
                        + "compiler's message); ./kata test shows them all."})
final class WatchCommand extends Subcommand implements Callable<Integer> {

    /** Editors save in several writes (truncate, write, rename): a run starts once the file is quiet this long. */
    private static final long QUIET_MILLIS = 200;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Parameters(paramLabel = "<id>", description = "The kata, e.g. two-sum.")
    private String id;

    @Option(names = "--task", paramLabel = "<N>",
            description = "Run only the tests of task N of the statement (kata show lists each task's tests).")
    private Integer task;

    @Override
    public Integer call() {
        Context context = context();
        Kata whole = kata(id);
        Kata k = onlyTask(whole, task);
        List<Path> files = k.files().stream()
                .map(f -> context.workspace().candidateFile(k, f).toAbsolutePath().normalize()).toList();
        PrintWriter out = out();
        CountDownLatch stopped = new CountDownLatch(1);
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Set<Path> folders = new LinkedHashSet<>();
            files.forEach(file -> folders.add(file.getParent()));
            for (Path folder : folders) {
                folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY);
            }
            Thread loop = Thread.currentThread();
            Thread goodbye = new Thread(() -> stop(watcher, loop, stopped, out), "kata-watch-stop");
            Runtime.getRuntime().addShutdownHook(goodbye);
            out.println("Watching " + k.id() + (task == null ? "" : ", task " + task + " of " + whole.tasks().size())
                    + ": each save of " + String.join(", ", files.stream().map(context::display).toList())
                    + " reruns its tests. Ctrl-C stops.");
            out.flush();
            try {
                watch(context, whole, k, files, watcher);
            } finally {
                stopped.countDown();
                removeHook(goodbye);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the files of " + k.id(), e);
        }
        return 0;
    }

    /** Runs the tests once, then after every save, until the watch service closes or the thread is interrupted. */
    private void watch(Context context, Kata whole, Kata k, List<Path> files, WatchService watcher) {
        SuiteRunner runner = new SuiteRunner(context.workspace());
        try {
            while (true) {
                SuiteReport report = runner.run(k, Submission.CANDIDATE);
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                print(whole, report);
                if (task == null) {
                    TestCommand.record(context, report);
                }
                RunningInterview.afterTest(context, whole, report).ifPresent(out()::println);
                out().flush();
                awaitSave(watcher, files);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            // A forked JVM's run, cut short by Ctrl-C: the runner has ended it and removed its folder.
            if (!Thread.currentThread().isInterrupted()) {
                throw e;
            }
        }
    }

    /** Returns once one of {@code files} has been saved and then left alone for {@link #QUIET_MILLIS}. */
    private static void awaitSave(WatchService watcher, List<Path> files) throws InterruptedException {
        boolean saved = false;
        while (!saved) {
            saved = concernsFiles(watcher.take(), files);
        }
        WatchKey more;
        while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            concernsFiles(more, files);
        }
    }

    private static boolean concernsFiles(WatchKey key, List<Path> files) {
        boolean concerns = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && files.contains(folder.resolve(name))) {
                concerns = true;
            }
        }
        key.reset();
        return concerns;
    }

    /** The counts and the current task first, then the first failure only: what a glance at the terminal needs. */
    private void print(Kata whole, SuiteReport report) {
        PrintWriter out = out();
        String time = "[" + LocalTime.now().format(CLOCK) + "] ";
        out.println();
        switch (report.status()) {
            case COMPILE_ERROR -> {
                out.println(time + report.kata().id() + ": does not compile, no test ran");
                out.println(ReportPrinter.indent(ReportPrinter.firstLines(report.problem()), "  "));
            }
            case ERROR -> out.println(time + report.kata().id() + ": " + report.problem());
            case COMPLETED -> {
                out.println(time + ReportPrinter.counts(report));
                TaskLine.of(whole, report, task == null ? OptionalInt.empty() : OptionalInt.of(task))
                        .ifPresent(out::println);
                List<TestResult> failures = report.failures();
                if (!failures.isEmpty()) {
                    TestResult first = failures.get(0);
                    out.println("FAILED  " + ReportPrinter.simpleName(first.className()) + " › " + first.name()
                            + (first.seed().isEmpty() ? "" : "   (seed " + first.seed() + ")"));
                    out.println(ReportPrinter.indent(ReportPrinter.firstLines(first.message()), "        "));
                    if (!first.location().isEmpty()) {
                        out.println("        at " + first.location());
                    }
                    if (failures.size() > 1) {
                        out.println("(and " + (failures.size() - 1) + " more: ./kata test " + whole.id()
                                + (task == null ? "" : " --task " + task) + " shows them all)");
                    }
                }
            }
        }
        out.flush();
    }

    /** Ctrl-C: ends a run in progress (and its test JVM), lets the watch tidy up, and says goodbye. */
    private void stop(WatchService watcher, Thread loop, CountDownLatch stopped, PrintWriter out) {
        loop.interrupt();
        try {
            watcher.close();
            stopped.await(5, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // Stopping anyway: the JVM is on its way out.
        }
        out.println();
        out.println("Stopped watching " + id + ".");
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs and says goodbye.
        }
    }
}
