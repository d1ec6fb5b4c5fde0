package dev.mlkatas.dispatch.report;

import dev.mlkatas.dispatch.eta.EtaEvaluation;
import dev.mlkatas.dispatch.planning.RoutePlan;
import dev.mlkatas.dispatch.planning.ShopperAssignment;
import dev.mlkatas.dispatch.simulation.CityDay;
import java.util.Locale;

/**
 * report.md of a run, in plain words with the run's own numbers.
 *
 * <p>Example: {@code Files.writeString(out.file("report.md"), DispatchReport.markdown(run))}
 */
public final class DispatchReport {

    private DispatchReport() {
    }

    /** The simulated city's report. */
    public static String markdown(CityRun run) {
        StringBuilder md = new StringBuilder("# Dispatch: one evening at ").append(run.day().store().name())
                .append("\n\n");
        md.append(f("A simulated evening (seed %d) of the shared grocery world: %d deliveries from %s on %s, each in a "
                + "half-hour window the customer chose between %d:00 and %d:00, and %d shoppers on shift (one in "
                + "three with a van of 120 units, the others a car of 60). Shoppers drive at %.0f km/h; the routes "
                + "are planned as a vehicle-routing problem with time windows (Solomon's rules) and driven with "
                + "the minutes each handover really took.%n%n", run.seed(), run.day().deliveries().size(),
                run.day().store().name(), run.day().date(), CityDay.OPENS,
                CityDay.OPENS + CityDay.SLOTS * CityDay.SLOT_MINUTES / 60, run.day().shoppers().size(),
                RoutePlan.KM_PER_HOUR));
        EtaEvaluation eta = run.eta();
        md.append("## How long does a handover take? The quantile ETA model\n\n");
        md.append(f("Smile's gradient-boosted trees with the quantile loss (%d trees each), learnt from %d past "
                + "handovers and scored on %d later ones they never saw. Features: the order's lines and units, "
                + "the distance of the home from the city centre (parking) and the hour (rush hour).%n%n",
                run.trees(), eta.trainRows(), eta.testRows()));
        md.append("| model | mean pinball loss | coverage | constant's pinball loss | constant's coverage |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        for (EtaEvaluation.Scores s : new EtaEvaluation.Scores[] {eta.p50(), eta.p90()}) {
            md.append(f("| p%.0f | %.3f | %.3f | %.3f (%.1f min) | %.3f |%n", 100 * s.tau(), s.pinball(),
                    s.coverage(), s.constantPinball(), s.constant(), s.constantCoverage()));
        }
        md.append(f("%nCoverage is the share of held-out handovers that took at most the predicted minutes: the p90 "
                + "model covers %.1f %% of them, so planning with it keeps about nine windows in ten even when a "
                + "handover runs long. The pinball loss is what each quantile model minimises; below the constant's "
                + "it says the features help.%n%n", 100 * eta.p90().coverage()));
        md.append("## Routes: savings, local search, and which quantile to plan with\n\n");
        md.append("| plan | distance (km) | shoppers | on time | minutes late, in all |\n|---|---:|---:|---:|---:|\n");
        for (RoutePlan plan : run.plans()) {
            md.append(f("| %s | %.1f | %d | %.1f %% | %.0f |%n", plan.label(), plan.distanceKm(), plan.shoppers(),
                    100 * plan.onTime(), plan.lateMinutes()));
        }
        RoutePlan savings = run.plans().get(0);
        RoutePlan main = run.main();
        RoutePlan median = run.plans().get(2);
        md.append(f("%nLocal search (2-opt within a route, relocation between routes) takes the savings routes from "
                + "%.1f km to %.1f km and from %d shoppers to %d. Planning with the median instead of the p90 "
                + "looks cheaper (%.1f km, %d shoppers) but keeps %.1f %% of the windows instead of %.1f %%: "
                + "the optimiser is only as good as the minutes it is given.%n%n", savings.distanceKm(),
                main.distanceKm(), savings.shoppers(), main.shoppers(), median.distanceKm(), median.shoppers(),
                100 * median.onTime(), 100 * main.onTime()));
        md.append("## Who drives which route: greedy against the Hungarian algorithm\n\n");
        ShopperAssignment a = run.assignment();
        if (a == null) {
            md.append(f("The plan needs %d shoppers but only %d are on shift: no assignment is possible.%n",
                    main.shoppers(), run.day().shoppers().size()));
        } else {
            md.append(f("Each route needs a shopper whose car carries its load; the cost is the shopper's drive to "
                    + "the store. Greedy (each route in turn takes the nearest free shopper that fits) drives %.1f km "
                    + "and leaves %d route(s) without a shopper whose car fits. ", a.greedyKm(), a.greedyUnstaffed()));
            md.append(a.columns().isPresent()
                    ? f("The Hungarian algorithm staffs every route with %.1f km of driving in all.%n",
                            a.hungarianKm())
                    : "No assignment staffs every route: there are too few vans for the large routes.\n");
        }
        md.append(f("%nThe map of the dispatched routes is routes.png (and routes.svg). The run took %.1f s.%n",
                run.seconds()));
        return md.toString();
    }

    /** A Solomon instance's report. */
    public static String markdown(InstanceRun run) {
        StringBuilder md = new StringBuilder("# Routes for ").append(run.instance().name()).append("\n\n");
        md.append(f("%s: %d customers, a fleet of %d vehicles of capacity %d. Clarke and Wright's savings, then "
                + "local search (2-opt within a route, relocation between routes), under Solomon's rules: travel "
                + "time is the Euclidean distance, an early vehicle waits, no arrival after a due date, every "
                + "vehicle back at the depot before it closes.%n%n", run.file(), run.instance().customers(),
                run.instance().vehicles(), run.instance().capacity()));
        md.append("| routes | vehicles | distance |\n|---|---:|---:|\n");
        md.append(f("| savings | %d | %.2f |%n", run.savingsAudit().vehicles(), run.savingsAudit().distance()));
        md.append(f("| savings + local search | %d | %.2f |%n", run.audit().vehicles(), run.audit().distance()));
        if (run.bestKnown() != null) {
            md.append(f("| best known (given) | %d | %.2f |%n", run.bestKnown().vehicles(),
                    run.bestKnown().distance()));
            md.append(f("%nThe routes are %.1f %% longer than the best known and use %d vehicles to its %d.%n",
                    run.bestKnown().gapPercent(run.audit().distance()), run.audit().vehicles(),
                    run.bestKnown().vehicles()));
        }
        md.append(run.audit().feasible()
                ? "\nAn independent check replayed every route: every customer is served once, within its window "
                        + "and the capacity.\n"
                : "\nAn independent check found problems: " + String.join("; ", run.audit().problems()) + "\n");
        if (run.audit().vehicles() > run.instance().vehicles()) {
            md.append(f("%nThe routes need more vehicles than the fleet of %d.%n", run.instance().vehicles()));
        }
        md.append(f("%nThe map is routes.png (and routes.svg). The run took %.1f s.%n", run.seconds()));
        return md.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
