package dev.mlkatas.grocery.world.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the shop stocks, department by department and aisle by aisle: every {@link Kind} of product with its
 * pack, typical price and a few words. A pack of {@code per lb} is sold by weight, at a price per pound. The
 * list only ever grows at its end, so that a kind's number, and with it every product id, stays the same.
 *
 * <p>Example: {@code Shelves.KINDS.get(0)} is bananas, in the fruit aisle of produce.
 */
public final class Shelves {

    /** Every kind, in a fixed order: its position is its number in product ids. */
    public static final List<Kind> KINDS = kinds(
            "produce", "fruit",
            "bananas|per|lb|0.69|loose yellow ripe tropical",
            "apples|3|lb bag|4.29|crisp red sweet",
            "strawberries|1|lb|3.99|red sweet berries",
            "avocados|4|pack|4.99|ripe creamy hass",
            "lemons|2|lb bag|3.49|citrus sour juicy",
            "produce", "vegetables",
            "potatoes|5|lb bag|4.49|russet starchy baking",
            "onions|3|lb bag|3.29|yellow cooking",
            "carrots|2|lb bag|2.19|orange crunchy",
            "tomatoes|per|lb|2.49|loose vine ripe red",
            "spinach|10|oz|3.49|baby leaves greens",
            "dairy & eggs", "dairy",
            "milk|1|gal|3.79|whole fresh dairy",
            "oat milk|64|fl oz|4.49|dairy free plant",
            "eggs|1|dozen|3.49|large free range",
            "butter|1|lb|4.99|salted creamy",
            "yogurt|32|oz|4.29|greek plain",
            "dairy & eggs", "cheese",
            "cheddar|per|lb|7.99|sharp deli counter",
            "mozzarella|16|oz|4.49|shredded pizza",
            "parmesan|5|oz|5.49|grated aged italian",
            "meat & seafood", "meat",
            "chicken breasts|per|lb|5.49|boneless skinless poultry",
            "ground beef|per|lb|6.49|lean mince butcher",
            "bacon|12|oz|5.99|smoked sliced pork",
            "meat & seafood", "seafood",
            "salmon fillet|per|lb|11.99|atlantic fish fresh",
            "cod fillet|per|lb|9.49|white fish flaky",
            "shrimp|1|lb|10.99|peeled frozen seafood",
            "bakery", "bread",
            "sourdough bread|1|loaf|4.99|crusty artisan",
            "whole wheat bread|20|oz|3.49|sliced sandwich",
            "burger buns|8|pack|3.29|soft sesame",
            "bagels|6|pack|3.99|plain chewy",
            "tortillas|10|pack|2.99|flour soft wraps",
            "pantry", "pasta & sauces",
            "spaghetti|1|lb|1.79|dry italian durum",
            "penne|1|lb|1.79|dry italian durum",
            "pasta sauce|24|oz|3.99|tomato basil marinara",
            "pantry", "rice & grains",
            "basmati rice|2|lb|4.99|long grain fragrant",
            "rolled oats|42|oz|5.49|whole grain porridge",
            "pantry", "breakfast",
            "cereal|12|oz|4.29|crunchy breakfast flakes",
            "peanut butter|16|oz|3.49|creamy roasted",
            "coffee|12|oz|8.99|ground roast arabica",
            "pantry", "canned goods",
            "black beans|15|oz can|1.19|canned protein",
            "chickpeas|15|oz can|1.19|canned garbanzo",
            "diced tomatoes|28|oz can|1.99|canned italian",
            "pantry", "baking",
            "flour|5|lb|3.99|all purpose baking",
            "sugar|4|lb|3.49|granulated white",
            "snacks & drinks", "snacks",
            "tortilla chips|13|oz|3.99|salted corn crunchy",
            "salsa|16|oz|3.49|chunky tomato mild",
            "potato chips|8|oz|3.79|salted crispy",
            "cookies|13|oz|3.99|chocolate chip sweet",
            "snacks & drinks", "drinks",
            "orange juice|52|fl oz|4.29|fresh squeezed citrus",
            "sparkling water|12|pack|5.49|lime fizzy",
            "cola|12|pack|6.99|fizzy soda cans",
            "frozen", "frozen foods",
            "frozen pizza|1|pizza|5.99|pepperoni cheese",
            "ice cream|48|oz|4.99|vanilla creamy dessert",
            "frozen peas|16|oz|1.99|green sweet",
            "household", "cleaning",
            "dish soap|19|fl oz|2.99|lemon grease",
            "laundry detergent|92|fl oz|11.99|liquid fresh scent",
            "household", "paper goods",
            "paper towels|6|rolls|8.99|absorbent kitchen",
            "toilet paper|12|rolls|9.99|soft double");

    /** Pairs of kinds bought together more often than chance: the second follows the first into baskets. */
    public static final List<List<String>> COMPLEMENTS = List.of(
            List.of("spaghetti", "pasta sauce"), List.of("penne", "pasta sauce"),
            List.of("tortilla chips", "salsa"), List.of("cereal", "milk"),
            List.of("ground beef", "burger buns"), List.of("bagels", "butter"));

    private Shelves() {
    }

    /** Department and aisle names, each followed by that aisle's kinds as {@code name|size|unit|price|words}. */
    private static List<Kind> kinds(String... entries) {
        List<Kind> kinds = new ArrayList<>();
        String department = null;
        String aisle = null;
        for (int i = 0; i < entries.length; i++) {
            if (!entries[i].contains("|")) {
                department = entries[i];
                aisle = entries[++i];
                continue;
            }
            String[] fields = entries[i].split("\\|");
            kinds.add(new Kind(fields[0], aisle, department, Double.parseDouble(fields[3]), fields[1], fields[2],
                    Arrays.asList(fields[4].split(" "))));
        }
        return List.copyOf(kinds);
    }
}
