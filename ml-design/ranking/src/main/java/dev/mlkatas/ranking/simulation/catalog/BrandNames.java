package dev.mlkatas.ranking.simulation.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up brand names of two words, such as {@code Ocean Fresh} or {@code Maple Ridge}, and the shop's
 * own brands, which sell in every department.
 *
 * <p>Example: {@code BrandNames.draw(new SplittableRandom(7), 300)} gives 300 distinct names.
 *
 * <p>No word of a brand is a word that a designed query or a product kind depends on (fish, salmon, milk,
 * apple, chicken, bread, organic, whole...), so that a brand never makes a product relevant by accident.
 */
final class BrandNames {

    /** The shop's own brands, found in every department, as supermarket labels are. */
    static final List<String> STORE_BRANDS = List.of("Everyday Value", "Shop Select", "Market Basics");

    private static final List<String> FIRST = List.of(
            "Ocean", "Harbor", "Green", "Golden", "Blue", "Maple", "Cedar", "Prairie", "Coastal", "Happy", "Little",
            "Pure", "Simple", "True", "Sunny", "Farmhouse", "Country", "Mountain", "Morning", "Silver", "Red", "Oak",
            "Willow", "Meadow", "Summit", "North", "Bright", "Clear", "Heritage", "Stone", "Honest", "Humble",
            "Grand", "Prairie Sky", "Pacific", "Hudson", "Alder", "Juniper", "Birch", "Sage");

    private static final List<String> SECOND = List.of(
            "Fresh", "Valley", "Farms", "Kitchen", "Harvest", "Creek", "Grove", "Bay", "Hill", "Garden", "Pantry",
            "Table", "Mills", "Ridge", "Field", "Acres", "Spring", "Point", "Brothers", "Market", "Naturals",
            "Classics", "Provisions", "Trading Co", "Orchards");

    private BrandNames() {
    }

    /** {@code count} distinct brand names, none of them a store brand, in a seeded order. */
    static List<String> draw(SplittableRandom random, int count) {
        List<String> all = new ArrayList<>(FIRST.size() * SECOND.size());
        for (String first : FIRST) {
            for (String second : SECOND) {
                all.add(first + " " + second);
            }
        }
        if (count > all.size()) {
            throw new IllegalArgumentException("at most " + all.size() + " brand names, not " + count);
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(all.size() - i);
            all.set(j, all.set(i, all.get(j)));
        }
        return List.copyOf(all.subList(0, count));
    }
}
