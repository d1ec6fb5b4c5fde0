package dev.mlkatas.ranking;

import dev.mlkatas.ranking.rankers.Bm25Ranker;
import dev.mlkatas.ranking.rankers.PopularityRanker;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.search.Hit;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import dev.mlkatas.ranking.simulation.shoppers.SimulatedQuery;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The latency of one search on the 50,000-product synthetic shop: normalisation, retrieval of the top 100,
 * their features, ranking and the business rules. JMH's sample mode reports the percentiles (p0.50, p0.99)
 * over 1,000 queries drawn from the simulated traffic, head queries as often as shoppers type them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class SearchLatencyBenchmark {

    private static final long SEED = 42;

    @Param({"bm25", "popularity", "ltr"})
    String ranker;

    SimulatedShop shop;
    Ranker chosen;
    List<SimulatedQuery> queries;
    int next;

    @Setup(Level.Trial)
    public void open() {
        shop = SimulatedShop.open(SyntheticCatalog.generate(SEED, 50_000), SEED, SimulatedShop.Settings.DEFAULT);
        chosen = switch (ranker) {
            case "bm25" -> new Bm25Ranker();
            case "popularity" -> new PopularityRanker();
            default -> shop.learnedRanker(search -> true, true);
        };
        SplittableRandom random = new SplittableRandom(SEED);
        queries = Stream.generate(() -> shop.simulator().sampleQuery(random)).limit(1_000).toList();
    }

    @Benchmark
    public List<Hit> search() {
        SimulatedQuery query = queries.get(next);
        next = (next + 1) % queries.size();
        return shop.system().search(query.text(), OptionalInt.empty(), chosen, 10);
    }

    @TearDown(Level.Trial)
    public void close() {
        shop.close();
    }
}
