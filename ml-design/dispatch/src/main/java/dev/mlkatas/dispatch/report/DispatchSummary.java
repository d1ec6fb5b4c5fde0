package dev.mlkatas.dispatch.report;

import dev.mlkatas.dispatch.eta.EtaEvaluation;
import dev.mlkatas.dispatch.planning.RoutePlan;
import dev.mlkatas.dispatch.planning.ShopperAssignment;
import dev.mlkatas.dispatch.simulation.Delivery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * summary.json of a run: every number of the report, by name, for whoever reads results by program.
 *
 * <p>Example: {@code JsonFile.write(DispatchSummary.of(run), out.file("summary.json"))}
 */
public final class DispatchSummary {

    private DispatchSummary() {
    }

    /** The simulated city's numbers. */
    public static Map<String, Object> of(CityRun run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("input", "simulated city");
        summary.put("seed", run.seed());
        summary.put("store", run.day().store().name());
        summary.put("date", run.day().date().toString());
        summary.put("deliveries", run.day().deliveries().size());
        summary.put("units", run.day().deliveries().stream().mapToInt(Delivery::items).sum());
        summary.put("shoppersOnShift", run.day().shoppers().size());
        Map<String, Object> eta = new LinkedHashMap<>();
        eta.put("trees", run.trees());
        eta.put("trainRows", run.eta().trainRows());
        eta.put("testRows", run.eta().testRows());
        eta.put("p50", scores(run.eta().p50()));
        eta.put("p90", scores(run.eta().p90()));
        summary.put("eta", eta);
        List<Map<String, Object>> plans = new ArrayList<>();
        for (RoutePlan plan : run.plans()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("plan", plan.label());
            p.put("distanceKm", plan.distanceKm());
            p.put("shoppers", plan.shoppers());
            p.put("onTime", plan.onTime());
            p.put("lateMinutes", plan.lateMinutes());
            plans.add(p);
        }
        summary.put("plans", plans);
        ShopperAssignment assignment = run.assignment();
        if (assignment != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("greedyKm", assignment.greedyKm());
            a.put("greedyUnstaffed", assignment.greedyUnstaffed());
            a.put("hungarianKm", assignment.columns().isPresent() ? assignment.hungarianKm() : null);
            a.put("hungarianStaffsEveryRoute", assignment.columns().isPresent());
            summary.put("assignment", a);
        }
        summary.put("seconds", run.seconds());
        return summary;
    }

    /** A Solomon instance's numbers. */
    public static Map<String, Object> of(InstanceRun run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("input", run.file());
        summary.put("instance", run.instance().name());
        summary.put("customers", run.instance().customers());
        summary.put("fleet", run.instance().vehicles());
        summary.put("capacity", run.instance().capacity());
        summary.put("savings", Map.of("vehicles", run.savingsAudit().vehicles(), "distance",
                run.savingsAudit().distance()));
        summary.put("localSearch", Map.of("vehicles", run.audit().vehicles(), "distance", run.audit().distance()));
        summary.put("feasible", run.audit().feasible());
        summary.put("problems", run.audit().problems());
        if (run.bestKnown() != null) {
            summary.put("bestKnown", Map.of("vehicles", run.bestKnown().vehicles(), "distance",
                    run.bestKnown().distance(), "gapPercent", run.bestKnown().gapPercent(run.audit().distance())));
        }
        summary.put("routes", run.improved());
        summary.put("seconds", run.seconds());
        return summary;
    }

    private static Map<String, Object> scores(EtaEvaluation.Scores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pinball", s.pinball());
        m.put("coverage", s.coverage());
        m.put("constantMinutes", s.constant());
        m.put("constantPinball", s.constantPinball());
        m.put("constantCoverage", s.constantCoverage());
        return m;
    }
}
