package dev.mlkatas.ranking.simulation.catalog;

import static dev.mlkatas.ranking.simulation.catalog.Shelf.shelf;

import java.util.List;

/**
 * The aisles of drinks and of everything that is not food for people in the synthetic shop: beverages,
 * alcohol, pets, personal care, household and babies, named as in the Instacart files.
 *
 * <p>Their traps: fish-oil supplements and cod liver oil, cat food with ocean fish, salmon or tuna,
 * chicken-flavoured dog food, apple juice (wanted by a shopper who types "apple juice", not "apple"),
 * chocolate milk mix.
 */
final class HomeShelves {

    static final List<Shelf> SHELVES = List.of(
            // beverages
            shelf("beverages", "juice nectars", 2, 4.0,
                    "Apple Juice|Orange Juice|Cranberry Juice Cocktail|Concord Grape Juice|Lemonade|Pineapple Juice"
                            + "|Tomato Juice|Pomegranate Juice|Apple Cider|Mango Nectar",
                    "Organic;100% Juice|Not From Concentrate|Unsweetened", "64 fl oz|52 fl oz|1 gal|10 ct|6 pk"),
            shelf("beverages", "soft drinks", 2, 5.0,
                    "Cola|Diet Cola|Lemon Lime Soda|Root Beer|Ginger Ale|Orange Soda|Cream Soda|Tonic Water|Club Soda",
                    "Zero Sugar|Caffeine Free|Diet|Classic", "12 pk|2 L|6 pk|12 fl oz|20 fl oz"),
            shelf("beverages", "water seltzer sparkling water", 2, 4.0,
                    "Spring Water|Purified Water|Sparkling Water|Lime Sparkling Water|Lemon Seltzer|Mineral Water"
                            + "|Alkaline Water|Coconut Water|Grapefruit Sparkling Water",
                    "Natural|Unsweetened|Zero Calorie|Electrolyte Enhanced", "24 pk|1 L|12 pk|8 pk|1 gal"),
            shelf("beverages", "coffee", 2, 9.0,
                    "Ground Coffee|Whole Bean Coffee|French Roast Coffee|Espresso Roast|Cold Brew Coffee=32 fl oz/48 fl oz"
                            + "|Coffee Pods=12 ct/24 ct/48 ct|Instant Coffee=4 oz/8 oz|Breakfast Blend Coffee",
                    "Organic|Fair Trade;Decaf|Medium Roast|Dark Roast", "12 oz|10 oz|24 oz|32 oz"),
            shelf("beverages", "tea", 1, 4.5,
                    "Green Tea|English Breakfast Tea|Chamomile Tea|Peppermint Tea|Earl Grey Tea|Chai Tea"
                            + "|Iced Tea=16 fl oz/59 fl oz|Matcha Powder=1 oz/4 oz|Hibiscus Herbal Tea",
                    "Organic;Decaf", "20 ct|40 ct|100 ct"),
            shelf("beverages", "cocoa drink mixes", 1, 4.0,
                    "Hot Cocoa Mix|Chocolate Milk Mix|Drink Mix Packets|Powdered Lemonade Mix|Malted Milk Powder",
                    "Sugar Free|Rich|Classic", "8 ct|10 ct|12 oz|20 oz"),
            shelf("beverages", "refrigerated", 1, 4.0,
                    "Cold Pressed Juice|Kombucha|Iced Coffee|Almond Milk Latte|Fresh Orange Juice|Green Juice"
                            + "|Fruit Smoothie|Ginger Shot",
                    "Organic|Raw|Unsweetened|Original", "16 fl oz|12 fl oz|48 fl oz|2 fl oz"),

            // alcohol
            shelf("alcohol", "beers coolers", 2, 11.0,
                    "IPA|Pale Ale|Lager|Pilsner|Oatmeal Stout|Wheat Beer|Hard Seltzer|Hard Cider|Amber Ale",
                    "Craft|Session|Light|Imported", "6 pk|12 pk|24 pk|16 fl oz"),
            shelf("alcohol", "red wines", 1, 14.0,
                    "Cabernet Sauvignon|Pinot Noir|Merlot|Malbec|Red Blend|Zinfandel|Syrah",
                    "Reserve|California|Old Vine", "750 ml|1.5 L"),
            shelf("alcohol", "white wines", 1, 13.0,
                    "Chardonnay|Sauvignon Blanc|Pinot Grigio|Riesling|Rose|Moscato",
                    "Reserve|Dry|California", "750 ml|1.5 L"),
            shelf("alcohol", "spirits", 1, 25.0,
                    "Vodka|London Dry Gin|Bourbon Whiskey|Tequila Blanco|Spiced Rum|Scotch Whisky|Brandy",
                    "Small Batch|Premium|Aged", "750 ml|1 L|1.75 L|375 ml"),

            // pets
            shelf("pets", "cat food care", 2, 6.0,
                    "Ocean Fish Pate Cat Food|Tuna Entree Cat Food|Salmon Dinner Cat Food|Chicken Pate Cat Food"
                            + "|Seafood Medley Cat Food|Ocean Whitefish Dry Cat Food=3.15 lb/7 lb/16 lb"
                            + "|Fish Flavor Cat Treats=2.1 oz/6 oz|Indoor Cat Food=3.15 lb/7 lb"
                            + "|Clumping Cat Litter=14 lb/20 lb/40 lb|Hairball Control Cat Food=3.15 lb/7 lb",
                    "Grain Free|Adult|Kitten|Senior|Natural", "3 oz|5.5 oz|12 ct|24 ct"),
            shelf("pets", "dog food care", 2, 10.0,
                    "Chicken and Rice Dog Food|Beef Dog Food|Salmon and Sweet Potato Dog Food|Lamb and Rice Dog Food"
                            + "|Puppy Food|Grain Free Dog Food|Chicken Flavor Dog Treats=16 oz/24 ct"
                            + "|Dental Chews=24 ct/36 ct|Dog Biscuits=24 oz/4 lb|Rawhide Bones=10 ct/20 ct",
                    "Adult|Small Breed|Natural|Large Breed|Senior", "4.5 lb|15 lb|30 lb"),

            // personal care
            shelf("personal care", "vitamins supplements", 3, 13.0,
                    "Fish Oil Softgels|Omega-3 Fish Oil|Cod Liver Oil|Krill Oil|Multivitamin|Vitamin D3|Vitamin C"
                            + "|Magnesium Glycinate|Probiotic|Calcium with Vitamin D|B Complex|Melatonin|Zinc|Turmeric",
                    "Extra Strength|Gummies|Adult|Womens|Mens|Vegan", "60 ct|90 ct|120 ct|180 ct|30 ct"),
            shelf("personal care", "protein meal replacements", 1, 20.0,
                    "Whey Protein Powder|Plant Protein Powder|Collagen Peptides|Meal Replacement Shake=4 ct/12 ct"
                            + "|Protein Shake=4 ct/12 ct",
                    "Chocolate|Vanilla|Unflavored|Grass Fed", "1 lb|2 lb|5 lb"),
            shelf("personal care", "oral hygiene", 2, 4.0,
                    "Whitening Toothpaste=4 oz/6 oz/2 pk|Fluoride Toothpaste=4 oz/6 oz/2 pk"
                            + "|Soft Toothbrush=1 ct/2 ct/4 ct|Mouthwash=16.9 fl oz/1 L|Dental Floss=50 yd/3 pk"
                            + "|Electric Toothbrush Heads=2 ct/4 ct",
                    "Fresh Mint|Sensitive|Charcoal|Kids", ""),
            shelf("personal care", "hair care", 2, 7.0,
                    "Shampoo|Conditioner|Dry Shampoo|Hair Spray|Styling Gel|Leave In Conditioner|Hair Mask",
                    "Moisturizing|Volumizing|Color Safe|Tea Tree", "12 fl oz|13.5 fl oz|25.4 fl oz|5 oz"),
            shelf("personal care", "body lotions soap", 1, 7.0,
                    "Body Lotion|Body Wash|Bar Soap=4 ct/8 ct|Hand Cream=3 oz|Shea Butter Lotion|Body Oil",
                    "Unscented|Sensitive Skin|Lavender|Coconut", "16 fl oz|22 fl oz|8 fl oz"),
            shelf("personal care", "skin care", 1, 12.0,
                    "Face Moisturizer|Facial Cleanser=6 fl oz/12 fl oz|Mineral Sunscreen=3 oz/6 fl oz"
                            + "|Lip Balm=0.15 oz/2 ct|Night Cream|Eye Cream=0.5 oz|Face Serum=1 fl oz",
                    "SPF 30|Fragrance Free|Hydrating|Oil Free", "1.7 oz|2.5 oz"),
            shelf("personal care", "cold flu allergy", 1, 9.0,
                    "Cold and Flu Relief|Cough Syrup=4 fl oz/8 fl oz|Allergy Relief Tablets"
                            + "|Saline Nasal Spray=1.5 fl oz|Throat Lozenges|Sinus Relief",
                    "Nighttime|Daytime|Non Drowsy|Maximum Strength", "24 ct|30 ct|48 ct"),
            shelf("personal care", "deodorants", 1, 5.0,
                    "Antiperspirant Deodorant|Natural Deodorant|Clinical Strength Deodorant|Body Spray",
                    "Unscented|Fresh|Aluminum Free", "2.6 oz|3 oz|2 ct"),

            // household
            shelf("household", "paper goods", 2, 9.0,
                    "Paper Towels|Toilet Paper|Facial Tissues|Paper Napkins|Select A Size Paper Towels",
                    "Ultra Soft|Strong|Recycled|Double Roll", "6 ct|12 ct|24 ct|8 ct|100 ct"),
            shelf("household", "dish detergents", 1, 5.0,
                    "Dish Soap=19.4 fl oz/28 fl oz|Dishwasher Detergent Pods=32 ct/62 ct|Dishwasher Gel=45 oz/75 oz"
                            + "|Rinse Aid=16 fl oz|Scrub Sponges=3 ct/6 ct",
                    "Lemon|Free and Clear|Ultra|Original", ""),
            shelf("household", "laundry", 1, 11.0,
                    "Laundry Detergent=92 fl oz/150 fl oz|Laundry Pods=42 ct/81 ct|Fabric Softener=64 fl oz"
                            + "|Dryer Sheets=120 ct/240 ct|Stain Remover=22 fl oz|Bleach=81 fl oz/121 fl oz",
                    "Free and Clear|Original|High Efficiency|Lavender", ""),
            shelf("household", "cleaning products", 2, 5.0,
                    "All Purpose Cleaner|Glass Cleaner|Disinfecting Wipes=35 ct/75 ct|Toilet Bowl Cleaner"
                            + "|Bathroom Cleaner|Floor Cleaner|Scrub Brush=1 ct",
                    "Lemon|Unscented|Plant Based|Bleach Free", "32 fl oz|24 fl oz"),
            shelf("household", "trash bags liners", 1, 9.0,
                    "Tall Kitchen Trash Bags=13 gal/45 ct/80 ct|Large Trash Bags=30 gal/20 ct"
                            + "|Compostable Bags=3 gal/25 ct|Recycling Bags=30 gal/20 ct",
                    "Drawstring|Odor Control|Heavy Duty", ""),
            shelf("household", "food storage", 1, 5.0,
                    "Aluminum Foil=75 sq ft/200 sq ft|Plastic Wrap=100 sq ft/200 sq ft|Wax Paper=75 sq ft"
                            + "|Storage Bags|Freezer Bags|Sandwich Bags=100 ct/150 ct|Food Storage Containers=10 ct",
                    "Heavy Duty|Value Pack", "30 ct|50 ct"),

            // babies
            shelf("babies", "diapers wipes", 2, 15.0,
                    "Diapers=32 ct/72 ct/120 ct|Baby Wipes=72 ct/3 pk|Sensitive Wipes=72 ct/3 pk"
                            + "|Training Pants=24 ct/48 ct|Overnight Diapers=28 ct/56 ct|Swim Diapers=11 ct",
                    "Unscented|Hypoallergenic|Sensitive", ""),
            shelf("babies", "baby food formula", 2, 4.0,
                    "Infant Formula=12.4 oz/23.2 oz|Toddler Formula=12.4 oz/23.2 oz|Apple Baby Food|Banana Puree"
                            + "|Sweet Potato Puree|Baby Oatmeal Cereal=8 oz|Puffs Snack=1.5 oz|Teething Wafers=1.7 oz",
                    "Organic;Stage 1|Stage 2", "4 oz|2 ct|6 ct"),
            shelf("babies", "baby bath body care", 1, 7.0,
                    "Baby Shampoo|Baby Lotion|Diaper Rash Cream=2 oz/4 oz|Baby Wash|Baby Oil",
                    "Tear Free|Calming|Fragrance Free", "13.6 fl oz|16 fl oz|20 fl oz"));

    private HomeShelves() {
    }
}
