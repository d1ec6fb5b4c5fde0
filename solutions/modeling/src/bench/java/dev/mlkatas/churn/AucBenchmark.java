package dev.mlkatas.churn;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reference AUC against Smile's on the same rows: a quarter positives, scores rounded to two decimals
 * so that ties are common, as with scores of a tree model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class AucBenchmark {

    @Param({"100000", "1000000"})
    int rows;

    int[] labels;
    double[] scores;

    @Setup
    public void draw() {
        SplittableRandom random = new SplittableRandom(42);
        labels = new int[rows];
        scores = new double[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextInt(4) == 0 ? 1 : 0;
            scores[i] = Math.round((random.nextGaussian() + labels[i]) * 100) / 100.0;
        }
    }

    @Benchmark
    public double reference() {
        return Auc.of(labels, scores);
    }

    @Benchmark
    public double smile() {
        return smile.validation.metric.AUC.of(labels, scores);
    }
}
