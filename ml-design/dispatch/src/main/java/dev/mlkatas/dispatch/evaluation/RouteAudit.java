package dev.mlkatas.dispatch.evaluation;

import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A second opinion on a set of routes, written apart from the kata's {@code Routes}: it replays each route by
 * Solomon's rules (travel time is distance, an early vehicle waits, arriving after the due date fails, the
 * vehicle is back at the depot by its due date, the load within capacity) and checks that every customer is
 * served exactly once. The job prints its verdict; the tests use it as their oracle.
 *
 * <p>Example: {@code RouteAudit.of(instance, routes).problems()} is empty for a feasible plan.
 *
 * @param distance the total length of the routes, depot to depot
 * @param vehicles the routes that serve at least one customer
 * @param problems what is wrong, one sentence each; empty when the plan is feasible
 */
public record RouteAudit(double distance, int vehicles, List<String> problems) {

    /** Replays {@code routes} on {@code instance}. */
    public static RouteAudit of(Instance instance, List<List<Integer>> routes) {
        List<String> problems = new ArrayList<>();
        int[] visits = new int[instance.stops().size()];
        double total = 0;
        int used = 0;
        for (int r = 0; r < routes.size(); r++) {
            List<Integer> route = routes.get(r);
            if (route.isEmpty()) {
                continue;
            }
            used++;
            Stop at = instance.depot();
            double clock = at.ready();
            long load = 0;
            for (int customer : route) {
                if (customer < 1 || customer >= visits.length) {
                    problems.add("route " + (r + 1) + " visits " + customer + ", which is not a customer");
                    continue;
                }
                visits[customer]++;
                Stop next = instance.stop(customer);
                double leg = Math.hypot(next.x() - at.x(), next.y() - at.y());
                total += leg;
                clock += leg;
                if (clock > next.due()) {
                    problems.add(String.format(Locale.ROOT, "route %d reaches customer %d at %.2f, after its due "
                            + "date %.2f", r + 1, next.number(), clock, next.due()));
                }
                clock = Math.max(clock, next.ready()) + next.service();
                load += next.demand();
                at = next;
            }
            double home = Math.hypot(at.x() - instance.depot().x(), at.y() - instance.depot().y());
            total += home;
            if (clock + home > instance.depot().due()) {
                problems.add(String.format(Locale.ROOT, "route %d is back at the depot at %.2f, after it closes at "
                        + "%.2f", r + 1, clock + home, instance.depot().due()));
            }
            if (load > instance.capacity()) {
                problems.add("route " + (r + 1) + " carries " + load + ", over the capacity " + instance.capacity());
            }
        }
        for (int c = 1; c < visits.length; c++) {
            if (visits[c] != 1) {
                problems.add("customer " + instance.stop(c).number() + " is served " + visits[c] + " times");
            }
        }
        return new RouteAudit(total, used, List.copyOf(problems));
    }

    /** Whether every route keeps to the rules and every customer is served once. */
    public boolean feasible() {
        return problems.isEmpty();
    }
}
