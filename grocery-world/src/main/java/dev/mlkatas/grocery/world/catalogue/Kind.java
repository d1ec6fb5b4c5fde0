package dev.mlkatas.grocery.world.catalogue;

import java.util.List;

/**
 * A kind of product on a shelf, before brands: {@code milk}, sold as {@code 1 gal} for about 3.79 in the
 * dairy aisle. The catalogue makes two to four products of every kind, one per brand.
 *
 * <p>Example: {@code new Kind("milk", "dairy", "dairy & eggs", 3.79, "1", "gal", List.of("whole", "fresh"))}
 *
 * @param name what shoppers call it, lower case, e.g. {@code bananas}
 * @param aisle the aisle it stands in
 * @param department the aisle's department
 * @param basePrice a typical shelf price, before the brand moves it
 * @param size the pack's quantity, e.g. {@code 1} or {@code 500}
 * @param unit the pack's unit, e.g. {@code gal} or {@code g}
 * @param words a few words that describe it, as a label or a search would use them
 */
public record Kind(String name, String aisle, String department, double basePrice, String size, String unit,
        List<String> words) {

    public Kind {
        words = List.copyOf(words);
        if (!(basePrice > 0)) {
            throw new IllegalArgumentException(name + ": a price must be positive, not " + basePrice);
        }
    }
}
