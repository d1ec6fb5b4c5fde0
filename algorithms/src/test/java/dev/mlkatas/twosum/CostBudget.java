package dev.mlkatas.twosum;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one call on a million values, where O(n log n) needs a fraction of a second and O(n²) needs minutes,
 * and stops it once its budget is spent. Stopping matters: a timed-out call left running would hold a core
 * for the rest of the suite, and the suite must still end within its time limit to name the other failures.
 *
 * <p>The calls of one test class share a budget too: a quadratic solution fails the first cost tests in full
 * and the others at once, so that it learns what is wrong in seconds, not minutes. An honest solution spends
 * a few seconds of it, even on a busy machine. Make one budget for each run of the class.
 *
 * <p>Example: {@code CostBudget.sharing(Duration.ofSeconds(20)).within(Duration.ofSeconds(10), () ->
 * countIndexPairs(values, 0))}
 */
final class CostBudget {

    private final Duration shared;
    private final AtomicLong leftNanos;

    private CostBudget(Duration shared) {
        this.shared = shared;
        this.leftNanos = new AtomicLong(shared.toNanos());
    }

    /** A budget of {@code shared} for all the calls of one run of a test class. */
    static CostBudget sharing(Duration shared) {
        return new CostBudget(shared);
    }

    /** The call's result, if it comes within {@code limit} and within what is left of the shared budget. */
    <T> T within(Duration limit, Callable<T> call) throws Exception {
        long left = leftNanos.get();
        if (left <= 0) {
            throw new AssertionError("not run: the cost tests before this one spent the " + shared.toSeconds()
                    + " s they share, on a million values each, which O(n log n) answers in a fraction of a"
                    + " second: is it trying every pair?");
        }
        long start = System.nanoTime();
        try {
            return run(Duration.ofNanos(Math.min(limit.toNanos(), left)), call);
        } finally {
            leftNanos.addAndGet(start - System.nanoTime());
        }
    }

    private static <T> T run(Duration budget, Callable<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(call.call());
            } catch (Throwable problem) {
                thrown.set(problem);
            }
        }, "cost-budget");
        worker.setDaemon(true);
        worker.start();
        worker.join(budget.toMillis());
        if (worker.isAlive()) {
            stop(worker);
            throw new AssertionError(String.format(Locale.ROOT, "not done after %.1f s on a million values, which"
                    + " O(n log n) answers in a fraction of a second: is it trying every pair?",
                    budget.toMillis() / 1e3));
        }
        Throwable problem = thrown.get();
        if (problem instanceof Exception exception) {
            throw exception;
        }
        if (problem instanceof Error error) {
            throw error;
        }
        return result.get();
    }

    /** Thread.stop ends a busy loop at once; the JDKs that no longer have it leave the thread to run on as a daemon. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker) {
        try {
            worker.stop();
        } catch (UnsupportedOperationException gone) {
            worker.interrupt();
        }
    }
}
