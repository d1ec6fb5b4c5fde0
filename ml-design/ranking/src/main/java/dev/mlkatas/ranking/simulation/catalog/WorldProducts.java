package dev.mlkatas.ranking.simulation.catalog;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grocery world's own products, the shop every kata's default data comes from, as they stand in the
 * synthetic catalogue: each in the Instacart aisle where that kind of product is shelved, under its brand,
 * at its price. The world sells 56 kinds, two to four brands each; the synthetic catalogue builds the rest of
 * a 50,000-product shop around them.
 *
 * <p>Example: with seed 42, the world's {@code Hillcrest milk 1 gal} (its aisle "dairy") is the product
 * {@code Hillcrest Milk 1 gal} of the aisle {@code milk}, department {@code dairy eggs}.
 */
public final class WorldProducts {

    /** The Instacart aisle of every kind of the world, by the kind's name. */
    static final Map<String, String> AISLES = Map.ofEntries(
            Map.entry("bananas", "fresh fruits"), Map.entry("apples", "fresh fruits"),
            Map.entry("strawberries", "fresh fruits"), Map.entry("avocados", "fresh fruits"),
            Map.entry("lemons", "fresh fruits"), Map.entry("potatoes", "fresh vegetables"),
            Map.entry("onions", "fresh vegetables"), Map.entry("carrots", "fresh vegetables"),
            Map.entry("tomatoes", "fresh vegetables"), Map.entry("spinach", "packaged vegetables fruits"),
            Map.entry("milk", "milk"), Map.entry("oat milk", "soy lactose free"), Map.entry("eggs", "eggs"),
            Map.entry("butter", "butter"), Map.entry("yogurt", "yogurt"), Map.entry("cheddar", "specialty cheeses"),
            Map.entry("mozzarella", "packaged cheese"), Map.entry("parmesan", "packaged cheese"),
            Map.entry("chicken breasts", "poultry counter"), Map.entry("ground beef", "meat counter"),
            Map.entry("bacon", "hot dogs bacon sausage"), Map.entry("salmon fillet", "seafood counter"),
            Map.entry("cod fillet", "seafood counter"), Map.entry("shrimp", "frozen meat seafood"),
            Map.entry("sourdough bread", "bread"), Map.entry("whole wheat bread", "bread"),
            Map.entry("burger buns", "buns rolls"), Map.entry("bagels", "breakfast bakery"),
            Map.entry("tortillas", "tortillas flat bread"), Map.entry("spaghetti", "dry pasta"),
            Map.entry("penne", "dry pasta"), Map.entry("pasta sauce", "pasta sauce"),
            Map.entry("basmati rice", "grains rice dried goods"), Map.entry("rolled oats", "hot cereal pancake mixes"),
            Map.entry("cereal", "cereal"), Map.entry("peanut butter", "spreads"), Map.entry("coffee", "coffee"),
            Map.entry("black beans", "canned meals beans"), Map.entry("chickpeas", "canned meals beans"),
            Map.entry("diced tomatoes", "canned jarred vegetables"), Map.entry("flour", "baking ingredients"),
            Map.entry("sugar", "baking ingredients"), Map.entry("tortilla chips", "chips pretzels"),
            Map.entry("salsa", "fresh dips tapenades"), Map.entry("potato chips", "chips pretzels"),
            Map.entry("cookies", "cookies cakes"), Map.entry("orange juice", "juice nectars"),
            Map.entry("sparkling water", "water seltzer sparkling water"), Map.entry("cola", "soft drinks"),
            Map.entry("frozen pizza", "frozen pizza"), Map.entry("ice cream", "ice cream ice"),
            Map.entry("frozen peas", "frozen produce"), Map.entry("dish soap", "dish detergents"),
            Map.entry("laundry detergent", "laundry"), Map.entry("paper towels", "paper goods"),
            Map.entry("toilet paper", "paper goods"));

    /**
     * One product of the world, as the catalogue shelves it.
     *
     * @param name the world's name with the kind's words capitalised, as the catalogue's names are
     * @param aisle the Instacart aisle of its kind
     */
    record Shelved(String name, String brand, String aisle, double price) {
    }

    private WorldProducts() {
    }

    /** The Instacart aisle where the world's {@code kind} is shelved, e.g. {@code fresh fruits} for bananas. */
    public static String aisle(String kind) {
        String aisle = AISLES.get(kind);
        if (aisle == null) {
            throw new IllegalStateException("the world's kind '" + kind + "' has no Instacart aisle");
        }
        return aisle;
    }

    /** Every product of the world with this seed, in the world's order. */
    static List<Shelved> of(long seed) {
        List<Shelved> shelved = new ArrayList<>();
        for (var product : Catalogue.of(seed).products()) {
            String aisle = aisle(product.kind());
            String pack = product.size() + " " + product.unit();
            // The world writes "Meadowlark organic whole milk 1 gal": the brand, the words, the pack.
            String words = product.name().substring(product.brand().length(), product.name().length() - pack.length());
            shelved.add(new Shelved(product.brand() + capitalised(words) + pack, product.brand(), aisle,
                    product.price()));
        }
        return shelved;
    }

    /** {@code " organic oat milk "} as {@code " Organic Oat Milk "}. */
    private static String capitalised(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }
}
