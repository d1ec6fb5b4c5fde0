package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.sparsedense.ProductText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Seeded queries of the three kinds, each built from one product of the catalogue and judged against all
 * of it: a query is relevant to every product that satisfies what it asks for, not only the one it was
 * built from.
 *
 * <p>Example: {@code QueryGenerator.generate(products, 7, 100)} returns 100 queries of each kind, such as
 * {@code organic fish} (every organic pack of salmon or cod fillet), {@code northbay salmon fillet 2 lb} and
 * {@code nortbay salmno fillte}. The words come from the grocery world: its brands, its kinds, and the
 * aisles and descriptive words of its kinds.
 */
public final class QueryGenerator {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private QueryGenerator() {
    }

    /** {@code perKind} queries of each {@link QueryKind}, in kind order. */
    public static List<SearchQuery> generate(List<Product> products, long seed, int perKind) {
        if (perKind < 1) {
            throw new IllegalArgumentException("queries per kind must be at least 1, not " + perKind);
        }
        Random random = new Random(seed);
        Set<String> indexedWords = products.stream()
                .flatMap(p -> ProductText.words(p.name()).stream())
                .collect(Collectors.toSet());
        // A kind whose every describing word is on some label cannot be asked for by description.
        List<Product> described = products.stream().filter(p -> !unlabelled(p, indexedWords).isEmpty()).toList();
        if (described.isEmpty()) {
            throw new IllegalArgumentException("every word that describes a product is in some product's name");
        }
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            queries.add(synonym(products, pick(described, random), indexedWords, random));
        }
        for (int i = 0; i < perKind; i++) {
            queries.add(exact(products, pick(products, random)));
        }
        for (int i = 0; i < perKind; i++) {
            queries.add(misspelling(products, pick(products, random), indexedWords, random));
        }
        return List.copyOf(queries);
    }

    /**
     * A word that describes the product's kind in the grocery world (its aisle or one of its words) and that
     * no product name contains, sometimes with {@code organic} when the product is organic.
     */
    private static SearchQuery synonym(List<Product> products, Product product, Set<String> indexedWords,
            Random random) {
        List<String> words = unlabelled(product, indexedWords);
        String word = words.get(random.nextInt(words.size()));
        Predicate<Product> covered = p -> describing(p).contains(word);
        boolean withOrganic = organic(product) && random.nextBoolean();
        Predicate<Product> relevant = withOrganic ? covered.and(QueryGenerator::organic) : covered;
        String text = withOrganic ? "organic " + word : word;
        return new SearchQuery(QueryKind.SYNONYM, text, ids(products, relevant));
    }

    /** The words that describe the product's kind: its aisle, if one word, and the world's words but organic. */
    private static Set<String> describing(Product product) {
        Set<String> words = new HashSet<>(product.shelf().words());
        words.remove("organic");
        if (ProductText.words(product.shelf().aisle()).size() == 1) {
            words.add(product.shelf().aisle());
        }
        return words;
    }

    /** The describing words of the product that no name contains, in a fixed order. */
    private static List<String> unlabelled(Product product, Set<String> indexedWords) {
        return describing(product).stream().filter(w -> !indexedWords.contains(w)).sorted().toList();
    }

    private static boolean organic(Product product) {
        return product.shelf().words().contains("organic");
    }

    private static SearchQuery exact(List<Product> products, Product product) {
        String text = brand(product) + " " + product.shelf().kind() + " " + product.size();
        return new SearchQuery(QueryKind.EXACT, text, ids(products, p -> p.shelf().equals(product.shelf())
                && p.size().equals(product.size())));
    }

    private static SearchQuery misspelling(List<Product> products, Product product, Set<String> indexedWords,
            Random random) {
        List<String> typed = new ArrayList<>();
        for (String word : ProductText.words(brand(product) + " " + product.shelf().kind())) {
            typed.add(word.length() >= 4 ? typo(word, indexedWords, random) : word);
        }
        return new SearchQuery(QueryKind.MISSPELLING, String.join(" ", typed),
                ids(products, p -> p.shelf().equals(product.shelf())));
    }

    private static String brand(Product product) {
        return product.shelf().brand().toLowerCase(Locale.ROOT);
    }

    /** One edit (a letter dropped, doubled, swapped with the next or replaced) that makes no indexed word. */
    static String typo(String word, Set<String> indexedWords, Random random) {
        for (int attempt = 0; attempt < 100; attempt++) {
            // Not the first letter: people rarely get that one wrong, and it keeps the typo findable.
            int at = 1 + random.nextInt(word.length() - 1);
            StringBuilder typed = new StringBuilder(word);
            switch (random.nextInt(4)) {
                case 0 -> typed.deleteCharAt(at);
                case 1 -> typed.insert(at, word.charAt(at));
                case 2 -> {
                    int next = at + 1 < word.length() ? at + 1 : at - 1;
                    typed.setCharAt(at, word.charAt(next));
                    typed.setCharAt(next, word.charAt(at));
                }
                default -> typed.setCharAt(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            String result = typed.toString();
            if (!result.equals(word) && !indexedWords.contains(result)) {
                return result;
            }
        }
        throw new IllegalStateException("no typo of '" + word + "' that is not a word of the catalogue");
    }

    private static Product pick(List<Product> products, Random random) {
        return products.get(random.nextInt(products.size()));
    }

    private static Set<Integer> ids(List<Product> products, Predicate<Product> relevant) {
        Set<Integer> ids = new HashSet<>();
        products.stream().filter(relevant).forEach(p -> ids.add(p.id()));
        return ids;
    }
}
