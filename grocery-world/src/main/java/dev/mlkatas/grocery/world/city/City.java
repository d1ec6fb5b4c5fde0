package dev.mlkatas.grocery.world.city;

import dev.mlkatas.grocery.world.draws.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small city on a 10 km grid with four stores, one in each quarter, placed from the seed. Customers live
 * anywhere on the grid and mostly order from their nearest store.
 *
 * <p>Example: {@code City.of(7).nearest(new Location(1, 1))} is the store of the south-west quarter.
 */
public final class City {

    /** The grid's side in kilometres. */
    public static final double SIZE_KM = 10;
    private static final List<String> NAMES = List.of("Harbourside", "Old Town", "Riverbend", "Hilltop");

    private final List<Store> stores;

    private City(List<Store> stores) {
        this.stores = List.copyOf(stores);
    }

    /** The city of the world with this seed. */
    public static City of(long seed) {
        SplittableRandom random = Seeds.stream(seed, Seeds.STORES, 0);
        List<Store> stores = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            // Quarters in order south-west, south-east, north-west, north-east; a store within its middle half.
            double x = (i % 2) * SIZE_KM / 2 + SIZE_KM / 8 + random.nextDouble() * SIZE_KM / 4;
            double y = (i / 2) * SIZE_KM / 2 + SIZE_KM / 8 + random.nextDouble() * SIZE_KM / 4;
            stores.add(new Store("S" + (i + 1), i, NAMES.get(i), new Location(round(x), round(y))));
        }
        return new City(stores);
    }

    /** The stores, by index. */
    public List<Store> stores() {
        return stores;
    }

    /** The store nearest to {@code home}; the first of equals. */
    public Store nearest(Location home) {
        Store best = stores.get(0);
        for (Store store : stores) {
            if (store.location().distance(home) < best.location().distance(home)) {
                best = store;
            }
        }
        return best;
    }

    private static double round(double km) {
        return Math.round(km * 100) / 100.0;
    }
}
