package dev.mlkatas.recommendations.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated shop's shelves: grocery products by aisle, and the pairs planted in them, complements that go
 * into one basket and substitutes that replace each other. The one place to swap for a shared grocery world.
 *
 * <p>Example: {@code Catalog.standard().aisles().get("Oat Milk")} is {@code "milk"}.
 *
 * @param aisles product to aisle, in shelf order
 * @param complements pairs bought together
 * @param substitutes pairs of one aisle bought instead of each other
 */
public record Catalog(Map<String, String> aisles, List<List<String>> complements, List<List<String>> substitutes) {

    private static final String[][] SHELVES = {
        {"fresh fruits", "Bananas", "Organic Strawberries", "Hass Avocados", "Lemons", "Gala Apples", "Blueberries"},
        {"fresh vegetables", "Baby Spinach", "Yellow Onions", "Garlic", "Carrots", "Broccoli Crown", "Limes"},
        {"milk", "Whole Milk", "Oat Milk", "2% Reduced Fat Milk", "Almond Milk"},
        {"bread", "Sourdough Loaf", "Whole Wheat Bread", "Hot Dog Buns", "Hamburger Buns"},
        {"dry pasta", "Spaghetti", "Penne Rigate", "Fusilli"},
        {"pasta sauce", "Marinara Sauce", "Basil Pesto"},
        {"chips pretzels", "Tortilla Chips", "Potato Chips", "Pretzel Twists"},
        {"preserved dips spreads", "Chunky Salsa", "Hummus", "Guacamole"},
        {"hot dogs bacon sausage", "Beef Hot Dogs", "Thick Cut Bacon"},
        {"soft drinks", "Cola", "Diet Cola", "Lemon Lime Soda"},
        {"coffee", "Ground Coffee", "Coffee Pods"},
        {"cream", "Half and Half", "Oat Creamer"},
        {"eggs", "Large Brown Eggs", "Cage Free Eggs"},
        {"butter", "Salted Butter", "Plant Butter"},
        {"cereal", "Honey Oat Cereal", "Corn Flakes"},
        {"rice dried goods", "Jasmine Rice", "Basmati Rice"},
        {"spreads", "Peanut Butter", "Strawberry Jam"},
        {"yogurt", "Greek Yogurt", "Vanilla Yogurt"},
    };

    /** The standard shop: 18 aisles, 7 planted complements, 7 planted substitutes. */
    public static Catalog standard() {
        Map<String, String> aisles = new LinkedHashMap<>();
        for (String[] shelf : SHELVES) {
            for (int i = 1; i < shelf.length; i++) {
                aisles.put(shelf[i], shelf[0]);
            }
        }
        List<List<String>> complements = new ArrayList<>(List.of(
                List.of("Spaghetti", "Marinara Sauce"), List.of("Tortilla Chips", "Chunky Salsa"),
                List.of("Beef Hot Dogs", "Hot Dog Buns"), List.of("Peanut Butter", "Strawberry Jam"),
                List.of("Ground Coffee", "Half and Half"), List.of("Hass Avocados", "Limes"),
                List.of("Honey Oat Cereal", "2% Reduced Fat Milk")));
        List<List<String>> substitutes = new ArrayList<>(List.of(
                List.of("Whole Milk", "Oat Milk"), List.of("Cola", "Diet Cola"),
                List.of("Salted Butter", "Plant Butter"), List.of("Sourdough Loaf", "Whole Wheat Bread"),
                List.of("Jasmine Rice", "Basmati Rice"), List.of("Large Brown Eggs", "Cage Free Eggs"),
                List.of("Greek Yogurt", "Vanilla Yogurt")));
        return new Catalog(aisles, complements, substitutes);
    }

    public Catalog {
        aisles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aisles));
        complements = List.copyOf(complements);
        substitutes = List.copyOf(substitutes);
    }

    /** Every product, in shelf order. */
    public List<String> products() {
        return List.copyOf(aisles.keySet());
    }
}
