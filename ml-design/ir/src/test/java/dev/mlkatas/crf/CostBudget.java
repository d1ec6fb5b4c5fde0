package dev.mlkatas.crf;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one call on a size where the stated complexity needs well under a second and a brute force over the
 * {@code L^n} labellings (or a quadratic pass) could not finish in years, and stops it once its budget is
 * spent. Stopping matters: a timed-out call left running would hold a core for the rest of the suite, and
 * the suite must still end within its time limit to name the other failures.
 *
 * <p>Example: {@code int[] path = CostBudget.within(Duration.ofSeconds(10), () -> viterbi(scores));}
 */
final class CostBudget {

    private CostBudget() {
    }

    static <T> T within(Duration budget, Callable<T> call) throws Exception {
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
            throw new AssertionError("not done after " + budget.toSeconds() + " s on a size that O(n L²) answers"
                    + " in well under a second: is it trying every labelling?");
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
