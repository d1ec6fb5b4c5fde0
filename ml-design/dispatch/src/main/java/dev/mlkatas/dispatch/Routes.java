package dev.mlkatas.dispatch;

import dev.mlkatas.dispatch.vrptw.Instance;
import java.util.List;

/**
 * Routes for capacitated vehicles with time windows: the schedule check, Clarke and Wright's savings
 * construction, and local search by 2-opt within a route and relocation between routes.
 *
 * <p>Example: {@code Routes.improve(instance, Routes.savings(instance))} serves every customer of
 * {@code instance} once, within capacity and windows, no longer than the savings routes alone.
 */
public final class Routes {

    private Routes() {
    }

    /** The length of depot, the route's customers in order, depot; 0 for an empty route. */
    public static double distance(Instance instance, List<Integer> route) {
        throw new UnsupportedOperationException(
                "A route's length is yours to write: task 2a of the statement defines it.");
    }

    /** Whether one vehicle can serve the route: its load within capacity, every arrival by its due date. */
    public static boolean feasible(Instance instance, List<Integer> route) {
        throw new UnsupportedOperationException(
                "The schedule check is yours to write: task 2a of the statement gives Solomon's rules.");
    }

    /** Clarke and Wright's parallel savings with time windows, routes ordered by their first customer. */
    public static List<List<Integer>> savings(Instance instance) {
        throw new UnsupportedOperationException(
                "The savings construction is yours to write: task 2b of the statement gives its order of merges.");
    }

    /** 2-opt with best improvement: reverses the feasible segment that shortens the route most, until none does. */
    public static List<Integer> twoOpt(Instance instance, List<Integer> route) {
        throw new UnsupportedOperationException(
                "2-opt is yours to write: task 2c of the statement says which reversal to take.");
    }

    /** Relocation with best improvement: moves the customer whose move to another route saves most, until none. */
    public static List<List<Integer>> relocate(Instance instance, List<List<Integer>> routes) {
        throw new UnsupportedOperationException(
                "Relocation is yours to write: task 2c of the statement says which move to take.");
    }

    /** 2-opt on every route, then relocation, repeated until a pass changes nothing. */
    public static List<List<Integer>> improve(Instance instance, List<List<Integer>> routes) {
        throw new UnsupportedOperationException(
                "The local search loop is yours to write: task 2c of the statement describes a pass.");
    }
}
