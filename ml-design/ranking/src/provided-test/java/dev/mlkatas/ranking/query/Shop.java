package dev.mlkatas.ranking.query;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.log.Search;
import java.util.List;

/**
 * A hand-made shop for the query tests: real fish in a "seafood counter" aisle whose names never say
 * "fish", and the word "fish" on crackers, a sauce, an oil and cat food.
 */
final class Shop {

    static final int SEAFOOD = 1;
    static final int CRACKERS = 2;
    static final int ASIAN = 3;
    static final int VITAMINS = 4;
    static final int POULTRY = 5;
    static final int CAT_FOOD = 6;
    static final int MEAT_SEAFOOD = 1;
    static final int SNACKS = 2;

    static final Catalog CATALOG = new Catalog("the query tests' shop", List.of(
            product(1, "Wild Salmon Fillets", SEAFOOD, "seafood counter", MEAT_SEAFOOD, "meat seafood", ""),
            product(2, "Atlantic Cod Loins", SEAFOOD, "seafood counter", MEAT_SEAFOOD, "meat seafood", ""),
            product(3, "Tilapia Fillets", SEAFOOD, "seafood counter", MEAT_SEAFOOD, "meat seafood", ""),
            product(4, "Smoked Salmon Slices", SEAFOOD, "seafood counter", MEAT_SEAFOOD, "meat seafood",
                    "harbor fresh"),
            product(5, "Fish Shaped Cheddar Crackers", CRACKERS, "crackers", SNACKS, "snacks", ""),
            product(6, "Thai Fish Sauce", ASIAN, "asian foods", 3, "international", ""),
            product(7, "Omega 3 Fish Oil", VITAMINS, "vitamins supplements", 4, "personal care", ""),
            product(8, "Chicken Breasts", POULTRY, "poultry counter", MEAT_SEAFOOD, "meat seafood", ""),
            product(9, "Cat Food with Ocean Fish", CAT_FOOD, "cat food", 5, "pets", ""),
            product(10, "Mozzarella Ball", 7, "cheese", 6, "dairy eggs", ""),
            product(11, "Pecan Pie", 8, "desserts", 7, "bakery", "")));

    private Shop() {
    }

    static Product product(int id, String name, int aisleId, String aisle, int departmentId, String department,
            String brand) {
        return new Product(id, name, aisleId, aisle, departmentId, department, brand, 1.0, true);
    }

    /** A search for {@code query}; {@code grades[i]} is what the shopper did with product {@code products[i]}. */
    static Search search(long id, String query, int[] products, int[] grades) {
        Impression[] impressions = new Impression[products.length];
        for (int i = 0; i < products.length; i++) {
            int grade = grades[i];
            impressions[i] = new Impression(i + 1, products[i], grade >= 1, grade >= 2, grade >= 3);
        }
        return new Search(id, 1, query, QuerySegment.HEAD, List.of(impressions));
    }
}
