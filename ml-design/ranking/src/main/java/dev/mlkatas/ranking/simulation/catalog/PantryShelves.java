package dev.mlkatas.ranking.simulation.catalog;

import static dev.mlkatas.ranking.simulation.catalog.Shelf.shelf;

import java.util.List;

/**
 * The aisles of shelf-stable food in the synthetic shop: canned goods, pantry, dry goods and pasta,
 * breakfast, snacks, international and bulk, named as in the Instacart files.
 *
 * <p>Most traps of the head queries live here, because a word of a head query is often a flavour or an
 * ingredient elsewhere: fish-shaped crackers, fish sauce, Swedish Fish candy, fish stock; milk chocolate,
 * coconut milk; apple cider vinegar, applesauce, apple cinnamon cereal; chicken broth, chicken flavour
 * ramen; bread crumbs, bread and butter pickles. Canned tuna and salmon are real fish.
 */
final class PantryShelves {

    static final List<Shelf> SHELVES = List.of(
            // canned goods
            shelf("canned goods", "canned meat seafood", 1, 3.0,
                    "Chunk Light Tuna|Solid White Albacore Tuna|Tuna in Olive Oil|Pink Salmon|Red Sockeye Salmon"
                            + "|Sardines in Water|Anchovy Fillets|Smoked Oysters|Chunk Chicken Breast|Corned Beef"
                            + "|Luncheon Meat",
                    "Premium|Low Sodium|No Salt Added", "5 oz|6 oz|3.75 oz|12.5 oz|4 ct"),
            shelf("canned goods", "canned jarred vegetables", 2, 2.0,
                    "Diced Tomatoes|Tomato Paste|Whole Kernel Corn|Cut Green Beans|Sweet Peas|Sliced Carrots"
                            + "|Artichoke Hearts|Roasted Red Peppers|Sliced Beets|Pumpkin Puree",
                    "Organic;No Salt Added", "14.5 oz|15 oz|28 oz|6 oz|12 oz"),
            shelf("canned goods", "canned meals beans", 2, 2.0,
                    "Black Beans|Garbanzo Beans|Kidney Beans|Pinto Beans|Refried Beans|Baked Beans|Chili with Beans"
                            + "|Cannellini Beans|Lentils|Beef Ravioli",
                    "Organic;Low Sodium", "15 oz|15.5 oz|28 oz|16 oz"),
            shelf("canned goods", "soup broth bouillon", 2, 3.0,
                    "Chicken Noodle Soup|Chicken Broth|Cream of Chicken Soup|Chicken Bouillon Cubes|Beef Broth"
                            + "|Vegetable Broth|Tomato Soup|Minestrone Soup|Bone Broth|Lentil Soup|Clam Chowder"
                            + "|Fish Stock",
                    "Organic;Low Sodium|Condensed|Hearty", "10.75 oz|14.5 oz|32 oz|18.6 oz|8 ct"),
            shelf("canned goods", "canned fruit applesauce", 1, 2.5,
                    "Applesauce|Unsweetened Applesauce|Apple Sauce Pouches|Mandarin Oranges|Sliced Peaches"
                            + "|Pineapple Chunks|Fruit Cocktail|Pear Halves|Cranberry Sauce",
                    "Organic;No Sugar Added", "15 oz|24 oz|4 ct|20 oz|6 ct"),

            // pantry
            shelf("pantry", "condiments", 2, 3.5,
                    "Tomato Ketchup|Yellow Mustard|Dijon Mustard|Mayonnaise|Hot Sauce|Sriracha|Barbecue Sauce"
                            + "|Worcestershire Sauce|Sweet Relish|Fish Sauce|Prepared Horseradish|Tartar Sauce",
                    "Organic|Spicy|Original|Reduced Sugar|Classic", "12 oz|20 oz|16 oz|8 oz|30 oz"),
            shelf("pantry", "oils vinegars", 1, 6.0,
                    "Extra Virgin Olive Oil|Avocado Oil|Canola Oil|Coconut Oil|Apple Cider Vinegar|Balsamic Vinegar"
                            + "|Red Wine Vinegar|Toasted Sesame Oil|Vegetable Oil|Cooking Spray",
                    "Organic|Premium", "16.9 fl oz|25.5 fl oz|32 fl oz|48 fl oz|5 oz"),
            shelf("pantry", "spices seasonings", 2, 4.0,
                    "Black Pepper|Sea Salt|Garlic Powder|Ground Cinnamon|Smoked Paprika|Chili Powder|Ground Cumin"
                            + "|Italian Seasoning|Taco Seasoning|Fish Taco Seasoning|Chicken Seasoning"
                            + "|Everything Bagel Seasoning|Apple Pie Spice",
                    "Organic|Salt Free", "2 oz|2.5 oz|4 oz|1.25 oz|8 oz"),
            shelf("pantry", "baking ingredients", 2, 3.5,
                    "All Purpose Flour|Granulated Sugar|Light Brown Sugar|Baking Soda=16 oz/4 lb"
                            + "|Baking Powder=8.1 oz/10 oz|Pure Vanilla Extract=2 fl oz/4 fl oz"
                            + "|Semi Sweet Chocolate Chips=12 oz/24 oz|Milk Chocolate Chips=11.5 oz/23 oz"
                            + "|Bread Crumbs=15 oz/24 oz|Panko Bread Crumbs=8 oz/16 oz|Cornstarch=16 oz|Bread Flour",
                    "Organic|Premium", "5 lb|2 lb|10 lb"),
            shelf("pantry", "spreads", 1, 4.0,
                    "Creamy Peanut Butter|Crunchy Peanut Butter|Almond Butter|Hazelnut Spread|Strawberry Jam"
                            + "|Grape Jelly|Apple Butter|Orange Marmalade|Blackberry Preserves",
                    "Organic;Natural|No Sugar Added|Reduced Sugar", "16 oz|12 oz|18 oz|28 oz|13 oz"),
            shelf("pantry", "honeys syrups nectars", 1, 6.0,
                    "Pure Maple Syrup|Clover Honey|Raw Honey|Agave Nectar|Pancake Syrup|Manuka Honey",
                    "Organic|Grade A|Raw|Unfiltered", "12 oz|16 oz|24 oz|8.5 oz"),
            shelf("pantry", "pickled goods olives", 1, 4.0,
                    "Kosher Dill Pickles|Bread and Butter Pickles|Sweet Gherkins|Kalamata Olives|Green Olives"
                            + "|Pickled Jalapenos|Sauerkraut|Nonpareil Capers",
                    "Organic|Pitted|Whole|Sliced", "16 fl oz|24 fl oz|6 oz|32 oz"),
            shelf("pantry", "salad dressing toppings", 1, 3.5,
                    "Ranch Dressing|Caesar Dressing|Balsamic Vinaigrette|Italian Dressing|Blue Cheese Dressing"
                            + "|Seasoned Croutons|Bacon Bits|Sunflower Kernels",
                    "Light|Organic|Classic|Lite", "16 fl oz|12 fl oz|5 oz|8 oz"),
            shelf("pantry", "doughs gelatins bake mixes", 1, 3.0,
                    "Fudge Brownie Mix|Yellow Cake Mix|Banana Bread Mix|Cornbread Mix|Gelatin Dessert|Pie Crust Mix"
                            + "|Chocolate Chip Cookie Mix|Muffin Mix",
                    "Gluten Free|Classic|Supreme|Sugar Free", "15 oz|18 oz|3 oz|16 oz"),
            shelf("pantry", "marinades meat preparation", 1, 4.0,
                    "Teriyaki Marinade|Steak Sauce|Meat Tenderizer|Chicken Marinade|Seasoned Coating Mix"
                            + "|Fish Fry Breading|Liquid Smoke|Mojo Marinade",
                    "Original|Garlic|Spicy|Less Sodium", "12 oz|16 oz|10 oz|5 oz"),

            // dry goods pasta
            shelf("dry goods pasta", "dry pasta", 2, 2.0,
                    "Spaghetti|Penne Rigate|Penne|Rotini|Elbow Macaroni|Fettuccine|Linguine|Farfalle"
                            + "|Lasagna Noodles|Orzo|Rigatoni|Egg Noodles",
                    "Organic;Gluten Free|Whole Wheat|Protein Plus|Brown Rice|Chickpea", "16 oz|12 oz|1 lb|2 lb|8 oz"),
            shelf("dry goods pasta", "pasta sauce", 1, 4.0,
                    "Marinara Sauce|Tomato Basil Sauce|Alfredo Sauce|Vodka Sauce|Arrabbiata Sauce|Basil Pesto"
                            + "|Bolognese Sauce",
                    "Organic|Roasted Garlic|Traditional|Low Sodium", "24 oz|15 oz|32 oz|6.7 oz"),
            shelf("dry goods pasta", "grains rice dried goods", 1, 3.5,
                    "Long Grain White Rice|Jasmine Rice|Basmati Rice|Brown Rice|Tricolor Quinoa|Pearl Couscous"
                            + "|Arborio Rice|Wild Rice|Red Lentils|Green Split Peas",
                    "Organic|Instant|Whole Grain|Sprouted", "2 lb|5 lb|16 oz|32 oz|12 oz"),
            shelf("dry goods pasta", "instant foods", 2, 2.0,
                    "Ramen Noodles|Instant Mashed Potatoes|Macaroni and Cheese Dinner|Cup Noodles|Instant Rice"
                            + "|Stuffing Mix|Chicken Flavor Ramen|Shells and Cheese",
                    "Original|Spicy|Family Size", "3 oz|6 oz|7.25 oz|12 ct|2.25 oz"),

            // breakfast
            shelf("breakfast", "cereal", 2, 4.0,
                    "Honey Nut Oat Cereal|Frosted Flakes|Corn Flakes|Raisin Bran|Toasted Oats|Apple Cinnamon Cereal"
                            + "|Frosted Shredded Wheat|Rice Crisps|Chocolate Puffs|Granola Clusters",
                    "Organic;Whole Grain|Family Size|Gluten Free", "12 oz|18 oz|10.8 oz|24 oz|14 oz"),
            shelf("breakfast", "hot cereal pancake mixes", 1, 3.5,
                    "Old Fashioned Oats|Quick Oats|Steel Cut Oats|Instant Oatmeal|Apple Cinnamon Oatmeal"
                            + "|Buttermilk Pancake Mix|Stone Ground Grits|Cream of Wheat|Waffle Mix",
                    "Organic|Gluten Free|Whole Grain|Original", "18 oz|42 oz|10 ct|32 oz|24 oz"),
            shelf("breakfast", "breakfast bars pastries", 1, 3.5,
                    "Toaster Pastries|Breakfast Biscuits|Soft Baked Bars|Cereal Bars|Apple Cinnamon Bars"
                            + "|Strawberry Breakfast Bars",
                    "Frosted|Whole Grain|Blueberry|Original", "8 ct|6 ct|12 ct|10.4 oz"),
            shelf("breakfast", "granola", 1, 4.5,
                    "Honey Almond Granola|Maple Pecan Granola|Vanilla Granola|Grain Free Granola|Chocolate Granola"
                            + "|Berry Granola",
                    "Organic|Low Sugar|Gluten Free|Clusters", "11 oz|12 oz|16 oz|22 oz"),

            // snacks
            shelf("snacks", "crackers", 2, 3.5,
                    "Cheddar Fish Crackers|Baked Snack Fish Crackers|Colors Fish Crackers|Cheddar Fish-Shaped Crackers"
                            + "|Saltine Crackers|Wheat Crackers|Water Crackers|Cheese Crackers|Graham Crackers"
                            + "|Rice Crackers|Butter Crackers|Whole Grain Crackers",
                    "Organic;Original|Reduced Fat|Sea Salt", "6.6 oz|8 oz|10 oz|30 oz|13.7 oz"),
            shelf("snacks", "chips pretzels", 2, 3.5,
                    "Potato Chips|Kettle Cooked Chips|Tortilla Chips|Pita Chips|Pretzel Twists|Pretzel Sticks"
                            + "|Veggie Straws|Cheese Puffs|Pork Rinds|Sweet Potato Chips|Salt and Vinegar Chips"
                            + "|Barbecue Chips",
                    "Organic;Original|Sea Salt|Lightly Salted|Family Size", "8 oz|9.5 oz|13 oz|16 oz|1 oz"),
            shelf("snacks", "candy chocolate", 3, 2.5,
                    "Milk Chocolate Bar|Dark Chocolate Bar|Milk Chocolate Peanut Butter Cups|Swedish Fish Soft Candy"
                            + "|Gummy Bears|Sour Gummy Worms|Licorice Twists|Milk Chocolate Almonds|Sea Salt Caramels"
                            + "|Jelly Beans|Dark Chocolate Sea Salt Almonds|Peppermint Patties",
                    "Share Size|King Size|Sugar Free|Fun Size", "1.55 oz|3.5 oz|8 oz|10 oz|5 oz"),
            shelf("snacks", "cookies cakes", 2, 4.0,
                    "Chocolate Chip Cookies|Oatmeal Raisin Cookies|Chocolate Sandwich Cookies|Shortbread Cookies"
                            + "|Ginger Snaps|Animal Crackers|Snack Cakes|Vanilla Wafers|Fig Bars|Double Chocolate Cookies",
                    "Soft Baked|Family Size|Mini|Thin", "13 oz|7 oz|11 oz|16 oz"),
            shelf("snacks", "nuts seeds dried fruit", 2, 6.0,
                    "Roasted Almonds|Whole Cashews|Pistachios|Mixed Nuts|Walnut Halves|Pecan Halves|Sunflower Seeds"
                            + "|Pumpkin Seeds|Dried Cranberries|Raisins|Dried Apricots|Dried Apple Rings",
                    "Organic;Salted|Unsalted", "8 oz|16 oz|6 oz|24 oz"),
            shelf("snacks", "popcorn jerky", 1, 5.0,
                    "Microwave Popcorn|Kettle Corn|White Cheddar Popcorn|Beef Jerky|Turkey Jerky|Teriyaki Beef Jerky"
                            + "|Salmon Jerky|Meat Sticks",
                    "Original|Butter|Peppered|Sweet and Spicy", "2.85 oz|6 ct|5 oz|3 oz"),
            shelf("snacks", "energy granola bars", 2, 5.0,
                    "Protein Bars|Chewy Granola Bars|Crunchy Granola Bars|Fruit and Nut Bars|Energy Bars|Oat Bars"
                            + "|Peanut Butter Protein Bars",
                    "Chocolate Chip|Dark Chocolate|Gluten Free|Low Sugar", "6 ct|12 ct|5 ct|8 ct"),
            shelf("snacks", "fruit vegetable snacks", 1, 3.0,
                    "Fruit Snacks|Apple Chips|Fruit Leather|Applesauce Pouches|Veggie Chips|Dried Mango Slices"
                            + "|Freeze Dried Strawberries",
                    "Organic|Mixed Fruit|No Sugar Added", "10 ct|4 oz|6 ct|22 ct"),
            shelf("snacks", "mint gum", 1, 2.0,
                    "Spearmint Gum|Peppermint Gum|Sugar Free Gum|Breath Mints|Cinnamon Gum|Wintergreen Mints",
                    "Sugar Free|Long Lasting", "15 ct|3 pk|50 ct"),

            // international
            shelf("international", "asian foods", 2, 3.5,
                    "Fish Sauce|Soy Sauce|Low Sodium Soy Sauce|Sriracha Chili Sauce|Hoisin Sauce|Oyster Sauce"
                            + "|Teriyaki Sauce|Coconut Milk=13.5 fl oz|Rice Noodles=8 oz/16 oz|Red Curry Paste=4 oz"
                            + "|White Miso Paste=14 oz|Roasted Seaweed Snacks=0.35 oz/6 ct",
                    "Organic|Premium|Thai|Japanese", "6.76 fl oz|10 fl oz|16.9 fl oz"),
            shelf("international", "latino foods", 1, 3.0,
                    "Salsa Verde|Red Enchilada Sauce|Chipotle Peppers in Adobo|Taco Shells|Refried Pinto Beans"
                            + "|Mole Sauce|Tostadas|Queso Fresco",
                    "Mild|Medium|Hot|Traditional", "16 oz|7 oz|12 ct|10 oz"),
            shelf("international", "indian foods", 1, 4.0,
                    "Tikka Masala Simmer Sauce|Butter Chicken Sauce|Mango Chutney|Garam Masala|Papadums|Curry Paste"
                            + "|Chana Masala|Palak Paneer",
                    "Mild|Medium|Spicy|Authentic", "15 oz|10 oz|3.5 oz|12 oz"),
            shelf("international", "kosher foods", 1, 4.0,
                    "Matzo|Gefilte Fish|Matzo Ball Soup Mix|Egg Matzo|Kosher Horseradish",
                    "Traditional|Whole Wheat|Low Sodium", "16 oz|24 oz|4.5 oz|10 oz"),

            // bulk
            shelf("bulk", "bulk dried fruits vegetables", 1, 6.0,
                    "Dried Apricots|Banana Chips|Dried Cranberries|Thompson Raisins|Dried Mango|Dried Figs",
                    "Organic|Unsulphured|Sweetened", "Per lb|1 lb|2 lb"),
            shelf("bulk", "bulk grains rice dried goods", 1, 3.0,
                    "Rolled Oats|White Quinoa|Brown Rice|Black Beans|Green Lentils|Pearled Barley",
                    "Organic|Sprouted|Whole Grain", "Per lb|1 lb|2 lb|5 lb"));

    private PantryShelves() {
    }
}
