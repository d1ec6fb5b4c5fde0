package dev.mlkatas.experiments;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.inference.TTest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference tests on an experiment of {@code users} users, half in each arm, against the peer: Welch's
 * test by Commons Math's {@code TTest} (its statistic and p-value, no interval). Spend per user with a
 * correlated pre-period spend, orders for the delta method.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExperimentsBenchmark {

    @Param({"1000000"})
    int users;

    double[] spendT;
    double[] spendC;
    double[] preT;
    double[] preC;
    double[] ordersT;
    double[] ordersC;

    @Setup
    public void draw() {
        SplittableRandom random = new SplittableRandom(7);
        int half = users / 2;
        spendT = new double[half];
        spendC = new double[half];
        preT = new double[half];
        preC = new double[half];
        ordersT = new double[half];
        ordersC = new double[half];
        for (int i = 0; i < half; i++) {
            preT[i] = 90 + 40 * random.nextGaussian();
            preC[i] = 90 + 40 * random.nextGaussian();
            spendT[i] = 2 + 0.6 * preT[i] + 30 * random.nextGaussian();
            spendC[i] = 0.6 * preC[i] + 30 * random.nextGaussian();
            ordersT[i] = 1 + random.nextInt(4);
            ordersC[i] = 1 + random.nextInt(4);
        }
    }

    @Benchmark
    public Estimate welch() {
        return MetricTests.welch(spendT, spendC, 0.05);
    }

    @Benchmark
    public double commonsMathTTest() {
        TTest test = new TTest();
        return test.t(spendT, spendC) + test.tTest(spendT, spendC);
    }

    @Benchmark
    public Estimate cuped() {
        return Cuped.adjusted(spendT, preT, spendC, preC, 0.05);
    }

    @Benchmark
    public Estimate deltaMethod() {
        return MetricTests.ratio(spendT, ordersT, spendC, ordersC, 0.05);
    }
}
