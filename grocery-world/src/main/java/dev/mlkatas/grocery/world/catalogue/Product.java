package dev.mlkatas.grocery.world.catalogue;

import java.util.List;

/**
 * One product the shop sells: a kind of product from one brand in one pack size.
 *
 * <p>Example: {@code Product milk = catalogue.product("P01100");} named {@code "Meadowlark whole milk 1 gal"}.
 *
 * @param id stable: {@code P} and the kind's number (three digits) and the brand's slot (two digits)
 * @param index the product's position in the catalogue, 0 to size - 1
 * @param name the name on the label, e.g. {@code Meadowlark organic bananas 1 bunch}
 * @param brand the brand, e.g. {@code Meadowlark}
 * @param kind the kind of product, e.g. {@code bananas}
 * @param aisle the aisle, e.g. {@code fruit}
 * @param department the department, e.g. {@code produce}
 * @param price the shelf price, positive, in dollars and cents
 * @param size the pack's quantity, e.g. {@code 1}, or {@code per} for a product sold by weight
 * @param unit the pack's unit, e.g. {@code bunch}
 * @param words a few descriptive words, e.g. {@code [organic, yellow, ripe]}
 */
public record Product(String id, int index, String name, String brand, String kind, String aisle, String department,
        double price, String size, String unit, List<String> words) {

    public Product {
        words = List.copyOf(words);
    }

    /** Whether the product is sold by weight ({@code per lb}): its price is per pound. */
    public boolean byWeight() {
        return "per".equals(size);
    }
}
