package dev.mlkatas.dispatch;

import dev.mlkatas.dispatch.simulation.ClusteredInstances;
import dev.mlkatas.dispatch.vrptw.Instance;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference against its peers: the Hungarian algorithm on a 500 x 500 matrix of whole costs 0 to 999 against
 * the greedy row minimum (each row in turn takes its cheapest free column; brute force over 500! assignments is
 * out of the question), and savings, with and without local search, on a generated clustered instance of 100
 * customers (seed 1). {@link #main} prints the distances on seeds 1 to 5.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class DispatchBenchmark {

    static final int SIZE = 500;

    double[][] cost;
    Instance clustered;
    List<List<Integer>> savings;

    @Setup
    public void draw() {
        cost = matrix(SIZE, 7);
        clustered = ClusteredInstances.generate(100, 10, 1);
        savings = Routes.savings(clustered);
    }

    @Benchmark
    public Optional<int[]> hungarian500() {
        return Assignment.hungarian(cost);
    }

    @Benchmark
    public int[] greedy500() {
        return greedy(cost);
    }

    @Benchmark
    public List<List<Integer>> savings100() {
        return Routes.savings(clustered);
    }

    @Benchmark
    public List<List<Integer>> savingsAndLocalSearch100() {
        return Routes.improve(clustered, Routes.savings(clustered));
    }

    static double[][] matrix(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextInt(1000);
            }
        }
        return m;
    }

    static int[] greedy(double[][] cost) {
        boolean[] taken = new boolean[cost[0].length];
        int[] columns = new int[cost.length];
        for (int i = 0; i < cost.length; i++) {
            int best = -1;
            for (int j = 0; j < taken.length; j++) {
                if (!taken[j] && (best < 0 || cost[i][j] < cost[i][best])) {
                    best = j;
                }
            }
            taken[best] = true;
            columns[i] = best;
        }
        return columns;
    }

    static double total(double[][] cost, int[] columns) {
        double sum = 0;
        for (int i = 0; i < columns.length; i++) {
            sum += cost[i][columns[i]];
        }
        return sum;
    }

    /** The table of benchmarks.md: costs of both assignments, then routes on five clustered instances. */
    public static void main(String[] args) {
        double[][] m = matrix(SIZE, 7);
        long start = System.nanoTime();
        double hungarian = total(m, Assignment.hungarian(m).orElseThrow());
        double hungarianMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("500 x 500: Hungarian %.0f (%.0f ms cold), greedy %.0f%n", hungarian, hungarianMs,
                total(m, greedy(m)));
        System.out.println("| instance | savings: vehicles | distance | ms | + local search: vehicles | distance "
                + "| ms |");
        for (long seed = 1; seed <= 5; seed++) {
            Instance instance = ClusteredInstances.generate(100, 10, seed);
            long t0 = System.nanoTime();
            List<List<Integer>> routes = Routes.savings(instance);
            long t1 = System.nanoTime();
            List<List<Integer>> improved = Routes.improve(instance, routes);
            long t2 = System.nanoTime();
            System.out.printf("| %s | %d | %.1f | %.0f | %d | %.1f | %.0f |%n", instance.name(), routes.size(),
                    total(instance, routes), (t1 - t0) / 1e6, improved.size(), total(instance, improved),
                    (t2 - t1) / 1e6);
        }
    }

    private static double total(Instance instance, List<List<Integer>> routes) {
        return routes.stream().mapToDouble(route -> Routes.distance(instance, route)).sum();
    }
}
