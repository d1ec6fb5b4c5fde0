package dev.mlkatas.twosum;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * Task 1 by the reference (sort a copy, two pointers) and by the two hashing variants of
 * {@link HashingTwoSum}, beside copying and sorting the same array: the floor that the reference cannot beat
 * and that hashing has to. The results are in the kata's {@code benchmarks.md}, with the command that
 * produced them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class TwoSumBenchmark {

    @Param({"1000000", "10000000"})
    public int size;

    @Param("42")
    public long seed;

    private int[] values;

    @Setup
    public void generate() {
        values = new Random(seed).ints(size).toArray();
        List<Pair> expected = TwoSum.zeroSumPairs(values);
        if (!expected.equals(HashingTwoSum.pairsWithHashMap(values, 0))
                || !expected.equals(HashingTwoSum.pairsWithOpenAddressing(values, 0))) {
            throw new IllegalStateException("a hashing variant disagrees with the reference at size " + size);
        }
    }

    @Benchmark
    public int[] copyAndSort() {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    @Benchmark
    public List<Pair> reference() {
        return TwoSum.zeroSumPairs(values);
    }

    @Benchmark
    public List<Pair> hashMap() {
        return HashingTwoSum.pairsWithHashMap(values, 0);
    }

    @Benchmark
    public List<Pair> openAddressing() {
        return HashingTwoSum.pairsWithOpenAddressing(values, 0);
    }
}
