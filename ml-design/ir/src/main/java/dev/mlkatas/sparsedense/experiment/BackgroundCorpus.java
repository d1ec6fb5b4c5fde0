package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.catalogue.Kind;
import dev.mlkatas.grocery.world.catalogue.Shelves;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Short grocery texts (shopping notes, aisle signs, recipe lines) about the grocery world's shelves, from
 * which the dense model learns which words mean related things. The index never searches them: they stand
 * for the large body of text an embedding is trained on, in which {@code fish} is written next to
 * {@code salmon fillet} and {@code tropical} next to {@code bananas}, while a label says only
 * {@code salmon fillet} or {@code bananas}.
 *
 * <p>Example: {@code BackgroundCorpus.generate(42, 3000, Catalogue.of(42))} holds lines like {@code seafood
 * such as cod fillet shrimp and salmon fillet} and {@code yellow tropical bananas}.
 */
public final class BackgroundCorpus {

    private BackgroundCorpus() {
    }

    /** {@code size} seeded texts about the kinds of {@link Shelves} and the brands of the catalogue. */
    public static List<String> generate(long seed, int size, Catalogue catalogue) {
        if (size < 1) {
            throw new IllegalArgumentException("the corpus needs at least one text, not " + size);
        }
        Random random = new Random(seed);
        Map<String, List<Kind>> byAisle = Shelves.KINDS.stream().collect(Collectors.groupingBy(Kind::aisle));
        List<String> aisles = byAisle.keySet().stream().sorted().toList();
        List<String> brands = catalogue.products().stream().map(p -> p.brand().toLowerCase(Locale.ROOT))
                .distinct().sorted().toList();
        List<String> texts = new ArrayList<>();
        while (texts.size() < size) {
            List<Kind> group = byAisle.get(aisles.get(random.nextInt(aisles.size())));
            Kind kind = group.get(random.nextInt(group.size()));
            Kind other = group.get(random.nextInt(group.size()));
            int template = random.nextInt(6);
            String text = switch (template) {
                case 0 -> kind.aisle() + " such as " + kind.name() + " " + other.name() + " and "
                        + group.get(random.nextInt(group.size())).name();
                case 1 -> "fresh " + kind.aisle() + " today " + (random.nextBoolean() ? "organic " : "")
                        + kind.name();
                case 2 -> {
                    // What a label leaves out: the words that describe a kind, next to its name.
                    String word = word(kind, random);
                    String another = word(kind, random);
                    yield random.nextBoolean()
                            ? word + " " + another + " " + kind.name()
                            : kind.name() + " " + word + " and " + another;
                }
                case 3 -> "buy " + kind.name() + " and " + other.name() + " in the " + kind.aisle() + " aisle";
                case 4 -> brands.get(random.nextInt(brands.size())) + " " + kind.aisle() + " " + kind.name();
                default -> {
                    // A recipe line across two aisles: the noise that keeps concepts from being trivial.
                    List<Kind> elsewhere = byAisle.get(aisles.get(random.nextInt(aisles.size())));
                    yield "cook " + kind.name() + " with " + elsewhere.get(random.nextInt(elsewhere.size())).name();
                }
            };
            texts.add(text.replaceAll(" +", " ").strip());
        }
        return List.copyOf(texts);
    }

    private static String word(Kind kind, Random random) {
        return kind.words().get(random.nextInt(kind.words().size()));
    }
}
