package dev.mlkatas.ranking.catalog;

/**
 * One product of a catalogue, with its aisle and department resolved to their names and the side
 * table's facts (brand, price, stock) attached.
 *
 * <p>Example: {@code new Product(42, "Wild Alaskan Salmon Fillet", 15, "seafood counter", 12,
 * "meat seafood", "Ocean Fresh", 12.99, true)}.
 *
 * @param id the catalogue's product id, positive
 * @param name the name as the catalogue writes it
 * @param aisleId the aisle's id
 * @param aisle the aisle's name
 * @param departmentId the department's id
 * @param department the department's name
 * @param brand the brand, or the empty string when the catalogue does not say
 * @param price the price, or {@code Double.NaN} when the catalogue does not say
 * @param inStock whether the product can be bought now; {@code true} when the catalogue does not say
 */
public record Product(
        int id,
        String name,
        int aisleId,
        String aisle,
        int departmentId,
        String department,
        String brand,
        double price,
        boolean inStock) {

    /** Whether the catalogue gives this product's price. */
    public boolean hasPrice() {
        return !Double.isNaN(price);
    }
}
