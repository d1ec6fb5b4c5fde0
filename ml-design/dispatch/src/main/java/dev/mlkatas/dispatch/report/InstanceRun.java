package dev.mlkatas.dispatch.report;

import dev.mlkatas.dispatch.data.BestKnown;
import dev.mlkatas.dispatch.evaluation.RouteAudit;
import dev.mlkatas.dispatch.vrptw.Instance;
import java.util.List;

/**
 * One Solomon instance solved: the savings routes, the routes after local search, the audits of both, and the
 * best-known solution when one was given.
 *
 * <p>Example: {@code run.audit().distance()}
 *
 * @param file the instance's file name
 * @param instance the instance as read
 * @param savings the savings routes
 * @param improved the routes after local search
 * @param savingsAudit the independent check of the savings routes
 * @param audit the independent check of the improved routes
 * @param bestKnown the best-known solution, or null
 * @param seconds how long the run took
 */
public record InstanceRun(String file, Instance instance, List<List<Integer>> savings, List<List<Integer>> improved,
        RouteAudit savingsAudit, RouteAudit audit, BestKnown bestKnown, double seconds) {
}
