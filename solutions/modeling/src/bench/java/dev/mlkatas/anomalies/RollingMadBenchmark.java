package dev.mlkatas.anomalies;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rolling median and MAD over a stream of order amounts: the reference {@link RollingMad} (an order-statistic
 * tree, O(log w) a point) against the obvious peer, copying and sorting the window and then its distances for
 * every point (O(w log w) a point). Each operation scores {@link #POINTS} points; the time is per point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class RollingMadBenchmark {

    static final int POINTS = 20_000;

    @Param({"64", "512", "4096"})
    int window;

    double[] amounts;

    @Setup
    public void amounts() {
        amounts = amounts(window + POINTS);
    }

    /** Log-normal amounts with a spike now and then, like orders; the same for every run. */
    static double[] amounts(int n) {
        Random random = new Random(1);
        double[] amounts = new double[n];
        for (int i = 0; i < n; i++) {
            amounts[i] = Math.round(Math.exp(3.5 + 0.6 * random.nextGaussian()) * 100) / 100.0
                    * (random.nextDouble() < 0.005 ? 8 : 1);
        }
        return amounts;
    }

    /**
     * One timed pass over many points, outside JMH, for the table's directly measured rows: {@code main(window,
     * points, tree|sort)} prints the seconds and the sum of the (capped) scores, which both ways must share.
     */
    public static void main(String[] args) {
        RollingMadBenchmark benchmark = new RollingMadBenchmark();
        benchmark.window = Integer.parseInt(args[0]);
        benchmark.amounts = amounts(Integer.parseInt(args[1]));
        long start = System.nanoTime();
        double sum = "sort".equals(args[2]) ? benchmark.sortEachWindow() : benchmark.orderStatisticTree();
        System.out.printf(java.util.Locale.ROOT, "%s, window %d, %d points: %.1f s (score sum %.6e)%n", args[2],
                benchmark.window, benchmark.amounts.length, (System.nanoTime() - start) / 1e9, sum);
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public double orderStatisticTree() {
        RollingMad detector = new RollingMad(window, 3.5);
        double sum = 0;
        for (double amount : amounts) {
            sum += Math.min(detector.next(amount).score(), 1e9);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public double sortEachWindow() {
        double[] sorted = new double[window];
        double[] distances = new double[window];
        double sum = 0;
        for (int t = window; t < amounts.length; t++) {
            System.arraycopy(amounts, t - window, sorted, 0, window);
            Arrays.sort(sorted);
            double median = median(sorted);
            for (int i = 0; i < window; i++) {
                distances[i] = Math.abs(sorted[i] - median);
            }
            Arrays.sort(distances);
            double mad = median(distances);
            double distance = Math.abs(amounts[t] - median);
            sum += Math.min(mad > 0 ? distance / (RollingMad.SCALE * mad) : distance == 0 ? 0 : 1e9, 1e9);
        }
        return sum;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
