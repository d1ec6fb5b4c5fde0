package dev.mlkatas.ranking.simulation.shoppers;

import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.catalogue.Product;
import dev.mlkatas.grocery.world.searches.Search;
import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.simulation.catalog.WorldProducts;
import dev.mlkatas.ranking.simulation.shoppers.QueryDesign.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grocery world's own search log as queries of the simulated shop: what the world's first
 * {@value #CUSTOMERS} customers typed while filling their orders, the shop every kata's default data comes
 * from. Of each kind of query, the {@value #PER_SEGMENT} most typed: a kind alone ({@code bananas}, a head
 * query), a brand and a kind ({@code sunfield bananas}, a brand query), a word and a kind ({@code ripe
 * bananas}, a tail query). Together they take {@value #TRAFFIC} of traffic (against 10 for "fish"), shared
 * by how often each was typed.
 *
 * <p>Truth, in the aisle where the kind is shelved ({@link WorldProducts#aisle}): the products the world's
 * customers bought after typing the query 3, those whose names hold every word of the query 2, the other
 * products of the kind 1. A query already in the population (the designed {@code milk}) keeps its own truth.
 *
 * <p>Example: with seed 42 the most typed query is {@code bananas}. The world's Sunfield and Bramble bananas,
 * bought after it, are graded 3 in the aisle {@code fresh fruits}, and the other 56 bananas of the
 * 50,000-product shop 2.
 */
final class WorldQueries {

    static final int CUSTOMERS = 200;
    static final int PER_SEGMENT = 15;
    static final double TRAFFIC = 20;

    private WorldQueries() {
    }

    /** The world's most typed queries whose texts are not {@code taken}; adds their texts to it. */
    static List<QueryDesign> of(long seed, Set<String> taken) {
        GroceryWorld world = GroceryWorld.generate(WorldSettings.defaults(seed));
        Catalogue catalogue = world.catalogue();
        Map<String, Typed> typed = new LinkedHashMap<>();
        world.customers().limit(CUSTOMERS).forEach(customer -> {
            for (Search search : world.searches(customer, world.orders(customer))) {
                Product clicked = catalogue.product(search.clickedProductId());
                Typed query = typed.computeIfAbsent(search.query(), text -> new Typed(text, clicked));
                query.count++;
                if (search.bought()) {
                    query.bought.add(clicked.brand());
                }
            }
        });
        Map<QuerySegment, List<Typed>> bySegment = new EnumMap<>(QuerySegment.class);
        typed.values().stream()
                .filter(query -> !taken.contains(query.text) && !query.bought.isEmpty())
                .sorted(Comparator.comparingInt((Typed query) -> query.count).reversed())
                .forEach(query -> bySegment.computeIfAbsent(query.segment(), s -> new ArrayList<>()).add(query));
        List<Typed> chosen = bySegment.values().stream()
                .flatMap(queries -> queries.stream().limit(PER_SEGMENT))
                .toList();
        double total = chosen.stream().mapToInt(query -> query.count).sum();
        List<QueryDesign> designs = new ArrayList<>();
        for (Typed query : chosen) {
            taken.add(query.text);
            designs.add(query.design(TRAFFIC * query.count / total));
        }
        return designs;
    }

    /** One query text of the world's log, the kind it is after, and the brands bought after it. */
    private static final class Typed {
        final String text;
        final String kind;
        final String brand;
        final Set<String> bought = new LinkedHashSet<>();
        int count;

        Typed(String text, Product clicked) {
            this.text = text;
            this.kind = clicked.kind();
            this.brand = clicked.brand();
        }

        QuerySegment segment() {
            if (text.equals(kind)) {
                return QuerySegment.HEAD;
            }
            return text.startsWith(brand.toLowerCase(Locale.ROOT) + " ") ? QuerySegment.BRAND : QuerySegment.TAIL;
        }

        QueryDesign design(double weight) {
            String aisle = WorldProducts.aisle(kind);
            String kindWords = singular(kind);
            List<Target> targets = new ArrayList<>();
            bought.forEach(b -> targets.add(new Target(aisle, b, 3, WordCondition.parse(kindWords))));
            targets.add(Target.in(aisle, 2, singular(text)));
            targets.add(Target.in(aisle, 1, kindWords));
            return new QueryDesign(text, segment(), weight, targets);
        }
    }

    /**
     * The words of a query as a word condition, split as names are ({@link NameWords#of}) and each without a
     * final {@code s} (a condition's word finds its plurals): {@code "chicken breasts"} as {@code "breast
     * chicken"}.
     */
    static String singular(String text) {
        return Arrays.stream(NameWords.of(text))
                .map(word -> word.endsWith("s") && !word.endsWith("ss") && word.length() > 3
                        ? word.substring(0, word.length() - 1) : word)
                .collect(Collectors.joining(" "));
    }
}
