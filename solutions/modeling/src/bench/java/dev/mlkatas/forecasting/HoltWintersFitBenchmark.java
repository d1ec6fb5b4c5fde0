package dev.mlkatas.forecasting;

import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.forecasting.simulation.WorldSales;
import dev.mlkatas.grocery.world.WorldSettings;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
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
 * Fitting additive Holt-Winters (weekly season) to many two-year daily series: the reference's grid and compass
 * search against Apache Commons Math's BOBYQA (bounded to [0, 1]) and Nelder-Mead (parameters clamped to
 * [0, 1] inside the objective), all minimising the same one-step SSE ({@link HoltWinters#oneStepSse}). Each
 * operation fits every series once and returns the summed SSE, so the optimisers' quality can be compared too
 * ({@link #main} prints it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class HoltWintersFitBenchmark {

    static final int PERIOD = 7;
    static final double[] START = {0.3, 0.1, 0.1};
    /** Objective evaluations of BOBYQA and Nelder-Mead since the start, for {@link #main}. */
    static final long[] evaluations = new long[2];

    @Param({"100"})
    int series;

    List<double[]> data;

    @Setup
    public void simulate() {
        data = simulated(series);
    }

    /** The grocery world's two years (seed 7): its stores' best-selling items, as many as it takes. */
    static List<double[]> simulated(int count) {
        int stores = 4;
        SalesTable table = WorldSales.generate(WorldSettings.defaults(WorldSettings.DEFAULT_SEED),
                WorldSales.WORLD_DAYS, (count + stores - 1) / stores);
        List<double[]> all = new ArrayList<>();
        for (SalesTable.Series s : table.series()) {
            if (all.size() < count) {
                all.add(s.sales());
            }
        }
        return all;
    }

    @Benchmark
    public double gridAndCompass() {
        double total = 0;
        for (double[] y : data) {
            total += HoltWinters.oneStepSse(y, PERIOD, HoltWinters.fit(y, PERIOD));
        }
        return total;
    }

    @Benchmark
    public double bobyqa() {
        double total = 0;
        for (double[] y : data) {
            total += bobyqa(y).getValue();
        }
        return total;
    }

    @Benchmark
    public double nelderMead() {
        double total = 0;
        for (double[] y : data) {
            total += nelderMead(y).getValue();
        }
        return total;
    }

    static PointValuePair bobyqa(double[] y) {
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * 3 + 1, 0.2, 1e-4);
        PointValuePair result = optimizer.optimize(new MaxEval(5000), new ObjectiveFunction(sse(y)), GoalType.MINIMIZE,
                new InitialGuess(START), new SimpleBounds(new double[3], new double[] {1, 1, 1}));
        evaluations[0] += optimizer.getEvaluations();
        return result;
    }

    static PointValuePair nelderMead(double[] y) {
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-10, 1e-6);
        PointValuePair result = optimizer.optimize(new MaxEval(5000), new ObjectiveFunction(sse(y)),
                GoalType.MINIMIZE, new InitialGuess(START), new NelderMeadSimplex(3, 0.1));
        evaluations[1] += optimizer.getEvaluations();
        return result;
    }

    private static MultivariateFunction sse(double[] y) {
        return p -> HoltWinters.oneStepSse(y, PERIOD, new HoltWintersParameters(clamp(p[0]), clamp(p[1]), clamp(p[2])));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** The fits' quality: each optimiser's SSE against the reference's, per series, and its evaluations. */
    public static void main(String[] args) {
        List<double[]> all = simulated(args.length > 0 ? Integer.parseInt(args[0]) : 100);
        double worseBobyqa = 0;
        double worseNelderMead = 0;
        int bobyqaWorse = 0;
        int nelderMeadWorse = 0;
        for (double[] y : all) {
            double reference = HoltWinters.oneStepSse(y, PERIOD, HoltWinters.fit(y, PERIOD));
            double b = bobyqa(y).getValue() / reference - 1;
            double n = nelderMead(y).getValue() / reference - 1;
            worseBobyqa = Math.max(worseBobyqa, b);
            worseNelderMead = Math.max(worseNelderMead, n);
            bobyqaWorse += b > 1e-3 ? 1 : 0;
            nelderMeadWorse += n > 1e-3 ? 1 : 0;
        }
        System.out.printf(java.util.Locale.ROOT, "%d series: BOBYQA more than 0.1 %% worse on %d (at most %.2f %%), "
                + "Nelder-Mead on %d (at most %.2f %%); evaluations per fit: BOBYQA %.0f, Nelder-Mead %.0f%n",
                all.size(), bobyqaWorse, 100 * worseBobyqa, nelderMeadWorse, 100 * worseNelderMead,
                (double) evaluations[0] / all.size(), (double) evaluations[1] / all.size());
    }
}
