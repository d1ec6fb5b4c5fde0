package dev.mlkatas.ltv;

import dev.mlkatas.grocery.WorldCustomers;
import dev.mlkatas.ltv.probabilistic.BgNbdModel;
import dev.mlkatas.orders.CustomerHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * The BG/NBD fit of the lifetime-value job (BFGS on log-parameters, numerical gradient and Hessian, the
 * reference log-likelihood) on the default generated customers, summarised in weeks at 2024-06-30; and one
 * evaluation of the log-likelihood, which the fit calls about 200 times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class BgNbdFitBenchmark {

    @Param({"20000"})
    int customers;

    List<RfmSummary> summaries;

    @Setup
    public void summarise() {
        LocalDate end = LocalDate.parse("2024-06-30");
        summaries = new ArrayList<>();
        for (CustomerHistory history : WorldCustomers.draw(customers, 7).histories()) {
            if (!history.date(0).isAfter(end)) {
                summaries.add(Rfm.summarize(history, end, TimeUnit.WEEKS));
            }
        }
    }

    @Benchmark
    public BgNbdModel fit() {
        return BgNbdModel.fit(summaries);
    }

    @Benchmark
    public double logLikelihood() {
        return BgNbdLikelihood.of(new BgNbdParameters(2.1, 2.9, 0.95, 12), summaries);
    }
}
