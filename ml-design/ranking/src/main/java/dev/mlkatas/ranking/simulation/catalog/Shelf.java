package dev.mlkatas.ranking.simulation.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * One aisle of the synthetic shop and what its products are made of: the kinds of product it sells, the
 * attributes and pack sizes their names take, its share of the catalogue and its typical price.
 *
 * <p>Example: {@code shelf("meat seafood", "seafood counter", 2, 11.0, "Atlantic Salmon Fillets|Cod Loins",
 * "Wild|Farm Raised;Boneless|Skinless", "1 lb|2 lb")} makes names such as {@code Ocean Fresh Wild Atlantic
 * Salmon Fillets 2 lb}.
 *
 * @param department the department's name, as in the Instacart files
 * @param aisle the aisle's name, as in the Instacart files
 * @param weight the aisle's share of the catalogue, relative to the other aisles' weights
 * @param medianPrice the aisle's median price, in dollars
 * @param kinds the kinds of product, each the core of a name, e.g. {@code Atlantic Salmon Fillets}
 * @param attributeSlots groups of attributes put before the kind, at most one of each group, so that a
 *     name never says {@code Wild Farm Raised}; may be empty
 * @param sizes pack sizes put after the kind when the kind has none of its own; may be empty
 */
record Shelf(String department, String aisle, int weight, double medianPrice, List<Kind> kinds,
        List<List<String>> attributeSlots, List<String> sizes) {

    /**
     * A kind of product and the pack sizes it comes in, when the shelf's do not fit it (a toothbrush is
     * not sold by the litre).
     */
    record Kind(String name, List<String> sizes) {

        Kind {
            sizes = List.copyOf(sizes);
        }
    }

    Shelf {
        kinds = List.copyOf(kinds);
        attributeSlots = attributeSlots.stream().map(List::copyOf).toList();
        sizes = List.copyOf(sizes);
    }

    /** The pack sizes of {@code kind}: its own, or else the shelf's. */
    List<String> sizesOf(Kind kind) {
        return kind.sizes().isEmpty() ? sizes : kind.sizes();
    }

    /**
     * A shelf in the compact form the shelf tables are written in: lists separated by {@code |}, attribute
     * groups by {@code ;}, and a kind's own sizes after {@code =}, separated by {@code /}
     * ({@code Dental Floss=50 yd/2 pk}).
     */
    static Shelf shelf(String department, String aisle, int weight, double medianPrice, String kinds,
            String attributes, String sizes) {
        List<Kind> parsedKinds = new ArrayList<>();
        for (String kind : split(kinds, "\\|")) {
            int at = kind.indexOf('=');
            parsedKinds.add(at < 0 ? new Kind(kind, List.of())
                    : new Kind(kind.substring(0, at), split(kind.substring(at + 1), "/")));
        }
        List<List<String>> slots = new ArrayList<>();
        for (String slot : split(attributes, ";")) {
            slots.add(split(slot, "\\|"));
        }
        return new Shelf(department, aisle, weight, medianPrice, parsedKinds, slots, split(sizes, "\\|"));
    }

    private static List<String> split(String list, String separator) {
        return list.isEmpty() ? List.of() : List.of(list.split(separator));
    }
}
