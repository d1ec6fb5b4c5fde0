package dev.mlkatas.dispatch.planning;

import dev.mlkatas.dispatch.Routes;
import dev.mlkatas.dispatch.evaluation.RouteAudit;
import dev.mlkatas.dispatch.simulation.CityDay;
import dev.mlkatas.dispatch.simulation.Delivery;
import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import java.util.ArrayList;
import java.util.List;

/**
 * The day's routes planned with one estimate of the handover minutes, then driven with the minutes the handovers
 * really took: how far the shoppers drive, how many it takes, and how many windows are kept. Distances on the
 * map are minutes of driving at {@link #KM_PER_HOUR}, so that Solomon's rule (travel time is distance) holds.
 *
 * <p>Example: {@code RoutePlan.of("p90, local search", day, p90, true)}
 *
 * @param label what was planned, for the report
 * @param instance the day as a Solomon instance, handovers at the planned minutes
 * @param routes the routes, customers as indices into the day's deliveries plus one
 * @param distanceKm the kilometres driven
 * @param onTime the share of deliveries that arrived by the end of their window when driven for real
 * @param lateMinutes the minutes past the window's end, summed over late deliveries
 */
public record RoutePlan(String label, Instance instance, List<List<Integer>> routes, double distanceKm,
        double onTime, double lateMinutes) {

    /** The speed in town. */
    public static final double KM_PER_HOUR = 30;
    /** Minutes of driving per kilometre. */
    public static final double MINUTES_PER_KM = 60 / KM_PER_HOUR;
    /** Shoppers are back at the store two hours after the last window ends. */
    static final double CLOSES = CityDay.SLOTS * CityDay.SLOT_MINUTES + 120.0;

    /** Plans the day with {@code plannedMinutes} per delivery, with or without local search, and drives it. */
    public static RoutePlan of(String label, CityDay day, double[] plannedMinutes, boolean localSearch) {
        Instance instance = instance(day, plannedMinutes);
        List<List<Integer>> routes = Routes.savings(instance);
        if (localSearch) {
            routes = Routes.improve(instance, routes);
        }
        RouteAudit audit = RouteAudit.of(instance, routes);
        if (!audit.feasible()) {
            throw new IllegalStateException("the routes break the rules: " + audit.problems().get(0));
        }
        double[] late = drive(day, instance, routes);
        int onTime = 0;
        double lateMinutes = 0;
        for (double minutes : late) {
            onTime += minutes > 0 ? 0 : 1;
            lateMinutes += minutes;
        }
        return new RoutePlan(label, instance, routes, audit.distance() / MINUTES_PER_KM,
                (double) onTime / late.length, lateMinutes);
    }

    /** The shoppers the plan needs: one per route. */
    public int shoppers() {
        return routes.size();
    }

    /** The day as a Solomon instance: the store is the depot, each delivery a customer with its window. */
    public static Instance instance(CityDay day, double[] plannedMinutes) {
        List<Stop> stops = new ArrayList<>();
        stops.add(new Stop(0, day.store().location().x() * MINUTES_PER_KM,
                day.store().location().y() * MINUTES_PER_KM, 0, 0, CLOSES, 0));
        List<Delivery> deliveries = day.deliveries();
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery d = deliveries.get(i);
            stops.add(new Stop(i + 1, d.home().x() * MINUTES_PER_KM, d.home().y() * MINUTES_PER_KM, d.items(),
                    d.windowStart(), d.windowEnd(), plannedMinutes[i]));
        }
        int capacity = day.shoppers().stream().mapToInt(s -> s.capacity()).max().orElse(1);
        return new Instance(day.store().name() + " " + day.date(), day.shoppers().size(), capacity, stops);
    }

    /** Minutes past the window's end of each delivery (0 when on time), with the handovers' real minutes. */
    static double[] drive(CityDay day, Instance instance, List<List<Integer>> routes) {
        double[] late = new double[day.deliveries().size()];
        for (List<Integer> route : routes) {
            double clock = instance.depot().ready();
            int previous = 0;
            for (int customer : route) {
                Delivery delivery = day.deliveries().get(customer - 1);
                clock += instance.travel(previous, customer);
                late[customer - 1] = Math.max(0, clock - delivery.windowEnd());
                clock = Math.max(clock, delivery.windowStart()) + delivery.handoverMinutes();
                previous = customer;
            }
        }
        return late;
    }
}
