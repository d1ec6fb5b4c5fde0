package dev.mlkatas.grocery;

import java.util.List;

/**
 * The words of a small grocery shop, shared by the generators of the ml-design katas: kinds of product
 * grouped by category, the other names shoppers use for them, brands, attributes and pack sizes.
 *
 * <p>Example: {@code GroceryVocabulary.PRODUCTS.get(0)} is salmon, in the category fish.
 *
 * <p>Everything is lower case and fixed, so that generated data depends on the seed alone.
 */
public final class GroceryVocabulary {

    /**
     * A kind of product as the catalogue names it.
     *
     * @param name the name on the label, one or two words, e.g. {@code salmon} or {@code spring onions}
     * @param category the word for its group, e.g. {@code fish}; shoppers search by it too
     * @param synonyms what else shoppers call it and the label never says, e.g. {@code zucchini} for
     *     {@code courgette}; often empty
     * @param forms how it is sold, e.g. {@code fillet}; may be empty
     */
    public record ProductKind(String name, String category, List<String> synonyms, List<String> forms) {

        public ProductKind {
            synonyms = List.copyOf(synonyms);
            forms = List.copyOf(forms);
        }
    }

    /** A pack size as it is written on a label: a number and a unit, e.g. {@code 2 lb}. */
    public record PackSize(String quantity, String unit) {

        @Override
        public String toString() {
            return quantity + " " + unit;
        }
    }

    /** Every kind of product, grouped by category. */
    public static final List<ProductKind> PRODUCTS = List.of(
            kind("salmon", "fish", List.of(), List.of("fillet", "steaks", "portions")),
            kind("cod", "fish", List.of(), List.of("fillet", "loins")),
            kind("tuna", "fish", List.of(), List.of("steaks", "chunks")),
            kind("trout", "fish", List.of(), List.of("fillet")),
            kind("haddock", "fish", List.of(), List.of("fillet", "loins")),
            kind("mackerel", "fish", List.of(), List.of("fillet")),
            kind("prawns", "seafood", List.of("shrimp"), List.of("tails")),
            kind("mussels", "seafood", List.of(), List.of()),
            kind("cheddar", "cheese", List.of(), List.of("block", "slices")),
            kind("brie", "cheese", List.of(), List.of("wedge")),
            kind("gouda", "cheese", List.of(), List.of("block", "slices")),
            kind("mozzarella", "cheese", List.of(), List.of("ball", "shredded")),
            kind("parmesan", "cheese", List.of(), List.of("wedge", "grated")),
            kind("feta", "cheese", List.of(), List.of("block", "crumbled")),
            kind("strawberries", "berries", List.of(), List.of("punnet")),
            kind("blueberries", "berries", List.of(), List.of("punnet")),
            kind("raspberries", "berries", List.of(), List.of("punnet")),
            kind("blackberries", "berries", List.of(), List.of("punnet")),
            kind("oranges", "citrus", List.of(), List.of("bag")),
            kind("lemons", "citrus", List.of(), List.of("bag")),
            kind("limes", "citrus", List.of(), List.of("bag")),
            kind("grapefruit", "citrus", List.of(), List.of()),
            kind("spaghetti", "pasta", List.of(), List.of()),
            kind("penne", "pasta", List.of(), List.of()),
            kind("fusilli", "pasta", List.of(), List.of()),
            kind("linguine", "pasta", List.of(), List.of()),
            kind("macaroni", "pasta", List.of(), List.of()),
            kind("baguette", "bread", List.of(), List.of()),
            kind("sourdough", "bread", List.of(), List.of("loaf")),
            kind("bagels", "bread", List.of(), List.of()),
            kind("brioche", "bread", List.of(), List.of("buns", "loaf")),
            kind("ciabatta", "bread", List.of(), List.of("rolls")),
            kind("chicken", "poultry", List.of(), List.of("breasts", "thighs", "wings")),
            kind("turkey", "poultry", List.of(), List.of("breasts", "mince")),
            kind("duck", "poultry", List.of(), List.of("legs", "breasts")),
            kind("almonds", "nuts", List.of(), List.of()),
            kind("walnuts", "nuts", List.of(), List.of()),
            kind("cashews", "nuts", List.of(), List.of()),
            kind("pecans", "nuts", List.of(), List.of()),
            kind("pistachios", "nuts", List.of(), List.of()),
            kind("cola", "soda", List.of("pop"), List.of("cans", "bottle")),
            kind("lemonade", "soda", List.of("pop"), List.of("cans", "bottle")),
            kind("tonic", "soda", List.of(), List.of("cans", "bottle")),
            kind("seltzer", "soda", List.of(), List.of("cans")),
            kind("chamomile", "tea", List.of(), List.of("bags")),
            kind("darjeeling", "tea", List.of(), List.of("bags", "leaves")),
            kind("matcha", "tea", List.of(), List.of("powder")),
            kind("rooibos", "tea", List.of(), List.of("bags")),
            kind("basmati", "rice", List.of(), List.of()),
            kind("arborio", "rice", List.of(), List.of()),
            kind("courgette", "vegetables", List.of("zucchini"), List.of()),
            kind("aubergine", "vegetables", List.of("eggplant"), List.of()),
            kind("coriander", "herbs", List.of("cilantro"), List.of("bunch")),
            kind("rocket", "salad", List.of("arugula"), List.of("bag")),
            kind("spring onions", "vegetables", List.of("scallions"), List.of("bunch")),
            kind("chickpeas", "beans", List.of("garbanzo"), List.of("can")),
            kind("crisps", "snacks", List.of("chips"), List.of("bag")),
            kind("biscuits", "snacks", List.of("cookies"), List.of("pack")),
            kind("peanut butter", "spreads", List.of(), List.of("jar")),
            kind("olive oil", "oils", List.of(), List.of("bottle")));

    /** Brands, one or two words. */
    public static final List<String> BRANDS = List.of(
            "northbay", "harbor fresh", "alpine", "green valley", "sunfield", "oakridge", "bluewater", "meadowlark",
            "golden grove", "riverside", "hillcrest", "cedar farm", "silver creek", "maple lane", "old mill",
            "kestrel", "bramble", "lakeside", "stonegate", "wildwood", "brightfield", "fairhaven", "redstone",
            "highland", "coastal", "pinecrest", "morning star", "evergreen", "clearspring", "heritage");

    /** Attributes, one or two words. */
    public static final List<String> ATTRIBUTES = List.of(
            "organic", "wild", "smoked", "fresh", "frozen", "aged", "extra virgin", "low fat", "sugar free",
            "gluten free", "free range", "whole", "sliced", "unsalted", "roasted", "sparkling", "mild", "extra mature",
            "wholewheat", "vegan");

    /** Pack sizes: a number, sometimes a fraction or a word, and a unit of one or two words. */
    public static final List<PackSize> SIZES = List.of(
            size("2", "lb"), size("1", "lb"), size("500", "g"), size("250", "g"), size("200", "g"), size("1", "kg"),
            size("12", "oz"), size("16", "oz"), size("8", "oz"), size("1.5", "l"), size("330", "ml"),
            size("12", "fl oz"), size("6", "pack"), size("12", "pack"), size("2", "litre"), size("half", "gallon"),
            size("1", "dozen"), size("750", "ml"));

    private GroceryVocabulary() {
    }

    private static ProductKind kind(String name, String category, List<String> synonyms, List<String> forms) {
        return new ProductKind(name, category, synonyms, forms);
    }

    private static PackSize size(String quantity, String unit) {
        return new PackSize(quantity, unit);
    }
}
