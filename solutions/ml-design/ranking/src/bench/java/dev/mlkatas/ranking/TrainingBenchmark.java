package dev.mlkatas.ranking;

import dev.mlkatas.ranking.rankers.LearnedRanker;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The training time of the learned ranker on the 50,000-product synthetic shop: features of every shown
 * product of 20,000 logged searches, the propensity estimate and the LambdaMART trees, from the log to the
 * model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class TrainingBenchmark {

    SimulatedShop shop;

    @Setup(Level.Trial)
    public void open() {
        shop = SimulatedShop.open(SyntheticCatalog.generate(42, 50_000), 42, SimulatedShop.Settings.DEFAULT);
    }

    @Benchmark
    public LearnedRanker train() {
        return shop.learnedRanker(search -> true, true);
    }

    @TearDown(Level.Trial)
    public void close() {
        shop.close();
    }
}
