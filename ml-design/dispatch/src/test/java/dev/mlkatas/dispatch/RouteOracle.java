package dev.mlkatas.dispatch;

import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The tests' own reading of Solomon's rules and of the two neighbourhoods, written apart from any solution: a
 * route's length and feasibility, and the best gain any single 2-opt reversal or relocation could still make.
 */
final class RouteOracle {

    private RouteOracle() {
    }

    static double distance(Instance instance, List<Integer> route) {
        List<Stop> path = new ArrayList<>();
        path.add(instance.depot());
        route.forEach(c -> path.add(instance.stop(c)));
        path.add(instance.depot());
        double sum = 0;
        for (int k = 1; k < path.size(); k++) {
            sum += Math.hypot(path.get(k).x() - path.get(k - 1).x(), path.get(k).y() - path.get(k - 1).y());
        }
        return sum;
    }

    static double total(Instance instance, List<List<Integer>> routes) {
        return routes.stream().mapToDouble(r -> distance(instance, r)).sum();
    }

    static boolean feasible(Instance instance, List<Integer> route) {
        int load = route.stream().mapToInt(c -> instance.stop(c).demand()).sum();
        if (load > instance.capacity()) {
            return false;
        }
        Stop at = instance.depot();
        double clock = at.ready();
        for (int c : route) {
            Stop next = instance.stop(c);
            double arrival = clock + at.distance(next);
            if (arrival > next.due()) {
                return false;
            }
            clock = Math.max(arrival, next.ready()) + next.service();
            at = next;
        }
        return clock + at.distance(instance.depot()) <= instance.depot().due();
    }

    /** When the vehicle is back at the depot, windows aside: the clock leg by leg, as the statement says. */
    static double returnTime(Instance instance, List<Integer> route) {
        Stop at = instance.depot();
        double clock = at.ready();
        for (int c : route) {
            Stop next = instance.stop(c);
            clock = Math.max(clock + at.distance(next), next.ready()) + next.service();
            at = next;
        }
        return clock + at.distance(instance.depot());
    }

    /** The most a feasible reversal of one segment would shorten the route (0 when none does). */
    static double bestTwoOptGain(Instance instance, List<Integer> route) {
        double before = distance(instance, route);
        double best = 0;
        for (int i = 0; i < route.size(); i++) {
            for (int k = i + 1; k < route.size(); k++) {
                List<Integer> reversed = new ArrayList<>(route);
                Collections.reverse(reversed.subList(i, k + 1));
                if (feasible(instance, reversed)) {
                    best = Math.max(best, before - distance(instance, reversed));
                }
            }
        }
        return best;
    }

    /** The most a feasible move of one customer to another route would shorten the routes (0 when none does). */
    static double bestRelocationGain(Instance instance, List<List<Integer>> routes) {
        double best = 0;
        for (int a = 0; a < routes.size(); a++) {
            for (int i = 0; i < routes.get(a).size(); i++) {
                List<Integer> from = new ArrayList<>(routes.get(a));
                int customer = from.remove(i);
                for (int b = 0; b < routes.size(); b++) {
                    for (int p = 0; b != a && p <= routes.get(b).size(); p++) {
                        List<Integer> to = new ArrayList<>(routes.get(b));
                        to.add(p, customer);
                        if (feasible(instance, from) && feasible(instance, to)) {
                            double gain = distance(instance, routes.get(a)) + distance(instance, routes.get(b))
                                    - distance(instance, from) - distance(instance, to);
                            best = Math.max(best, gain);
                        }
                    }
                }
            }
        }
        return best;
    }
}
