package dev.mlkatas.grocery.world.city;

/**
 * A point on the city's grid, in kilometres from its south-west corner.
 *
 * <p>Example: {@code new Location(2.5, 7.0).distance(new Location(5.5, 3.0))} is 5.0.
 *
 * @param x kilometres east, 0 to {@link City#SIZE_KM}
 * @param y kilometres north, 0 to {@link City#SIZE_KM}
 */
public record Location(double x, double y) {

    /** The straight-line distance in kilometres. */
    public double distance(Location other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
