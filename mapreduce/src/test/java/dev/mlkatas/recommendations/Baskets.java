package dev.mlkatas.recommendations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated basket lines and the brute-force counts the tests compare with: every basket line split by hand,
 * every pair of its distinct items counted.
 *
 * <p>Example: {@code Baskets.count(List.of("a,b", "a")).count("a")} is 2.
 */
final class Baskets {

    private static final List<String> ITEMS = List.of("milk", "bread", "eggs", "Oat Milk", "bananas", "rice",
            "tofu", "leche", "pão", "chips & dip", "7up", "a");

    private Baskets() {
    }

    /** The distinct items of a line, by hand: split, strip, drop empties. */
    static List<String> items(String line) {
        Set<String> items = new LinkedHashSet<>();
        for (String part : line.split(",", -1)) {
            if (!part.strip().isEmpty()) {
                items.add(part.strip());
            }
        }
        return new ArrayList<>(items);
    }

    /** Brute-force co-occurrence counts of the lines. */
    static CoCounts count(List<String> lines) {
        Map<String, Map<String, Long>> stripes = new HashMap<>();
        long baskets = 0;
        for (String line : lines) {
            List<String> items = items(line);
            baskets += items.isEmpty() ? 0 : 1;
            for (String a : items) {
                for (String b : items) {
                    stripes.computeIfAbsent(a, x -> new TreeMap<>()).merge(b, 1L, Long::sum);
                }
            }
        }
        return new CoCounts(baskets, stripes);
    }

    /** A basket line: a few items from a small pool, repeats, stray spaces and empty fields on purpose. */
    static Arbitrary<String> line() {
        Arbitrary<String> item = Arbitraries.of(ITEMS);
        Arbitrary<String> padded = Arbitraries.of("", " ", "  ", "\t").flatMap(pad -> item.map(i -> pad + i + pad));
        Arbitrary<String> field = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, padded), net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ")));
        return field.list().ofMinSize(0).ofMaxSize(7).map(fields -> String.join(",", fields));
    }

    static Arbitrary<List<String>> lines(int max) {
        return line().list().ofMinSize(1).ofMaxSize(max);
    }
}
