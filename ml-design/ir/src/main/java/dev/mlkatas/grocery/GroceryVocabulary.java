package dev.mlkatas.grocery;

import java.util.List;

/**
 * The words of a small grocery shop from which the crf-tagging kata's queries are generated: kinds of
 * product and the forms they are sold in, brands, attributes and pack sizes.
 *
 * <p>Example: {@code GroceryVocabulary.PRODUCTS.get(0)} is salmon, sold as fillet, steaks or portions.
 *
 * <p>Everything is lower case and fixed, so that generated data depends on the seed alone.
 */
public final class GroceryVocabulary {

    /**
     * A kind of product as the catalogue names it.
     *
     * @param name the name on the label, one or two words, e.g. {@code salmon} or {@code spring onions}
     * @param forms how it is sold, e.g. {@code fillet}; may be empty
     */
    public record ProductKind(String name, List<String> forms) {

        public ProductKind {
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

    /** Every kind of product, related kinds next to each other. */
    public static final List<ProductKind> PRODUCTS = List.of(
            kind("salmon", List.of("fillet", "steaks", "portions")),
            kind("cod", List.of("fillet", "loins")),
            kind("tuna", List.of("steaks", "chunks")),
            kind("trout", List.of("fillet")),
            kind("haddock", List.of("fillet", "loins")),
            kind("mackerel", List.of("fillet")),
            kind("prawns", List.of("tails")),
            kind("mussels", List.of()),
            kind("cheddar", List.of("block", "slices")),
            kind("brie", List.of("wedge")),
            kind("gouda", List.of("block", "slices")),
            kind("mozzarella", List.of("ball", "shredded")),
            kind("parmesan", List.of("wedge", "grated")),
            kind("feta", List.of("block", "crumbled")),
            kind("strawberries", List.of("punnet")),
            kind("blueberries", List.of("punnet")),
            kind("raspberries", List.of("punnet")),
            kind("blackberries", List.of("punnet")),
            kind("oranges", List.of("bag")),
            kind("lemons", List.of("bag")),
            kind("limes", List.of("bag")),
            kind("grapefruit", List.of()),
            kind("spaghetti", List.of()),
            kind("penne", List.of()),
            kind("fusilli", List.of()),
            kind("linguine", List.of()),
            kind("macaroni", List.of()),
            kind("baguette", List.of()),
            kind("sourdough", List.of("loaf")),
            kind("bagels", List.of()),
            kind("brioche", List.of("buns", "loaf")),
            kind("ciabatta", List.of("rolls")),
            kind("chicken", List.of("breasts", "thighs", "wings")),
            kind("turkey", List.of("breasts", "mince")),
            kind("duck", List.of("legs", "breasts")),
            kind("almonds", List.of()),
            kind("walnuts", List.of()),
            kind("cashews", List.of()),
            kind("pecans", List.of()),
            kind("pistachios", List.of()),
            kind("cola", List.of("cans", "bottle")),
            kind("lemonade", List.of("cans", "bottle")),
            kind("tonic", List.of("cans", "bottle")),
            kind("seltzer", List.of("cans")),
            kind("chamomile", List.of("bags")),
            kind("darjeeling", List.of("bags", "leaves")),
            kind("matcha", List.of("powder")),
            kind("rooibos", List.of("bags")),
            kind("basmati", List.of()),
            kind("arborio", List.of()),
            kind("courgette", List.of()),
            kind("aubergine", List.of()),
            kind("coriander", List.of("bunch")),
            kind("rocket", List.of("bag")),
            kind("spring onions", List.of("bunch")),
            kind("chickpeas", List.of("can")),
            kind("crisps", List.of("bag")),
            kind("biscuits", List.of("pack")),
            kind("peanut butter", List.of("jar")),
            kind("olive oil", List.of("bottle")));

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

    private static ProductKind kind(String name, List<String> forms) {
        return new ProductKind(name, forms);
    }

    private static PackSize size(String quantity, String unit) {
        return new PackSize(quantity, unit);
    }
}
