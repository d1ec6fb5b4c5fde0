package dev.mlkatas.ranking.simulation.shoppers;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.simulation.shoppers.QueryDesign.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Queries derived from a catalogue itself, so that any catalogue, the real Instacart one included, gets a
 * sensible population besides the designed queries. They are built on each name's {@link HeadNoun}.
 * <ul>
 *   <li><b>Aisle queries</b> (head): per aisle, its most frequent distinctive noun: the noun of at least 3
 *       and 5% of the aisle's names, at least half of whose uses as a noun are in that aisle, neither a
 *       brand's word, a filler such as {@code organic}, nor a query already (a plural counts as its
 *       singular). Truth: the aisle's products whose name holds the noun 3, its other products 1.
 *       Traffic: {@value #AISLE_TRAFFIC} in all (against 10 for "fish"), shared by aisle size.
 *   <li><b>Phrase queries</b> (tail): per aisle, its most frequent distinctive modifier and noun, such as
 *       {@code greek yogurt}, by the same rules. Truth: the aisle's products whose name holds both words 3,
 *       those that hold the noun 1. Traffic: {@value #PHRASE_WEIGHT} each.
 *   <li><b>Brand queries</b>: the {@value #BRANDS} brands with most products (at least 10), typed alone
 *       (truth: the brand's products 3), and the {@value #BRAND_NOUNS} first of them with the brand's most
 *       frequent noun, e.g. {@code ocean fresh fillets} (truth: the brand's products holding the noun 3, its
 *       other products 1, other brands' products holding the noun in the same aisles 1).
 *   <li><b>Misspelled aisle queries</b>: the {@value #TYPOS} most typed aisle queries of five letters or more
 *       with a seeded inner letter dropped, when that makes no word of the catalogue; truth as the original.
 * </ul>
 */
final class DerivedQueries {

    static final double AISLE_TRAFFIC = 40;
    static final double PHRASE_WEIGHT = 0.1;
    static final int BRANDS = 15;
    static final int BRAND_NOUNS = 8;
    static final int TYPOS = 10;
    private static final double BRAND_WEIGHT = 0.8;
    private static final double BRAND_NOUN_WEIGHT = 0.4;
    private static final double TYPO_SHARE = 0.12;
    private static final Set<String> FILLERS = Set.of(
            "with", "and", "the", "for", "free", "style", "size", "pack", "family", "original", "classic",
            "organic", "natural", "premium", "fresh", "value", "count", "large", "small", "mini", "each", "gallon",
            "half", "light", "whole", "sliced", "plain");

    private DerivedQueries() {
    }

    /** One noun query per aisle that has a distinctive noun; adds their texts to {@code taken}. */
    static List<QueryDesign> aisles(Catalog catalog, HeadNoun[] nouns, Set<String> taken) {
        Set<String> brandWords = brandWords(catalog);
        return perAisle(catalog, nouns, taken, noun -> candidate(noun.noun(), brandWords) ? noun.noun() : null,
                (aisle, noun, share) -> new QueryDesign(noun, QuerySegment.HEAD, AISLE_TRAFFIC * share,
                        List.of(Target.in(aisle, 3, noun), Target.in(aisle, 1, ""))));
    }

    /** One modifier-and-noun query per aisle that has a distinctive one; adds their texts to {@code taken}. */
    static List<QueryDesign> phrases(Catalog catalog, HeadNoun[] nouns, Set<String> taken) {
        Set<String> brandWords = brandWords(catalog);
        return perAisle(catalog, nouns, taken,
                noun -> candidate(noun.noun(), brandWords) && candidate(noun.modifier(), brandWords)
                        ? noun.modifier() + " " + noun.noun() : null,
                (aisle, phrase, share) -> new QueryDesign(phrase, QuerySegment.TAIL, PHRASE_WEIGHT, List.of(
                        Target.in(aisle, 3, phrase), Target.in(aisle, 1, phrase.substring(phrase.indexOf(' ') + 1)))));
    }

    /** Queries for the brands with most products, alone and with a noun; adds their texts to {@code taken}. */
    static List<QueryDesign> brands(Catalog catalog, HeadNoun[] nouns, Set<String> taken) {
        Map<String, List<Integer>> byBrand = new HashMap<>();
        List<Product> products = catalog.products();
        for (int i = 0; i < products.size(); i++) {
            if (!products.get(i).brand().isBlank()) {
                byBrand.computeIfAbsent(products.get(i).brand(), b -> new ArrayList<>()).add(i);
            }
        }
        List<String> top = byBrand.entrySet().stream()
                .filter(brand -> brand.getValue().size() >= 10)
                .sorted(Comparator.comparing((Map.Entry<String, List<Integer>> brand) -> -brand.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .limit(BRANDS)
                .toList();
        Set<String> brandWords = brandWords(catalog);
        List<QueryDesign> designs = new ArrayList<>();
        for (String brand : top) {
            String text = brand.toLowerCase(Locale.ROOT).strip();
            if (taken.add(text)) {
                designs.add(new QueryDesign(text, QuerySegment.BRAND, BRAND_WEIGHT, List.of(Target.ofBrand(brand, 3, ""))));
            }
        }
        for (String brand : top.subList(0, Math.min(BRAND_NOUNS, top.size()))) {
            Map<String, Integer> counts = new TreeMap<>();
            for (int i : byBrand.get(brand)) {
                if (candidate(nouns[i].noun(), brandWords)) {
                    counts.merge(nouns[i].noun(), 1, Integer::sum);
                }
            }
            String noun = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            String text = brand.toLowerCase(Locale.ROOT).strip() + " " + noun;
            if (noun == null || !taken.add(text)) {
                continue;
            }
            List<Target> targets = new ArrayList<>(List.of(Target.ofBrand(brand, 3, noun), Target.ofBrand(brand, 1, "")));
            Set<String> aisles = new TreeSet<>();
            for (int i : byBrand.get(brand)) {
                if (noun.equals(nouns[i].noun())) {
                    aisles.add(products.get(i).aisle());
                }
            }
            aisles.forEach(aisle -> targets.add(Target.in(aisle, 1, noun)));
            designs.add(new QueryDesign(text, QuerySegment.BRAND, BRAND_NOUN_WEIGHT, targets));
        }
        return designs;
    }

    /** Misspellings of the most typed aisle queries; adds their texts to {@code taken}. */
    static List<QueryDesign> typos(List<QueryDesign> aisleQueries, Set<String> vocabulary, Set<String> taken, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<QueryDesign> designs = new ArrayList<>();
        List<QueryDesign> mostTyped = aisleQueries.stream()
                .filter(design -> design.text().length() >= 5)
                .sorted(Comparator.comparingDouble(QueryDesign::weight).reversed().thenComparing(QueryDesign::text))
                .toList();
        for (QueryDesign design : mostTyped) {
            if (designs.size() == TYPOS) {
                break;
            }
            String word = design.text();
            // Dropping an inner letter keeps the word recognisable, as most real typing errors do.
            int at = 1 + random.nextInt(word.length() - 2);
            String typo = word.substring(0, at) + word.substring(at + 1);
            if (!vocabulary.contains(typo) && taken.add(typo)) {
                designs.add(design.misspelled(typo, TYPO_SHARE));
            }
        }
        return designs;
    }

    /** Makes the design of one aisle's query from its aisle, text and share of the catalogue. */
    private interface Maker {
        QueryDesign make(String aisle, String text, double share);
    }

    /** Per aisle, its most frequent distinctive key of names (a noun or a phrase) that no query has yet. */
    private static List<QueryDesign> perAisle(Catalog catalog, HeadNoun[] nouns, Set<String> taken,
            Function<HeadNoun, String> key, Maker maker) {
        Map<String, Integer> catalogueCounts = new HashMap<>();
        Map<String, Map<String, Integer>> aisleCounts = new TreeMap<>();
        Map<String, Integer> aisleSizes = new HashMap<>();
        List<Product> products = catalog.products();
        for (int i = 0; i < products.size(); i++) {
            String aisle = products.get(i).aisle();
            aisleSizes.merge(aisle, 1, Integer::sum);
            Map<String, Integer> counts = aisleCounts.computeIfAbsent(aisle, a -> new TreeMap<>());
            String text = key.apply(nouns[i]);
            if (text != null) {
                catalogueCounts.merge(text, 1, Integer::sum);
                counts.merge(text, 1, Integer::sum);
            }
        }
        List<QueryDesign> designs = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> aisle : aisleCounts.entrySet()) {
            int size = aisleSizes.get(aisle.getKey());
            String best = null;
            double bestScore = 0;
            for (Map.Entry<String, Integer> text : aisle.getValue().entrySet()) {
                int count = text.getValue();
                double purity = count / (double) catalogueCounts.get(text.getKey());
                double score = count * purity;
                if (count >= Math.max(3, 0.05 * size) && purity >= 0.5 && score > bestScore
                        && !takenLike(text.getKey(), taken)) {
                    best = text.getKey();
                    bestScore = score;
                }
            }
            if (best != null) {
                taken.add(best);
                designs.add(maker.make(aisle.getKey(), best, size / (double) products.size()));
            }
        }
        return designs;
    }

    /** Whether a query already has this text, or its singular: "apples" is taken by "apple". */
    private static boolean takenLike(String text, Set<String> taken) {
        return taken.contains(text)
                || text.endsWith("s") && taken.contains(text.substring(0, text.length() - 1))
                || text.endsWith("es") && taken.contains(text.substring(0, text.length() - 2));
    }

    private static boolean candidate(String word, Set<String> brandWords) {
        return word != null && word.length() >= 3 && !FILLERS.contains(word) && !brandWords.contains(word);
    }

    private static Set<String> brandWords(Catalog catalog) {
        Set<String> brands = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (Product product : catalog.products()) {
            if (!product.brand().isBlank() && brands.add(product.brand())) {
                words.addAll(List.of(NameWords.of(product.brand())));
            }
        }
        return words;
    }
}
