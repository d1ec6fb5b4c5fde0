package dev.mlkatas.ranking.simulation.shoppers;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The queries of one catalogue and their hidden truths: the designed queries, the grocery world's most
 * typed queries ({@link WorldQueries}), then the queries derived from the catalogue itself, each kept when
 * its truth finds at least one product of grade 2 or more in the catalogue, with weights scaled to sum to 1.
 * Every product's grade for every query is worked out once, here.
 */
final class QueryPopulation {

    private final Catalog catalog;
    private final String[][] words;
    private final Map<Integer, Integer> positions = new HashMap<>();
    private final Map<String, QueryDesign> designs = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Integer>> grades = new HashMap<>();
    private final List<SimulatedQuery> queries;

    QueryPopulation(Catalog catalog, long seed) {
        this.catalog = catalog;
        List<Product> products = catalog.products();
        this.words = new String[products.size()][];
        HeadNoun[] nouns = new HeadNoun[products.size()];
        Set<String> vocabulary = new HashSet<>();
        Map<String, List<Integer>> byAisle = new HashMap<>();
        Map<String, List<Integer>> byBrand = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            Product product = products.get(i);
            words[i] = NameWords.of(product.name());
            nouns[i] = HeadNoun.of(product.name());
            vocabulary.addAll(List.of(words[i]));
            positions.put(product.id(), i);
            byAisle.computeIfAbsent(product.aisle().toLowerCase(Locale.ROOT), a -> new ArrayList<>()).add(i);
            byBrand.computeIfAbsent(product.brand(), b -> new ArrayList<>()).add(i);
        }
        List<QueryDesign> designed = DesignedQueries.all();
        Set<String> taken = new HashSet<>();
        designed.forEach(design -> taken.add(design.text()));
        List<QueryDesign> candidates = new ArrayList<>(designed);
        candidates.addAll(WorldQueries.of(seed, taken));
        List<QueryDesign> aisleQueries = DerivedQueries.aisles(catalog, nouns, taken);
        candidates.addAll(aisleQueries);
        candidates.addAll(DerivedQueries.phrases(catalog, nouns, taken));
        candidates.addAll(DerivedQueries.brands(catalog, nouns, taken));
        candidates.addAll(DerivedQueries.typos(aisleQueries, vocabulary, taken, seed));
        // Head queries first, then tail, misspelled and brand ones, each in the order they were made.
        candidates.sort(Comparator.comparing(QueryDesign::segment));
        for (QueryDesign design : candidates) {
            Map<Integer, Integer> graded = grade(design, byAisle, byBrand);
            if (graded.values().stream().anyMatch(grade -> grade >= 2)) {
                designs.put(design.text(), design);
                grades.put(design.text(), Collections.unmodifiableMap(graded));
            }
        }
        double total = designs.values().stream().mapToDouble(QueryDesign::weight).sum();
        List<SimulatedQuery> made = new ArrayList<>();
        for (QueryDesign design : designs.values()) {
            made.add(new SimulatedQuery(design.text(), design.segment(), design.weight() / total));
        }
        this.queries = List.copyOf(made);
    }

    List<SimulatedQuery> queries() {
        return queries;
    }

    /** The design of a query of this population; throws naming the query if it is not one. */
    QueryDesign design(SimulatedQuery query) {
        QueryDesign design = designs.get(query.text());
        if (design == null) {
            throw new IllegalArgumentException("query '" + query.text() + "' is not in the simulated population of "
                    + catalog.source());
        }
        return design;
    }

    /** The products the query grades above 0, by id, with their grades. */
    Map<Integer, Integer> grades(SimulatedQuery query) {
        design(query);
        return grades.get(query.text());
    }

    /** The grade of any product, in this catalogue or not. */
    int grade(SimulatedQuery query, Product product) {
        QueryDesign design = design(query);
        Integer position = positions.get(product.id());
        if (position != null && catalog.products().get(position).equals(product)) {
            return grades.get(query.text()).getOrDefault(product.id(), 0);
        }
        return design.grade(product, NameWords.of(product.name()));
    }

    private Map<Integer, Integer> grade(QueryDesign design, Map<String, List<Integer>> byAisle,
            Map<String, List<Integer>> byBrand) {
        Map<Integer, Integer> graded = new HashMap<>();
        for (QueryDesign.Target target : design.targets()) {
            List<Integer> scope = target.aisle() != null
                    ? byAisle.getOrDefault(target.aisle().toLowerCase(Locale.ROOT), List.of())
                    : byBrand.getOrDefault(target.brand(), List.of());
            // The scope is the target's aisle, or else its brand: only the rest of the target is left to check.
            boolean checkBrand = target.aisle() != null && target.brand() != null;
            for (int i : scope) {
                Product product = catalog.products().get(i);
                if ((!checkBrand || target.brand().equals(product.brand())) && target.words().test(words[i])) {
                    graded.merge(product.id(), target.grade(), Math::max);
                }
            }
        }
        return graded;
    }
}
