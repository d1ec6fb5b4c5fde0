package dev.mlkatas.dispatch.simulation;

import dev.mlkatas.grocery.world.city.Location;

/**
 * A shopper on shift: where they start from and how many units their car carries.
 *
 * <p>Example: {@code new Shopper("P07", new Location(2.5, 8), 60)}
 *
 * @param id a stable name, P01 onwards
 * @param home where the shopper starts, on the city's grid in kilometres
 * @param capacity the units the car carries
 */
public record Shopper(String id, Location home, int capacity) {
}
