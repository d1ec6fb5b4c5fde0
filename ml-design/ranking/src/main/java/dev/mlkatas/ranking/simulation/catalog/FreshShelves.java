package dev.mlkatas.ranking.simulation.catalog;

import static dev.mlkatas.ranking.simulation.catalog.Shelf.shelf;

import java.util.List;

/**
 * The aisles of fresh and chilled food in the synthetic shop: produce, meat and seafood, frozen, dairy,
 * bakery and deli, named as in the Instacart files.
 *
 * <p>The query "fish" lives here: real fish whose names never say fish (salmon, cod, tilapia, tuna) at
 * the seafood counter, packaged and frozen, next to fish fingers and fish fillets that do. Other head
 * queries meet their look-alikes: "Chicken Apple Sausage", "Whole Milk Greek Yogurt", "French Bread
 * Pizza", "Apple Pie".
 */
final class FreshShelves {

    static final List<Shelf> SHELVES = List.of(
            // produce
            shelf("produce", "fresh fruits", 3, 3.0,
                    "Bananas=Per lb/2 lb|Honeycrisp Apples|Gala Apples|Granny Smith Apples|Fuji Apples"
                            + "|Pink Lady Apples|Navel Oranges|Strawberries=16 oz/2 lb|Blueberries=6 oz/18 oz"
                            + "|Raspberries=6 oz/12 oz|Red Seedless Grapes|Lemons|Limes|Hass Avocados=Each/4 ct"
                            + "|Bartlett Pears|Mango=Each|Pineapple=Each|Seedless Watermelon=Each|Yellow Peaches",
                    "Organic|Local;Large|Ripe", "Per lb|2 lb|3 lb Bag|Each"),
            shelf("produce", "fresh vegetables", 3, 2.5,
                    "Baby Spinach|Broccoli Crowns|Carrots|Yellow Onions|Red Bell Pepper|Russet Potatoes"
                            + "|Sweet Potatoes|Cucumber|Zucchini|Romaine Hearts|Cauliflower|Garlic|Green Beans"
                            + "|Asparagus|Celery|Lacinato Kale|Roma Tomatoes|White Mushrooms|Jalapeno Peppers",
                    "Organic|Local;Large", "1 lb|2 lb|5 lb Bag|Each|8 oz"),
            shelf("produce", "packaged vegetables fruits", 2, 3.5,
                    "Baby Carrots|Spring Mix|Chopped Kale|Coleslaw Mix|Apple Slices|Sliced Apples|Grape Tomatoes"
                            + "|Sugar Snap Peas|Caesar Salad Kit|Mixed Berries|Broccoli Florets|Shredded Carrots",
                    "Organic;Family Size|Ready to Eat", "5 oz|10 oz|12 oz|16 oz|2 lb"),
            shelf("produce", "fresh herbs", 1, 2.0,
                    "Cilantro|Italian Parsley|Basil|Mint|Dill|Rosemary|Thyme|Green Onions|Ginger Root",
                    "Organic|Fresh|Living", "1 bunch|0.75 oz|2 oz|Each"),
            shelf("produce", "packaged produce", 1, 4.0,
                    "Pomegranate Arils|Cut Watermelon|Pineapple Chunks|Mango Spears|Celery Sticks|Vegetable Tray"
                            + "|Fruit Medley|Butternut Squash Cubes",
                    "Organic;Fresh Cut|Snack Size", "8 oz|12 oz|16 oz|24 oz"),

            // meat seafood
            shelf("meat seafood", "seafood counter", 2, 11.0,
                    "Atlantic Salmon Fillets|Sockeye Salmon Fillets|Salmon Portions|Cod Fillets|Cod Loins"
                            + "|Tilapia Fillets|Yellowfin Tuna Steaks|Ahi Tuna Steaks|Halibut Fillets|Rainbow Trout"
                            + "|Haddock Fillets|Mahi Mahi Fillets|White Fish Fillets|Fish Fillets|Swordfish Steaks"
                            + "|Catfish Fillets|Jumbo Shrimp|Sea Scallops|Mussels|Snow Crab Legs",
                    "Wild|Wild Caught|Farm Raised|Sustainably Sourced;Boneless|Skinless|Skin On|Previously Frozen",
                    "1 lb|2 lb|12 oz|8 oz|Per lb"),
            shelf("meat seafood", "packaged seafood", 1, 9.0,
                    "Smoked Salmon|Nova Lox|Smoked Trout|Salmon Burgers|Fish Cakes|Imitation Crab|Cooked Shrimp"
                            + "|Pickled Herring|Tuna Poke|Salmon Portions|Cod Portions",
                    "Wild|Norwegian|Alaskan|Atlantic;Cold Smoked|Hot Smoked|Sliced", "4 oz|8 oz|12 oz|1 lb"),
            shelf("meat seafood", "poultry counter", 2, 7.0,
                    "Chicken Breasts|Chicken Thighs|Chicken Drumsticks|Chicken Wings|Whole Chicken|Ground Chicken"
                            + "|Chicken Tenderloins|Turkey Breast|Ground Turkey|Cornish Hens",
                    "Organic|Free Range|Pasture Raised|Air Chilled;Family Pack",
                    "1 lb|2 lb|3 lb|Per lb"),
            shelf("meat seafood", "packaged poultry", 1, 7.0,
                    "Chicken Breast Strips|Grilled Chicken Breast|Chicken Sausage|Turkey Bacon|Chicken Meatballs"
                            + "|Chicken Breast Tenders|Turkey Burgers|Ground Turkey|Chicken Thighs|Chicken Drumsticks",
                    "Organic|Antibiotic Free;Fully Cooked|Family Pack|Seasoned", "12 oz|16 oz|1 lb|2 lb|24 oz"),
            shelf("meat seafood", "meat counter", 1, 10.0,
                    "Ribeye Steak|New York Strip Steak|Ground Beef|Pork Chops|Pork Tenderloin|Beef Stew Meat"
                            + "|Flank Steak|Lamb Chops|Beef Brisket|Baby Back Ribs|Sirloin Steak",
                    "Grass Fed|Angus|Organic|USDA Choice;Lean|Bone In|Boneless", "1 lb|2 lb|Per lb"),
            shelf("meat seafood", "packaged meat", 1, 6.0,
                    "Ground Beef|Beef Patties|Pork Sausage|Italian Sausage|Beef Meatballs|Sliced Ham|Pulled Pork"
                            + "|Pork Carnitas",
                    "Lean|Grass Fed|Fully Cooked|Mild|Hot", "12 oz|16 oz|1 lb|2 lb"),
            shelf("meat seafood", "hot dogs bacon sausage", 2, 5.0,
                    "Hickory Smoked Bacon|Thick Cut Bacon|Uncured Hot Dogs|Beef Hot Dogs|Breakfast Sausage Links"
                            + "|Smoked Sausage|Bratwurst|Andouille Sausage|Chicken Apple Sausage|Kielbasa",
                    "Uncured|No Sugar Added|Applewood Smoked|Original|Jumbo", "8 oz|12 oz|16 oz|14 oz"),

            // frozen
            shelf("frozen", "frozen meat seafood", 2, 8.0,
                    "Salmon Fillets|Cod Fillets|Tilapia Fillets|Tuna Steaks|Breaded Fish Fillets|Fish Fingers"
                            + "|Fish Sticks|Beer Battered Fish|Pollock Fillets|Cooked Shrimp|Raw Shrimp|Crab Cakes"
                            + "|Chicken Breasts|Chicken Nuggets|Chicken Wings|Beef Burgers|Turkey Burgers|Meatballs",
                    "Individually Frozen|Family Size|Value Pack",
                    "1 lb|2 lb|12 oz|24 oz|32 oz"),
            shelf("frozen", "frozen meals", 2, 4.5,
                    "Chicken Pot Pie|Macaroni and Cheese|Lasagna|Chicken Alfredo|Beef Burrito|Teriyaki Chicken Bowl"
                            + "|Fish and Chips|Vegetable Fried Rice|Cheese Enchiladas|Shepherds Pie|Pad Thai",
                    "Organic|Gluten Free;Family Size|Single Serve", "9 oz|10 oz|12 oz|18 oz|32 oz"),
            shelf("frozen", "ice cream ice", 3, 5.0,
                    "Vanilla Ice Cream|Chocolate Ice Cream|Mint Chocolate Chip Ice Cream|Cookie Dough Ice Cream"
                            + "|Strawberry Ice Cream|Gelato|Raspberry Sorbet|Ice Cream Bars|Ice Cream Sandwiches"
                            + "|Frozen Yogurt|Ice Pops",
                    "Premium|Light|Dairy Free|Homemade", "1 pt|1.5 qt|48 oz|6 ct|12 ct"),
            shelf("frozen", "frozen produce", 2, 3.0,
                    "Mixed Vegetables|Broccoli Florets|Sweet Peas|Sweet Corn|Cut Green Beans|Strawberries"
                            + "|Blueberries|Mango Chunks|Mixed Berries|Chopped Spinach|Riced Cauliflower|Edamame",
                    "Organic|Steamable", "10 oz|12 oz|16 oz|32 oz|3 lb"),
            shelf("frozen", "frozen breakfast", 1, 4.0,
                    "Homestyle Waffles|Buttermilk Pancakes|Breakfast Sandwiches|Breakfast Burritos"
                            + "|French Toast Sticks|Hash Browns",
                    "Whole Grain|Family Size|Protein", "10 ct|12 ct|24 oz|4 ct"),
            shelf("frozen", "frozen pizza", 1, 6.0,
                    "Pepperoni Pizza|Cheese Pizza|Margherita Pizza|Supreme Pizza|Pizza Rolls|Cauliflower Crust Pizza"
                            + "|Thin Crust Pizza|French Bread Pizza",
                    "Rising Crust|Stone Fired|Four Cheese|Family Size", "12 in|16 oz|20 oz|2 ct"),
            shelf("frozen", "frozen vegan vegetarian", 1, 5.0,
                    "Veggie Burgers|Plant Based Burgers|Meatless Crumbles|Veggie Nuggets|Falafel|Vegan Chicken Tenders"
                            + "|Black Bean Burgers",
                    "Plant Based|Gluten Free|Original|Spicy", "8 oz|10 oz|12 oz|4 ct"),
            shelf("frozen", "frozen breads doughs", 1, 4.0,
                    "Garlic Bread|Texas Toast|Pie Crusts|Puff Pastry|Pizza Dough|Dinner Rolls|Biscuit Dough",
                    "Homestyle|Flaky|Classic", "11 oz|14 oz|16 oz|8 ct|2 ct"),
            shelf("frozen", "frozen dessert", 1, 5.0,
                    "Cheesecake|Apple Pie|Cherry Pie|Key Lime Pie|Chocolate Lava Cakes|Fruit Bars|Cream Puffs",
                    "Homestyle|Mini|Classic", "17 oz|24 oz|6 ct|12 ct"),

            // dairy eggs
            shelf("dairy eggs", "milk", 2, 3.5,
                    "Whole Milk|Reduced Fat Milk|2% Milk|Fat Free Milk|1% Lowfat Milk|Chocolate Milk|Strawberry Milk"
                            + "|Lactose Free Milk|Buttermilk|Ultra Filtered Milk",
                    "Organic|Grassfed|Local;Ultra Pasteurized|Vitamin D", "1 gal|Half Gallon|1 qt|64 fl oz|52 fl oz"),
            shelf("dairy eggs", "eggs", 1, 4.0,
                    "Large Brown Eggs|Large White Eggs|Extra Large Eggs|Liquid Egg Whites|Hard Boiled Eggs|Jumbo Eggs",
                    "Organic;Cage Free|Free Range|Pasture Raised;Grade A", "12 ct|18 ct|6 ct|24 ct|16 oz"),
            shelf("dairy eggs", "yogurt", 3, 1.5,
                    "Greek Yogurt|Plain Yogurt|Vanilla Yogurt|Strawberry Yogurt|Blueberry Yogurt|Yogurt Cups"
                            + "|Drinkable Yogurt|Icelandic Skyr|Kefir|Peach Yogurt",
                    "Organic;Nonfat|Whole Milk|Low Fat", "5.3 oz|6 oz|32 oz|4 ct|16 oz"),
            shelf("dairy eggs", "butter", 1, 4.0,
                    "Salted Butter|Unsalted Butter|Whipped Butter|Spreadable Butter|Ghee|Plant Butter",
                    "Grassfed|Organic|European Style|Irish", "8 oz|16 oz|4 ct|7 oz"),
            shelf("dairy eggs", "cream", 1, 3.0,
                    "Heavy Whipping Cream|Half and Half|Sour Cream|Coffee Creamer|Whipped Cream|Light Cream",
                    "Organic;Ultra Pasteurized", "1 pt|1 qt|16 oz|8 oz"),
            shelf("dairy eggs", "packaged cheese", 2, 4.0,
                    "Sharp Cheddar Cheese|Mild Cheddar Cheese|Shredded Mozzarella|Sliced Swiss Cheese|String Cheese"
                            + "|Colby Jack Cheese|Pepper Jack Cheese|Grated Parmesan Cheese|Mexican Blend Cheese"
                            + "|Provolone Slices",
                    "Organic|Natural|Reduced Fat", "6 oz|8 oz|16 oz|12 ct|24 oz"),
            shelf("dairy eggs", "specialty cheeses", 1, 7.0,
                    "Brie|Goat Cheese|Gouda|Manchego|Aged Cheddar|Blue Cheese|Feta Cheese|Fresh Mozzarella"
                            + "|Gruyere|Camembert",
                    "Imported|Aged|Smoked", "4 oz|5 oz|6 oz|8 oz|7 oz"),
            shelf("dairy eggs", "other creams cheeses", 1, 3.0,
                    "Cream Cheese|Cottage Cheese|Whole Milk Ricotta|Mascarpone|Whipped Cream Cheese",
                    "Original|Low Fat|Small Curd|Organic", "8 oz|16 oz|24 oz|15 oz"),
            shelf("dairy eggs", "soy lactose free", 1, 3.5,
                    "Almond Milk|Oat Milk|Soy Milk|Coconut Milk Beverage|Cashew Milk|Lactose Free Milk|Oat Creamer"
                            + "|Almond Yogurt",
                    "Organic;Unsweetened|Original|Vanilla|Barista Edition", "64 fl oz|32 fl oz|Half Gallon|1 qt"),

            // bakery
            shelf("bakery", "bread", 2, 4.0,
                    "Whole Wheat Bread|White Bread|Sourdough Bread|Multigrain Bread|Rye Bread|Italian Bread"
                            + "|French Baguette|Cinnamon Raisin Bread|Potato Bread|Sprouted Grain Bread|Brioche Loaf"
                            + "|Ciabatta Loaf",
                    "Organic|Artisan|Gluten Free;Thin Sliced|Seeded", "20 oz|24 oz|16 oz|1 Loaf|22 oz"),
            shelf("bakery", "buns rolls", 1, 3.5,
                    "Hamburger Buns|Hot Dog Buns|Dinner Rolls|Brioche Buns|Kaiser Rolls|Hoagie Rolls|Slider Buns",
                    "Whole Wheat|Sesame|Potato|Soft", "8 ct|12 ct|6 ct|15 oz"),
            shelf("bakery", "breakfast bakery", 1, 4.0,
                    "Plain Bagels|Everything Bagels|English Muffins|Blueberry Muffins|Butter Croissants"
                            + "|Cinnamon Rolls|Banana Bread|Danish Pastries",
                    "Mini|Jumbo|Whole Wheat|Fresh Baked", "6 ct|4 ct|12 ct|14 oz"),
            shelf("bakery", "bakery desserts", 1, 5.0,
                    "Chocolate Chip Cookies|Fudge Brownies|Vanilla Cupcakes|Apple Pie|Cheesecake Slices|Glazed Donuts"
                            + "|Coffee Cake|Macarons",
                    "Fresh Baked|Mini|Double Chocolate|Classic", "6 ct|12 ct|8 in|16 oz"),
            shelf("bakery", "tortillas flat bread", 1, 3.0,
                    "Flour Tortillas|Corn Tortillas|Naan Bread|Pita Bread|Flatbread|Spinach Wraps|Lavash",
                    "Whole Wheat|Low Carb|Garlic|Large|Street Taco", "8 ct|10 ct|12 oz|20 ct"),

            // deli
            shelf("deli", "lunch meat", 2, 5.0,
                    "Oven Roasted Turkey Breast|Black Forest Ham|Genoa Salami|Roast Beef|Pepperoni Slices"
                            + "|Chicken Breast Slices|Honey Ham|Bologna|Prosciutto",
                    "Uncured|Low Sodium;Thin Sliced", "6 oz|7 oz|8 oz|16 oz|3 oz"),
            shelf("deli", "prepared meals", 1, 7.0,
                    "Rotisserie Chicken|Chicken Caesar Wrap|California Sushi Roll|Mac and Cheese|Meatloaf"
                            + "|Salmon Teriyaki Bowl|Chicken Tikka Masala|Vegetable Lasagna",
                    "Family Size|Single Serve|Homestyle", "12 oz|16 oz|Each|2 lb"),
            shelf("deli", "prepared soups salads", 1, 5.0,
                    "Chicken Noodle Soup|Tomato Bisque|Clam Chowder|Chicken Salad|Tuna Salad|Egg Salad"
                            + "|Potato Salad|Greek Salad|Broccoli Cheddar Soup",
                    "Classic|Homestyle|Organic", "16 oz|24 oz|12 oz|8 oz"),
            shelf("deli", "fresh dips tapenades", 1, 4.0,
                    "Classic Hummus|Guacamole|Fresh Salsa|Tzatziki|Spinach Artichoke Dip|French Onion Dip"
                            + "|Olive Tapenade|Queso Dip",
                    "Organic|Spicy|Roasted Garlic|Mild", "8 oz|10 oz|16 oz|12 oz"),
            shelf("deli", "tofu meat alternatives", 1, 3.5,
                    "Extra Firm Tofu|Silken Tofu|Tempeh|Seitan|Plant Based Chicken Strips|Veggie Sausage",
                    "Organic|Sprouted|Smoked|Original", "14 oz|8 oz|16 oz|10 oz"));

    private FreshShelves() {
    }
}
