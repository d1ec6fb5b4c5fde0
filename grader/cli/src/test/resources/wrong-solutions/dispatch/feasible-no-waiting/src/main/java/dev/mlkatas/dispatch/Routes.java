package dev.mlkatas.dispatch;

import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Routes for capacitated vehicles with time windows: the schedule check, Clarke and Wright's savings
 * construction, and local search by 2-opt within a route and relocation between routes.
 *
 * <p>Example: {@code Routes.improve(instance, Routes.savings(instance))} serves every customer of
 * {@code instance} once, within capacity and windows, no longer than the savings routes alone.
 */
public final class Routes {

    /** A move must shorten the routes by more than this to count: rounding cannot make local search cycle. */
    static final double GAIN = 1e-9;

    private Routes() {
    }

    /** The length of depot, the route's customers in order, depot; 0 for an empty route. */
    public static double distance(Instance instance, List<Integer> route) {
        double total = 0;
        int previous = 0;
        for (int customer : route) {
            total += instance.travel(previous, customer);
            previous = customer;
        }
        return total + instance.travel(previous, 0);
    }

    /** Whether one vehicle can serve the route: its load within capacity, every arrival by its due date. */
    public static boolean feasible(Instance instance, List<Integer> route) {
        int load = 0;
        double time = instance.depot().ready();
        int previous = 0;
        for (int customer : route) {
            if (customer < 1 || customer > instance.customers()) {
                throw new IllegalArgumentException("customer " + customer + " is not in the instance");
            }
            Stop stop = instance.stop(customer);
            load += stop.demand();
            time += instance.travel(previous, customer);
            if (time > stop.due()) {
                return false;
            }
            time = time + stop.service();
            previous = customer;
        }
        return load <= instance.capacity() && time + instance.travel(previous, 0) <= instance.depot().due();
    }

    /** Clarke and Wright's parallel savings with time windows, routes ordered by their first customer. */
    public static List<List<Integer>> savings(Instance instance) {
        int n = instance.customers();
        List<List<Integer>> routeOf = new ArrayList<>();
        routeOf.add(null);
        for (int i = 1; i <= n; i++) {
            List<Integer> alone = new ArrayList<>(List.of(i));
            if (!feasible(instance, alone)) {
                throw new IllegalArgumentException("customer " + i + " cannot be served even alone");
            }
            routeOf.add(alone);
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                double saving = instance.travel(0, i) + instance.travel(j, 0) - instance.travel(i, j);
                if (i != j && saving > 0) {
                    pairs.add(new double[] {saving, i, j});
                }
            }
        }
        // Stable: pairs were listed by i then j, so equal savings keep that order.
        pairs.sort(Comparator.comparingDouble((double[] pair) -> -pair[0]));
        for (double[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            List<Integer> a = routeOf.get(i);
            List<Integer> b = routeOf.get(j);
            if (a != b && a.get(a.size() - 1) == i && b.get(0) == j) {
                List<Integer> merged = new ArrayList<>(a);
                merged.addAll(b);
                if (feasible(instance, merged)) {
                    for (int customer : merged) {
                        routeOf.set(customer, merged);
                    }
                }
            }
        }
        List<List<Integer>> routes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (routeOf.get(i).get(0) == i) {
                routes.add(List.copyOf(routeOf.get(i)));
            }
        }
        return routes;
    }

    /** 2-opt with best improvement: reverses the feasible segment that shortens the route most, until none does. */
    public static List<Integer> twoOpt(Instance instance, List<Integer> route) {
        List<Integer> current = List.copyOf(route);
        while (true) {
            double best = distance(instance, current) - GAIN;
            List<Integer> bestRoute = null;
            for (int i = 0; i < current.size(); i++) {
                for (int k = i + 1; k < current.size(); k++) {
                    List<Integer> candidate = new ArrayList<>(current);
                    Collections.reverse(candidate.subList(i, k + 1));
                    double length = distance(instance, candidate);
                    if (length < best && feasible(instance, candidate)) {
                        best = length;
                        bestRoute = candidate;
                    }
                }
            }
            if (bestRoute == null) {
                return current;
            }
            current = List.copyOf(bestRoute);
        }
    }

    /** Relocation with best improvement: moves the customer whose move to another route saves most, until none. */
    public static List<List<Integer>> relocate(Instance instance, List<List<Integer>> routes) {
        List<List<Integer>> current = new ArrayList<>(routes);
        while (true) {
            double best = -GAIN;
            List<List<Integer>> bestRoutes = null;
            for (int a = 0; a < current.size(); a++) {
                List<Integer> from = current.get(a);
                for (int position = 0; position < from.size(); position++) {
                    List<Integer> without = new ArrayList<>(from);
                    int customer = without.remove(position);
                    if (!feasible(instance, without)) {
                        continue;
                    }
                    double removed = distance(instance, without) - distance(instance, from);
                    for (int b = 0; b < current.size(); b++) {
                        List<Integer> to = current.get(b);
                        for (int p = 0; b != a && p <= to.size(); p++) {
                            List<Integer> with = new ArrayList<>(to);
                            with.add(p, customer);
                            double gain = removed + distance(instance, with) - distance(instance, to);
                            if (gain < best && feasible(instance, with)) {
                                best = gain;
                                bestRoutes = new ArrayList<>(current);
                                bestRoutes.set(a, without);
                                bestRoutes.set(b, with);
                            }
                        }
                    }
                }
            }
            if (bestRoutes == null) {
                return current.stream().map(List::copyOf).toList();
            }
            bestRoutes.removeIf(List::isEmpty);
            current = bestRoutes;
        }
    }

    /** 2-opt on every route, then relocation, repeated until a pass changes nothing. */
    public static List<List<Integer>> improve(Instance instance, List<List<Integer>> routes) {
        List<List<Integer>> current = routes.stream().map(List::copyOf).toList();
        while (true) {
            List<List<Integer>> next = relocate(instance,
                    current.stream().map(route -> twoOpt(instance, route)).toList());
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
    }
}
