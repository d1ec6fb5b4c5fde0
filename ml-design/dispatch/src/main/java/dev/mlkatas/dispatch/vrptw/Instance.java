package dev.mlkatas.dispatch.vrptw;

import java.util.List;

/**
 * A vehicle-routing problem with time windows, as Solomon's instances state it: identical vehicles of one
 * capacity, a depot, and customers each with a demand, a time window and a service time. Travel time is the
 * Euclidean distance. A route is a list of customer indices into {@link #stops()} (1 to {@link #customers()}),
 * leaving the depot (index 0) at its ready time and coming back to it.
 *
 * <p>Example: {@code instance.travel(0, 3)} is the distance, and the travel time, from the depot to customer 3.
 *
 * @param name the instance's name line, e.g. {@code C101}
 * @param vehicles the fleet size the instance states (VEHICLE NUMBER)
 * @param capacity the capacity of each vehicle (CAPACITY)
 * @param stops the depot first, then the customers
 */
public record Instance(String name, int vehicles, int capacity, List<Stop> stops) {

    public Instance {
        stops = List.copyOf(stops);
        if (stops.isEmpty()) {
            throw new IllegalArgumentException("an instance needs a depot");
        }
    }

    /** The number of customers: stops less the depot. */
    public int customers() {
        return stops.size() - 1;
    }

    /** The depot, stop 0. */
    public Stop depot() {
        return stops.get(0);
    }

    /** Stop {@code index}: 0 the depot, 1 to {@link #customers()} the customers. */
    public Stop stop(int index) {
        return stops.get(index);
    }

    /** The Euclidean distance between stops {@code from} and {@code to}, which is the travel time too. */
    public double travel(int from, int to) {
        return stops.get(from).distance(stops.get(to));
    }
}
