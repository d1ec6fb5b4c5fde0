package dev.mlkatas.dispatch;

import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Routes for capacitated vehicles with time windows: the schedule check, Clarke and Wright's savings
 * construction, and local search by 2-opt within a route and relocation between routes.
 *
 * <p>Example: {@code Routes.improve(instance, Routes.savings(instance))} serves every customer of
 * {@code instance} once, within capacity and windows, no longer than the savings routes alone.
 */
public final class Routes {

    private static final double EPSILON = 1e-9;

    private Routes() {
    }

    public static double distance(Instance instance, List<Integer> route) {
        if (route.isEmpty()) {
            return 0;
        }
        double length = instance.travel(0, route.get(0));
        for (int i = 1; i < route.size(); i++) {
            length += instance.travel(route.get(i - 1), route.get(i));
        }
        return length + instance.travel(route.get(route.size() - 1), 0);
    }

    public static boolean feasible(Instance instance, List<Integer> route) {
        for (int customer : route) {
            if (customer <= 0 || customer > instance.customers()) {
                throw new IllegalArgumentException("route " + route + ": " + customer + " is not a customer (1 to "
                        + instance.customers() + ")");
            }
        }
        long load = 0;
        for (int customer : route) {
            load += instance.stop(customer).demand();
        }
        if (load > instance.capacity()) {
            return false;
        }
        double clock = instance.depot().ready();
        int at = 0;
        for (int customer : route) {
            Stop stop = instance.stop(customer);
            clock += instance.travel(at, customer);
            if (clock > stop.due()) {
                return false;
            }
            clock = Math.max(clock, stop.ready()) + stop.service();
            at = customer;
        }
        clock += instance.travel(at, 0);
        return !(clock > instance.depot().due());
    }

    public static List<List<Integer>> savings(Instance instance) {
        int n = instance.customers();
        // route[c] is the route customer c is on; routes are shared lists, merged in place.
        List<List<Integer>> route = new ArrayList<>();
        route.add(null);
        for (int c = 1; c <= n; c++) {
            List<Integer> alone = new ArrayList<>();
            alone.add(c);
            if (!feasible(instance, alone)) {
                throw new IllegalArgumentException("customer " + c + " cannot be served on a route of its own");
            }
            route.add(alone);
        }
        record Saving(int i, int j, double value) {}
        List<Saving> pairs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                if (i == j) {
                    continue;
                }
                double value = instance.travel(0, i) + instance.travel(j, 0) - instance.travel(i, j);
                if (value > 0) {
                    pairs.add(new Saving(i, j, value));
                }
            }
        }
        // List.sort is stable: equal savings stay in (i, j) order.
        pairs.sort((p, q) -> Double.compare(q.value(), p.value()));
        for (Saving pair : pairs) {
            List<Integer> a = route.get(pair.i());
            List<Integer> b = route.get(pair.j());
            if (a == b || a.get(a.size() - 1) != pair.i() || b.get(0) != pair.j()) {
                continue;
            }
            List<Integer> joined = new ArrayList<>(a);
            joined.addAll(b);
            if (feasible(instance, joined)) {
                for (int c : joined) {
                    route.set(c, joined);
                }
            }
        }
        List<List<Integer>> routes = new ArrayList<>();
        for (int c = 1; c <= n; c++) {
            if (route.get(c).get(0) == c) {
                routes.add(List.copyOf(route.get(c)));
            }
        }
        return routes;
    }

    /** Best-improvement 2-opt. A reversal carries the same load, so it cannot break the capacity. */
    public static List<Integer> twoOpt(Instance instance, List<Integer> route) {
        List<Integer> current = new ArrayList<>(route);
        boolean improved = true;
        while (improved) {
            improved = false;
            double currentLength = distance(instance, current);
            double bestLength = currentLength;
            List<Integer> best = null;
            for (int i = 0; i < current.size(); i++) {
                for (int k = i + 1; k < current.size(); k++) {
                    List<Integer> candidate = new ArrayList<>(current);
                    Collections.reverse(candidate.subList(i, k + 1));
                    double length = distance(instance, candidate);
                    if (length < bestLength) {
                        bestLength = length;
                        best = candidate;
                    }
                }
            }
            if (best != null && bestLength < currentLength - EPSILON) {
                current = best;
                improved = true;
            }
        }
        return List.copyOf(current);
    }

    public static List<List<Integer>> relocate(Instance instance, List<List<Integer>> routes) {
        List<List<Integer>> current = new ArrayList<>();
        for (List<Integer> r : routes) {
            current.add(new ArrayList<>(r));
        }
        while (true) {
            double bestGain = -EPSILON;
            int bestA = -1;
            int bestI = -1;
            int bestB = -1;
            int bestP = -1;
            for (int a = 0; a < current.size(); a++) {
                List<Integer> from = current.get(a);
                for (int i = 0; i < from.size(); i++) {
                    List<Integer> shorter = new ArrayList<>(from);
                    int customer = shorter.remove(i);
                    double removal = distance(instance, shorter) - distance(instance, from);
                    boolean shorterFeasible = feasible(instance, shorter);
                    for (int b = 0; b < current.size(); b++) {
                        if (b == a) {
                            continue;
                        }
                        List<Integer> to = current.get(b);
                        for (int p = 0; p <= to.size(); p++) {
                            List<Integer> longer = new ArrayList<>(to);
                            longer.add(p, customer);
                            double gain = removal + (distance(instance, longer) - distance(instance, to));
                            if (gain < bestGain && shorterFeasible && feasible(instance, longer)) {
                                bestGain = gain;
                                bestA = a;
                                bestI = i;
                                bestB = b;
                                bestP = p;
                            }
                        }
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            int customer = current.get(bestA).remove(bestI);
            current.get(bestB).add(bestP, customer);
            if (current.get(bestA).isEmpty()) {
                current.remove(bestA);
            }
        }
        List<List<Integer>> result = new ArrayList<>();
        for (List<Integer> r : current) {
            result.add(List.copyOf(r));
        }
        return result;
    }

    public static List<List<Integer>> improve(Instance instance, List<List<Integer>> routes) {
        List<List<Integer>> current = new ArrayList<>();
        for (List<Integer> r : routes) {
            current.add(List.copyOf(r));
        }
        while (true) {
            List<List<Integer>> opted = new ArrayList<>();
            for (List<Integer> r : current) {
                opted.add(twoOpt(instance, r));
            }
            List<List<Integer>> next = relocate(instance, opted);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
    }
}
