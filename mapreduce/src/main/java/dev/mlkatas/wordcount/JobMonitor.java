package dev.mlkatas.wordcount;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapred.LocalJobRunner;
import org.apache.hadoop.mapreduce.Counters;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.TaskCompletionEvent;
import org.apache.hadoop.mapreduce.TaskCounter;
import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * Runs the driver's jobs one after the other and tells the user how they go: progress while they run, the
 * counters and the top words after, and why a job failed. A failed job's output is deleted, so that no
 * partial result is ever left looking complete.
 *
 * <p>Example: {@code new JobMonitor(System.out, System.err, "word-count").runAll(conf, inputs, out, "out", args, null)}
 */
final class JobMonitor {

    private static final long PRINT_EVERY_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final PrintStream err;
    private final String name;

    JobMonitor(PrintStream out, PrintStream err, String name) {
        this.out = out;
        this.err = err;
        this.name = name;
    }

    /**
     * Counts the words of {@code inputs} into {@code output}, then finds the top words if asked, and returns
     * the exit code: 0, or 1 if a job failed.
     *
     * @param shown how to name {@code output} to the user
     * @param localSlots how many map slots LocalJobRunner has, e.g. {@code "2 map slots"}; null on a cluster
     */
    int runAll(Configuration conf, List<Path> inputs, Path output, String shown, DriverArguments arguments,
            String localSlots) throws IOException, InterruptedException, ClassNotFoundException {
        int reducers = arguments.reducers() > 0
                ? arguments.reducers() : Math.max(1, conf.getInt("mapreduce.job.reduces", 1));
        boolean top = arguments.top() > 0;
        Path counts = top ? new Path(output, "counts") : output;
        out.println(name + ": " + (localSlots == null ? "on the cluster" : "on Hadoop's LocalJobRunner with "
                + localSlots) + "; " + WordCountDriver.describe(arguments.combining(), reducers));
        long start = System.nanoTime();
        try (LocalFailures failures = localSlots == null ? null : new LocalFailures()) {
            Job count = WordCountJobs.countJob(conf, inputs, counts, arguments.combining(), reducers);
            if (!await(count, "count")) {
                output.getFileSystem(conf).delete(output, true);
                failed(count, failures, "word-count", "no output was kept");
                return 1;
            }
            printCounters(count.getCounters());
            if (top) {
                Path topDir = new Path(output, "top");
                Job topJob = WordCountJobs.topWordsJob(conf, counts, topDir, arguments.top());
                if (!await(topJob, "top")) {
                    output.getFileSystem(conf).delete(topDir, true);
                    failed(topJob, failures, "top-words",
                            "the counts in " + shown + "/counts are complete, the top words were not kept");
                    return 1;
                }
                printTop(conf, topDir, arguments.top());
            }
        }
        out.printf(Locale.ROOT, "elapsed: %.1f s%n", (System.nanoTime() - start) / 1e9);
        out.println("output: " + shown + (top ? " (counts/ and top/: " : " (") + "part files of word<TAB>count lines)");
        return 0;
    }

    /** Submits the job and prints its progress about once a second until it is done. */
    private boolean await(Job job, String label) throws IOException, InterruptedException, ClassNotFoundException {
        job.submit();
        String shown = "";
        long shownAt = System.nanoTime();
        while (!job.isComplete()) {
            Thread.sleep(100);
            String progress = progress(job);
            if (!progress.equals(shown) && System.nanoTime() - shownAt >= PRINT_EVERY_NANOS) {
                out.println("  " + label + ": " + progress);
                shown = progress;
                shownAt = System.nanoTime();
            }
        }
        boolean success = job.isSuccessful();
        if (success && !progress(job).equals(shown)) {
            out.println("  " + label + ": " + progress(job));
        }
        return success;
    }

    private static String progress(Job job) throws IOException {
        return String.format(Locale.ROOT, "map %3d%%  reduce %3d%%",
                Math.round(100 * job.mapProgress()), Math.round(100 * job.reduceProgress()));
    }

    private void printCounters(Counters counters) {
        List<String[]> rows = new ArrayList<>();
        for (WordCountCounter counter : WordCountCounter.values()) {
            rows.add(row(counter.label(), counters.findCounter(counter).getValue(), ""));
        }
        // What the combiner saves shows here: records that left the mappers, and those the reducers read.
        rows.add(row("map output records", counters.findCounter(TaskCounter.MAP_OUTPUT_RECORDS).getValue(), ""));
        rows.add(row("reduce input records", counters.findCounter(TaskCounter.REDUCE_INPUT_RECORDS).getValue(),
                "  (after any combining)"));
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int digits = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        out.println("counters:");
        for (String[] row : rows) {
            out.println("  " + pad(row[0], width) + "  " + " ".repeat(digits - row[1].length()) + row[1] + row[2]);
        }
    }

    private static String[] row(String label, long value, String note) {
        return new String[] {label, String.format(Locale.ROOT, "%,d", value), note};
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private void printTop(Configuration conf, Path topDir, int k) throws IOException {
        Path part = new Path(topDir, "part-r-00000");
        List<String[]> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                part.getFileSystem(conf).open(part), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                words.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            }
        }
        out.println("top " + k + " words" + (words.size() < k ? " (only " + words.size() + " distinct)" : "") + ":");
        int rankWidth = String.valueOf(words.size()).length();
        int wordWidth = words.stream().mapToInt(w -> w[0].length()).max().orElse(0);
        int countWidth = words.stream().mapToInt(w -> grouped(w[1]).length()).max().orElse(0);
        for (int i = 0; i < words.size(); i++) {
            String rank = String.valueOf(i + 1);
            String count = grouped(words.get(i)[1]);
            out.println("  " + " ".repeat(rankWidth - rank.length()) + rank + ".  " + pad(words.get(i)[0], wordWidth)
                    + "  " + " ".repeat(countWidth - count.length()) + count);
        }
    }

    private static String grouped(String count) {
        return String.format(Locale.ROOT, "%,d", Long.parseLong(count));
    }

    private void failed(Job job, LocalFailures failures, String what, String kept) {
        Throwable failure = failures == null ? null : failures.of(job.getJobID().toString());
        String reason = failure == null ? reason(job) : describe(failure);
        err.println(name + ": the " + what + " job failed"
                + (reason.isEmpty() ? " (its error is logged above)" : ": " + reason) + "; " + kept);
    }

    /** The first line of the first failed task's diagnostics, or of the job's failure info; "" if neither. */
    private static String reason(Job job) {
        try {
            for (TaskCompletionEvent event : job.getTaskCompletionEvents(0, 1000)) {
                if (event.getStatus() == TaskCompletionEvent.Status.FAILED
                        || event.getStatus() == TaskCompletionEvent.Status.TIPFAILED) {
                    for (String diagnostic : job.getTaskDiagnostics(event.getTaskAttemptId())) {
                        if (!diagnostic.isBlank()) {
                            return firstLine(diagnostic);
                        }
                    }
                }
            }
            String info = job.getStatus().getFailureInfo();
            return info == null || info.isBlank() || info.equals("NA") ? "" : firstLine(info);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * A task's exception in one line: the message of a read error (which names its file), or the exception's
     * class and message, and the line of the kata's code it came from.
     */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        // LocalJobRunner wraps the task's exception in one that only repeats it.
        while (cause.getCause() != null && String.valueOf(cause.getCause()).equals(cause.getMessage())) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null || cause.getMessage().isBlank()
                ? "" : firstLine(cause.getMessage());
        if (cause instanceof IOException && !message.isEmpty()) {
            return message;
        }
        String described = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith("dev.mlkatas.")) {
                return described + " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return described;
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    /**
     * The exceptions of failed jobs that LocalJobRunner logs as it runs jobs in this JVM, caught so that the
     * driver can say what went wrong in one line instead of Hadoop's stack trace; its other messages go on to
     * the configured appenders. Closing it puts LocalJobRunner's logging back as it was.
     */
    static final class LocalFailures implements AutoCloseable {

        /** How long a failed job's exception may take to be logged: LocalJobRunner marks the job failed first. */
        private static final long WAIT_NANOS = 5_000_000_000L;

        private final Logger logger = Logger.getLogger(LocalJobRunner.class);
        private final boolean additive = logger.getAdditivity();
        private final Level level = logger.getLevel();
        private final Level shown = logger.getEffectiveLevel();
        private final Map<String, Throwable> failures = new ConcurrentHashMap<>();
        private final AppenderSkeleton catcher = new AppenderSkeleton() {
            @Override
            protected void append(LoggingEvent event) {
                caught(event);
            }

            @Override
            public boolean requiresLayout() {
                return false;
            }

            @Override
            public void close() {
                // Log4j calls this at shutdown and when it finalizes the appender: there is nothing to release,
                // and the logger is put back by LocalFailures.close() alone.
            }
        };

        /** Starts catching, until {@link #close()}. */
        LocalFailures() {
            logger.addAppender(catcher);
            logger.setAdditivity(false);
            if (!Level.WARN.isGreaterOrEqual(shown)) {
                // LocalJobRunner logs a failure as a warning, which a quieter configuration would drop.
                logger.setLevel(Level.WARN);
            }
        }

        /** The exception LocalJobRunner logged for job {@code id}, waiting a moment for it; null if none came. */
        Throwable of(String id) {
            long deadline = System.nanoTime() + WAIT_NANOS;
            while (!failures.containsKey(id) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return failures.get(id);
        }

        private void caught(LoggingEvent event) {
            ThrowableInformation thrown = event.getThrowableInformation();
            String message = event.getRenderedMessage();
            // LocalJobRunner logs a failed job's exception with the job's id as the message.
            if (thrown != null && message != null && message.startsWith("job_")) {
                failures.put(message, thrown.getThrowable());
            } else if (event.getLevel().isGreaterOrEqual(shown) && logger.getParent() != null) {
                logger.getParent().callAppenders(event);
            }
        }

        @Override
        public void close() {
            logger.removeAppender(catcher);
            logger.setAdditivity(additive);
            logger.setLevel(level);
        }
    }
}
