package dev.mlkatas.forecasting;

import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.forecasting.simulation.WorldSales;
import dev.mlkatas.grocery.world.WorldSettings;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reference fit ({@link HoltWinters#fit}, the statement's grid and compass search) on ten thousand two-year
 * daily series at once, on every core: the size a chain's forecast refits each night, measured whole rather
 * than scaled up from {@link HoltWintersFitBenchmark}'s hundred.
 *
 * <p>The series are every store's sales of every product sold by the unit in grocery worlds of seeds 7, 8,
 * 9... (about 600 series a world), 728 days each, slow sellers included: a fit's cost follows the series'
 * length, not its volume.
 *
 * <p>Example: {@code java -cp <the test class path of solutions/modeling> dev.mlkatas.forecasting.HoltWintersAtScale
 * 10000}
 */
public final class HoltWintersAtScale {

    private HoltWintersAtScale() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long start = System.nanoTime();
        List<double[]> series = new ArrayList<>(count);
        int worlds = 0;
        for (long seed = WorldSettings.DEFAULT_SEED; series.size() < count; seed++, worlds++) {
            SalesTable table = WorldSales.generate(WorldSettings.defaults(seed), WorldSales.WORLD_DAYS,
                    Integer.MAX_VALUE);
            for (SalesTable.Series s : table.series()) {
                if (series.size() < count) {
                    series.add(s.sales());
                }
            }
        }
        double drawn = (System.nanoTime() - start) / 1e9;

        long cpuBefore = processCpuNanos();
        long fitStart = System.nanoTime();
        double sse = series.parallelStream()
                .mapToDouble(y -> HoltWinters.oneStepSse(y, HoltWintersFitBenchmark.PERIOD,
                        HoltWinters.fit(y, HoltWintersFitBenchmark.PERIOD)))
                .sum();
        double seconds = (System.nanoTime() - fitStart) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf(Locale.ROOT, "%,d series of %d days from %d worlds (drawn in %.1f s); fitted in %.1f s on "
                + "%d cores, %.1f s of CPU, %.1f ms of CPU a series; summed SSE %.6e%n", series.size(),
                series.get(0).length, worlds, drawn, seconds, Runtime.getRuntime().availableProcessors(), cpu,
                1e3 * cpu / series.size(), sse);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
