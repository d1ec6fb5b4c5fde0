package dev.mlkatas.output;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tells the person at the terminal what a long job is doing. A step that takes more than two seconds says
 * so every five seconds while it runs, and how long it took when it ends.
 *
 * <p>Example: {@code try (Progress.Step step = progress.step("fitting random forest")) { ... }}
 */
public final class Progress implements AutoCloseable {

    private static final long QUIET_MILLIS = 2_000;
    private static final long EVERY_MILLIS = 5_000;

    private final PrintStream out;
    private final ScheduledExecutorService ticker;

    public Progress(PrintStream out) {
        this.out = out;
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A step under way; closing it ends it. */
    public final class Step implements AutoCloseable {

        private final String name;
        private final long start = System.nanoTime();
        private final ScheduledFuture<?> ticks;
        private volatile boolean spoke;

        private Step(String name) {
            this.name = name;
            this.ticks = ticker.scheduleAtFixedRate(this::tick, QUIET_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        }

        /** Seconds since the step began. */
        public double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        private void tick() {
            spoke = true;
            out.printf(Locale.ROOT, "  ... %s (%.0f s so far)%n", name, seconds());
        }

        @Override
        public void close() {
            ticks.cancel(false);
            if (spoke) {
                out.printf(Locale.ROOT, "  ... %s: done in %.1f s%n", name, seconds());
            }
        }
    }

    public Step step(String name) {
        return new Step(name);
    }

    /** Prints a line at once. */
    public void say(String line) {
        out.println(line);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
