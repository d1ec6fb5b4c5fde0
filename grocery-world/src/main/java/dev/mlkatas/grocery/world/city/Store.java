package dev.mlkatas.grocery.world.city;

/**
 * A store the deliveries leave from.
 *
 * <p>Example: {@code new Store("S1", 0, "Harbourside", new Location(2.1, 3.4))}
 *
 * @param id stable: {@code S} and the store's number, from 1
 * @param index the store's position in {@link City#stores()}, from 0
 * @param name the neighbourhood it serves
 * @param location where it stands
 */
public record Store(String id, int index, String name, Location location) {
}
