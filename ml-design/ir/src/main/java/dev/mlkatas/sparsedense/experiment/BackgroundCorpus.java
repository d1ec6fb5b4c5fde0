package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.grocery.GroceryVocabulary;
import dev.mlkatas.grocery.GroceryVocabulary.ProductKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Short grocery texts (shopping notes, aisle signs, recipe lines) from which the dense model learns which
 * words mean related things. The index never searches them: they stand for the large body of text an
 * embedding is trained on, in which {@code fish} is written next to {@code salmon} and {@code zucchini}
 * next to {@code courgette}, while a supplier's product name says only {@code salmon} or {@code courgette}.
 *
 * <p>Example: {@code BackgroundCorpus.generate(42, 3000)} holds lines like {@code fish such as cod trout and
 * salmon} and {@code courgette also called zucchini}.
 */
public final class BackgroundCorpus {

    private BackgroundCorpus() {
    }

    /** {@code size} seeded texts. */
    public static List<String> generate(long seed, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the corpus needs at least one text, not " + size);
        }
        Random random = new Random(seed);
        Map<String, List<ProductKind>> byCategory = GroceryVocabulary.PRODUCTS.stream()
                .collect(Collectors.groupingBy(ProductKind::category));
        List<String> categories = byCategory.keySet().stream().sorted().toList();
        List<ProductKind> withSynonyms = GroceryVocabulary.PRODUCTS.stream().filter(k -> !k.synonyms().isEmpty())
                .toList();
        List<String> texts = new ArrayList<>();
        while (texts.size() < size) {
            List<ProductKind> group = byCategory.get(categories.get(random.nextInt(categories.size())));
            ProductKind kind = group.get(random.nextInt(group.size()));
            ProductKind other = group.get(random.nextInt(group.size()));
            int template = random.nextInt(6);
            String text = switch (template) {
                case 0 -> kind.category() + " such as " + kind.name() + " " + other.name() + " and "
                        + group.get(random.nextInt(group.size())).name();
                case 1 -> "fresh " + kind.category() + " today " + attribute(random) + " " + kind.name();
                case 2 -> {
                    ProductKind known = withSynonyms.get(random.nextInt(withSynonyms.size()));
                    String synonym = known.synonyms().get(random.nextInt(known.synonyms().size()));
                    yield random.nextBoolean()
                            ? known.name() + " also called " + synonym + " " + known.category()
                            : synonym + " is what some call " + known.name();
                }
                case 3 -> "buy " + kind.name() + " and " + other.name() + " in the " + kind.category() + " aisle";
                case 4 -> GroceryVocabulary.BRANDS.get(random.nextInt(GroceryVocabulary.BRANDS.size())) + " "
                        + kind.category() + " " + kind.name();
                default -> {
                    // A recipe line across two categories: the noise that keeps concepts from being trivial.
                    List<ProductKind> elsewhere = byCategory.get(categories.get(random.nextInt(categories.size())));
                    yield "cook " + kind.name() + " with " + elsewhere.get(random.nextInt(elsewhere.size())).name();
                }
            };
            texts.add(text.replaceAll(" +", " ").strip());
        }
        return List.copyOf(texts);
    }

    private static String attribute(Random random) {
        return random.nextBoolean()
                ? GroceryVocabulary.ATTRIBUTES.get(random.nextInt(GroceryVocabulary.ATTRIBUTES.size())) : "";
    }
}
