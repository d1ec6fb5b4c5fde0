package dev.mlkatas.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.mlkatas.dispatch.evaluation.RouteAudit;
import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Routes on random small instances with tight windows, checked against the tests' own schedule (RouteOracle)
 * and the provided RouteAudit: every customer once, capacity and windows kept, local search never longer, and
 * the result a local optimum of both neighbourhoods.
 */
@Label("Task 2: routes with time windows, on random instances")
class RoutesPropertiesTest {

    private static final double TOLERANCE = 1e-7;

    @Property(tries = 300)
    @Label("feasible and distance agree with the tests' own schedule on any order of any customers")
    void scheduleAgreesWithOracle(@ForAll("instances") Instance instance, @ForAll long seed) {
        List<Integer> route = new ArrayList<>();
        for (int c = 1; c <= instance.customers(); c++) {
            route.add(c);
        }
        Random random = new Random(seed);
        Collections.shuffle(route, random);
        route = route.subList(0, random.nextInt(route.size() + 1));

        assertThat(Routes.feasible(instance, route)).isEqualTo(RouteOracle.feasible(instance, route));
        assertThat(Routes.distance(instance, route)).isCloseTo(RouteOracle.distance(instance, route),
                offset(TOLERANCE));
    }

    @Property(tries = 300)
    @Label("the depot's due date binds: back exactly at it is feasible, a moment later is not")
    void depotDueDateBinds(@ForAll("instances") Instance instance, @ForAll long seed) {
        List<Integer> shuffled = new ArrayList<>();
        for (int c = 1; c <= instance.customers(); c++) {
            shuffled.add(c);
        }
        Collections.shuffle(shuffled, new Random(seed));
        // The longest prefix whose windows hold with the depot open all night: at least the first customer alone.
        Instance open = withDepotDue(instance, Double.MAX_VALUE);
        int length = 1;
        while (length < shuffled.size() && RouteOracle.feasible(open, shuffled.subList(0, length + 1))) {
            length++;
        }
        List<Integer> route = shuffled.subList(0, length);
        double back = RouteOracle.returnTime(instance, route);

        assertThat(Routes.feasible(withDepotDue(instance, back), route)).as("back at %s, due then", back).isTrue();
        assertThat(Routes.feasible(withDepotDue(instance, back - 1e-6), route)).as("back at %s, due just before", back)
                .isFalse();
    }

    private static Instance withDepotDue(Instance instance, double due) {
        List<Stop> stops = new ArrayList<>(instance.stops());
        Stop depot = instance.depot();
        stops.set(0, new Stop(0, depot.x(), depot.y(), 0, depot.ready(), due, depot.service()));
        return new Instance(instance.name(), instance.vehicles(), instance.capacity(), stops);
    }

    @Property(tries = 200)
    @Label("savings serves every customer once within capacity and windows, never longer than one route each")
    void savingsIsFeasible(@ForAll("instances") Instance instance) {
        List<List<Integer>> routes = Routes.savings(instance);

        RouteAudit audit = RouteAudit.of(instance, routes);
        assertThat(audit.problems()).isEmpty();
        double alone = 0;
        for (int c = 1; c <= instance.customers(); c++) {
            alone += RouteOracle.distance(instance, List.of(c));
        }
        assertThat(audit.distance()).isLessThanOrEqualTo(alone + TOLERANCE);
        assertThat(routes).allSatisfy(route -> assertThat(route).isNotEmpty());
        assertThat(routes.stream().map(route -> route.get(0)).toList()).isSorted();
    }

    @Property(tries = 150)
    @Label("2-opt keeps the customers, stays feasible, never lengthens, and leaves no improving reversal")
    void twoOptIsALocalOptimum(@ForAll("instances") Instance instance) {
        for (List<Integer> route : Routes.savings(instance)) {
            List<Integer> shuffled = worstFeasibleReversal(instance, route);

            List<Integer> improved = Routes.twoOpt(instance, shuffled);

            assertThat(improved).containsExactlyInAnyOrderElementsOf(shuffled);
            assertThat(RouteOracle.feasible(instance, improved)).isTrue();
            assertThat(RouteOracle.distance(instance, improved))
                    .isLessThanOrEqualTo(RouteOracle.distance(instance, shuffled) + TOLERANCE);
            assertThat(RouteOracle.bestTwoOptGain(instance, improved)).isLessThanOrEqualTo(TOLERANCE);
        }
    }

    @Property(tries = 150)
    @Label("relocation serves everyone once, stays feasible, never lengthens, leaves no improving move")
    void relocateIsALocalOptimum(@ForAll("instances") Instance instance) {
        List<List<Integer>> routes = Routes.savings(instance);

        List<List<Integer>> moved = Routes.relocate(instance, routes);

        RouteAudit audit = RouteAudit.of(instance, moved);
        assertThat(audit.problems()).isEmpty();
        assertThat(moved).allSatisfy(route -> assertThat(route).isNotEmpty());
        assertThat(audit.distance()).isLessThanOrEqualTo(RouteOracle.total(instance, routes) + TOLERANCE);
        assertThat(RouteOracle.bestRelocationGain(instance, moved)).isLessThanOrEqualTo(TOLERANCE);
    }

    @Property(tries = 150)
    @Label("local search ends feasible, no longer than savings, where neither move improves")
    void improveIsALocalOptimumOfBoth(@ForAll("instances") Instance instance) {
        List<List<Integer>> routes = Routes.savings(instance);

        List<List<Integer>> improved = Routes.improve(instance, routes);

        RouteAudit audit = RouteAudit.of(instance, improved);
        assertThat(audit.problems()).isEmpty();
        assertThat(audit.distance()).isLessThanOrEqualTo(RouteOracle.total(instance, routes) + TOLERANCE);
        assertThat(RouteOracle.bestRelocationGain(instance, improved)).isLessThanOrEqualTo(TOLERANCE);
        for (List<Integer> route : improved) {
            assertThat(route).isNotEmpty();
            assertThat(RouteOracle.bestTwoOptGain(instance, route)).isLessThanOrEqualTo(TOLERANCE);
        }
    }

    /** The longest feasible route one reversal away, so that 2-opt has work to do. */
    private static List<Integer> worstFeasibleReversal(Instance instance, List<Integer> route) {
        List<Integer> worst = route;
        for (int i = 0; i < route.size(); i++) {
            for (int k = i + 1; k < route.size(); k++) {
                List<Integer> reversed = new ArrayList<>(route);
                Collections.reverse(reversed.subList(i, k + 1));
                if (RouteOracle.feasible(instance, reversed)
                        && RouteOracle.distance(instance, reversed) > RouteOracle.distance(instance, worst)) {
                    worst = reversed;
                }
            }
        }
        return worst;
    }

    /**
     * Up to 9 customers on a 60 x 60 grid, demands of 1 to 9 against a capacity of 10 to 30, windows from
     * 10 wide (binding) to 200, service times of 0 to 10; every customer can be served alone.
     */
    @Provide
    Arbitrary<Instance> instances() {
        return Arbitraries.integers().between(1, 9).flatMap(n -> Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            List<Stop> stops = new ArrayList<>();
            int depotX = random.nextInt(61);
            int depotY = random.nextInt(61);
            stops.add(new Stop(0, depotX, depotY, 0, 0, 400, 0));
            for (int c = 1; c <= n; c++) {
                int x = random.nextInt(61);
                int y = random.nextInt(61);
                double reach = Math.ceil(Math.hypot(x - depotX, y - depotY));
                int ready = random.nextInt(150);
                int width = random.nextBoolean() ? 10 + random.nextInt(30) : 60 + random.nextInt(140);
                double due = Math.max(ready + width, reach);
                stops.add(new Stop(c, x, y, 1 + random.nextInt(9), ready, due, random.nextInt(11)));
            }
            return new Instance("random-" + n, n, 10 + random.nextInt(21), stops);
        }));
    }
}
