package dev.mlkatas.dispatch.vrptw;

/**
 * One row of a Solomon instance: the depot (number 0) or a customer, with its demand, time window and service
 * time. Times are in the instance's unit, in which travelling a unit of distance takes a unit of time.
 *
 * <p>Example: {@code new Stop(1, 45, 68, 10, 912, 967, 90)} is customer 1 of Solomon's C101.
 *
 * @param number the CUST NO. of the instance: 0 for the depot
 * @param x XCOORD.
 * @param y YCOORD.
 * @param demand DEMAND, what the stop takes of a vehicle's capacity; 0 for the depot
 * @param ready READY TIME, the earliest start of service (a vehicle arriving sooner waits)
 * @param due DUE DATE, the latest arrival; for the depot, the latest return
 * @param service SERVICE TIME, how long the stop keeps the vehicle
 */
public record Stop(int number, double x, double y, int demand, double ready, double due, double service) {

    /** The Euclidean distance to {@code other}, which is also the travel time. */
    public double distance(Stop other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
