package dev.mlkatas.ranking.rules;

import dev.mlkatas.ranking.catalog.Product;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Products that are the same thing in another pack size: same brand, and the same name once sizes, case
 * and punctuation are gone. "Ocean Fresh Salmon Fillets 1 lb" and "Ocean Fresh Salmon Fillets, 2 LB" are
 * one choice to a shopper scanning a page, and showing both pushes a different product off it.
 *
 * <p>What counts as a size: a number followed by a unit of weight, volume or count ({@code 1 lb},
 * {@code 12oz}, {@code 1.5 l}, {@code 2-pack}, {@code 6 ct}, {@code 1/2 gal}), {@code pack of 6}, and a
 * multiplier ({@code 6 x}). Other numbers stay, because they name different products: "Omega 3" is not
 * "Omega 6".
 *
 * <p>Example: {@code NearDuplicates.key(product)} is {@code "ocean fresh|salmon fillets"} for both
 * products above, and for "Salmon Fillets 3 lb" of the same brand.
 */
public final class NearDuplicates {

    private static final String NUMBER = "\\d+(?:[.,/]\\d+)?";
    private static final String UNIT = "(?:lbs?|pounds?|oz|ounces?|fl\\.? ?oz|g|grams?|kg|mg|ml|cl|l|lt|ltr|"
            + "liters?|litres?|gal|gallons?|qt|quarts?|pt|pints?|ct|count|pk|packs?|pieces?|pcs|rolls?|"
            + "bags?|cans?|bottles?|servings?)";
    private static final Pattern SIZE = Pattern.compile(
            "\\b" + NUMBER + "\\s*-?\\s*" + UNIT + "\\b"
                    + "|\\bpack of " + NUMBER + "\\b"
                    + "|\\b" + NUMBER + "\\s*x\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NearDuplicates() {
    }

    /**
     * What two near-duplicates share: the brand and the name, lower case, without sizes, punctuation and
     * the brand's own words at its start, separated by {@code |}. A name that is nothing but a size keeps
     * its whole text, so that "12 oz" and "16 oz" of a brand do not collapse into one.
     */
    public static String key(Product product) {
        String brand = words(product.brand());
        String name = words(SIZE.matcher(product.name()).replaceAll(" "));
        if (!brand.isEmpty() && name.startsWith(brand + " ")) {
            // Some catalogues repeat the brand in the name and some do not, sometimes for the same product.
            name = name.substring(brand.length() + 1);
        }
        if (name.isEmpty()) {
            name = words(product.name());
        }
        return brand + '|' + name;
    }

    /**
     * The list without near-duplicates: of each group, only the first (best-ranked) stays, and the order is
     * kept.
     *
     * <p>Example: {@code collapse(results, Result::product)}.
     */
    public static <T> List<T> collapse(List<T> ranked, Function<T, Product> product) {
        Set<String> seen = new HashSet<>();
        List<T> kept = new ArrayList<>(ranked.size());
        for (T item : ranked) {
            if (seen.add(key(product.apply(item)))) {
                kept.add(item);
            }
        }
        return kept;
    }

    private static String words(String text) {
        return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
