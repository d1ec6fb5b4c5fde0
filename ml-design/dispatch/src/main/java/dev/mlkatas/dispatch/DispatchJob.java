package dev.mlkatas.dispatch;

import dev.mlkatas.dispatch.data.BestKnown;
import dev.mlkatas.dispatch.data.SolomonFormat;
import dev.mlkatas.dispatch.eta.EtaEvaluation;
import dev.mlkatas.dispatch.evaluation.RouteAudit;
import dev.mlkatas.dispatch.planning.RoutePlan;
import dev.mlkatas.dispatch.planning.ShopperAssignment;
import dev.mlkatas.dispatch.report.CityRun;
import dev.mlkatas.dispatch.report.DispatchReport;
import dev.mlkatas.dispatch.report.DispatchSummary;
import dev.mlkatas.dispatch.report.InstanceRun;
import dev.mlkatas.dispatch.report.RouteMap;
import dev.mlkatas.dispatch.simulation.CityDay;
import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import dev.mlkatas.output.JsonFile;
import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.output.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The dispatch job: a simulated day of one store (a quantile ETA model, routes with and without local search,
 * greedy against Hungarian assignment of shoppers), or a Solomon instance (vehicles and distance, checked
 * independently, against a best-known solution when given). {@code ./kata run dispatch} runs it with the
 * reference pieces, {@code ./kata run --mine dispatch} with yours.
 *
 * <p>Example: {@code DispatchJob --instance C101.txt --best-known 10,828.94 --out results}, or with no arguments
 * on a simulated day; {@code DispatchJob generate --out city} writes that day as an instance ({@link GenerateCity}).
 * Bad input is one line on standard error, exit status 2, nothing written.
 */
@Command(name = "dispatch", subcommands = GenerateCity.class,
        description = {"Machine learning and operations research together: how long a delivery takes (a quantile "
                + "ETA model), who takes which batch (the Hungarian algorithm), and in which order (savings and "
                + "local search under time windows).",
            "With no --instance, simulates a day of one store of the grocery world; with --instance, solves a "
                + "vehicle-routing instance in Solomon's format. Writes report.md, summary.json and a map of the "
                + "routes to --out.",
            "generate writes the simulated evening as an instance file in Solomon's format, to read back with "
                + "--instance."},
        footer = {"  ./kata run dispatch --deliveries 80 --shoppers 30 --seed 3 --out results",
            "  ./kata run dispatch --instance C101.txt --best-known 10,828.94 --out c101",
            "  ./kata run dispatch generate --out city && ./kata run dispatch --instance city/city.txt"})
public final class DispatchJob extends JobCommand {

    static final long DEFAULT_SEED = 7;
    static final int DEFAULT_DELIVERIES = 60;
    static final int DEFAULT_SHOPPERS = 30;
    /** Past handovers the simulated evening keeps for the ETA model; they share the day's random numbers. */
    static final int PAST_TRIPS = 6000;

    @Option(names = "--instance", paramLabel = "FILE",
            description = "A vehicle-routing instance in Solomon's format (name line, VEHICLE NUMBER CAPACITY, the "
                    + "CUSTOMER table with the depot as customer 0); without it a day of the city is simulated.")
    private Path instance;

    @Option(names = "--best-known", paramLabel = "VEHICLES,DISTANCE",
            description = "The best-known solution of --instance, to compare with, e.g. 10,828.94 for C101.")
    private String bestKnown;

    @Option(names = "--deliveries", paramLabel = "N", defaultValue = "" + DEFAULT_DELIVERIES,
            description = "Deliveries of the simulated day at most (5 to 150).")
    private int deliveries;

    @Option(names = "--shoppers", paramLabel = "N", defaultValue = "" + DEFAULT_SHOPPERS,
            description = "Shoppers on shift in the simulated day (1 to 200).")
    private int shoppers;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "100",
            description = "Trees of each gradient-boosted ETA model (1 to 1000).")
    private int trees;

    @Mixin
    private Seed seed;

    @Mixin
    private OutputFolder output;

    public static void main(String[] args) {
        JobCommand.main(new DispatchJob(), args);
    }

    /** Runs the job and returns its exit status: 0 done, 1 a kata piece is not written yet, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new DispatchJob(), args, out, err);
    }

    @Override
    protected long defaultSeed() {
        return DEFAULT_SEED;
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        int n = within("--deliveries", deliveries, 5, 150);
        int m = within("--shoppers", shoppers, 1, 200);
        int t = within("--trees", trees, 1, 1000);
        if (instance == null) {
            forbid("--best-known", "without --instance");
        }
        BestKnown best = bestKnown == null ? null : BestKnown.parse(bestKnown);
        // Every check of the input comes before the output directory is made.
        Instance read = instance == null ? null : servable(SolomonFormat.read(instance));
        OutputDirectory directory = OutputDirectory.choose(output.given(), "dispatch");
        try (Progress progress = new Progress(out())) {
            if (read != null) {
                solve(read, best, progress, directory, start);
            } else {
                simulate(n, m, t, progress, directory, start);
            }
            Path written = directory.publish();
            out().println("wrote " + written + " (report.md, summary.json, routes.png and routes.svg)");
            return 0;
        } finally {
            directory.discard();
        }
    }

    private void solve(Instance read, BestKnown best, Progress progress, OutputDirectory directory, long start)
            throws IOException {
        PrintStream out = out();
        out.printf(Locale.ROOT, "%s: %d customers, fleet of %d, capacity %d%n", read.name(), read.customers(),
                read.vehicles(), read.capacity());
        List<List<Integer>> savings;
        try (Progress.Step step = progress.step("savings")) {
            savings = Routes.savings(read);
        }
        RouteAudit savingsAudit = RouteAudit.of(read, savings);
        out.printf(Locale.ROOT, "savings: %d vehicles, distance %.2f%n", savingsAudit.vehicles(),
                savingsAudit.distance());
        List<List<Integer>> improved;
        try (Progress.Step step = progress.step("local search (2-opt and relocation)")) {
            improved = Routes.improve(read, savings);
        }
        RouteAudit audit = RouteAudit.of(read, improved);
        out.printf(Locale.ROOT, "local search: %d vehicles, distance %.2f; independent check: %s%n", audit.vehicles(),
                audit.distance(), audit.feasible() ? "feasible" : audit.problems().size() + " problems, first: "
                        + audit.problems().get(0));
        if (best != null) {
            out.printf(Locale.ROOT, "best known: %d vehicles, distance %.2f; gap %.1f %%%n", best.vehicles(),
                    best.distance(), best.gapPercent(audit.distance()));
        }
        InstanceRun run = new InstanceRun(instance.getFileName().toString(), read, savings, improved, savingsAudit,
                audit, best, (System.nanoTime() - start) / 1e9);
        JsonFile.write(DispatchSummary.of(run), directory.file("summary.json"));
        Files.writeString(directory.file("report.md"), DispatchReport.markdown(run), StandardCharsets.UTF_8);
        RouteMap.write(read, improved, String.format(Locale.ROOT, "%s: %d routes, distance %.1f", read.name(),
                audit.vehicles(), audit.distance()), 1, directory.file("routes"));
    }

    private void simulate(int n, int m, int t, Progress progress, OutputDirectory directory, long start)
            throws IOException {
        PrintStream out = out();
        long s = seed.value();
        CityDay day;
        try (Progress.Step step = progress.step("simulating the city")) {
            day = CityDay.generate(s, n, m, PAST_TRIPS);
        }
        out.printf(Locale.ROOT, "%s on %s: %d deliveries, %d shoppers (seed %d)%n", day.store().name(), day.date(),
                day.deliveries().size(), m, s);
        EtaEvaluation eta;
        try (Progress.Step step = progress.step("fitting the p50 and p90 ETA models")) {
            eta = EtaEvaluation.of(day, t, s);
        }
        out.printf(Locale.ROOT, "ETA on held-out handovers: p50 coverage %.3f, p90 coverage %.3f%n",
                eta.p50().coverage(), eta.p90().coverage());
        List<RoutePlan> plans;
        try (Progress.Step step = progress.step("routing")) {
            plans = List.of(RoutePlan.of("savings, p90 handovers", day, eta.dayP90(), false),
                    RoutePlan.of("savings + local search, p90 handovers", day, eta.dayP90(), true),
                    RoutePlan.of("savings + local search, p50 handovers", day, eta.dayP50(), true));
        }
        for (RoutePlan plan : plans) {
            out.printf(Locale.ROOT, "%-40s %6.1f km, %2d shoppers, %5.1f %% on time%n", plan.label(),
                    plan.distanceKm(), plan.shoppers(), 100 * plan.onTime());
        }
        RoutePlan main = plans.get(1);
        ShopperAssignment assignment = main.shoppers() <= m ? ShopperAssignment.compare(day, main) : null;
        if (assignment != null) {
            out.printf(Locale.ROOT, "assignment: greedy %.1f km (%d routes unstaffed), Hungarian %.1f km%n",
                    assignment.greedyKm(), assignment.greedyUnstaffed(), assignment.hungarianKm());
        }
        CityRun run = new CityRun(s, t, day, eta, plans, assignment, (System.nanoTime() - start) / 1e9);
        JsonFile.write(DispatchSummary.of(run), directory.file("summary.json"));
        Files.writeString(directory.file("report.md"), DispatchReport.markdown(run), StandardCharsets.UTF_8);
        RouteMap.write(main.instance(), main.routes(), String.format(Locale.ROOT, "%s on %s: %d routes, %.1f km",
                day.store().name(), day.date(), main.shoppers(), main.distanceKm()), RoutePlan.MINUTES_PER_KM,
                directory.file("routes"));
    }

    /** The instance, once every customer is known to be servable by a vehicle of its own. */
    private Instance servable(Instance read) {
        for (int c = 1; c <= read.customers(); c++) {
            RouteAudit alone = RouteAudit.of(read, List.of(List.of(c)));
            for (String problem : alone.problems()) {
                if (problem.startsWith("route 1 ")) {
                    throw new BadInputException(instance.getFileName() + ": customer " + read.stop(c).number()
                            + " cannot be served even by a vehicle of its own: " + problem.substring(8));
                }
            }
        }
        return read;
    }
}
