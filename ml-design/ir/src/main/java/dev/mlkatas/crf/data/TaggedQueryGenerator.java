package dev.mlkatas.crf.data;

import dev.mlkatas.grocery.GroceryVocabulary;
import dev.mlkatas.grocery.GroceryVocabulary.PackSize;
import dev.mlkatas.grocery.GroceryVocabulary.ProductKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded grocery search queries tagged with BIO labels for BRAND, PRODUCT, ATTRIBUTE, QUANTITY and UNIT,
 * with the noise of real queries: words in several orders, filler words, capitals, typos, and brands the
 * training data never saw.
 *
 * <p>Example: {@code new TaggedQueryGenerator(42).split(2000, 1000)} gives a training set and a test set;
 * a query looks like {@code organic wild salmon fillet 2 lb} or {@code cheap Harbor Fresh prawns}.
 *
 * <p>Multi-word entities are where per-token decisions go wrong: {@code fresh} is an attribute alone but the
 * second token of the brand {@code harbor fresh}; {@code oz} is a unit alone but continues {@code fl oz}.
 */
public final class TaggedQueryGenerator {

    /** Brands only the test queries use: a tagger must recognise them from their context and shape. */
    private static final int UNSEEN_BRANDS = 8;
    private static final List<String> FILLERS = List.of("cheap", "best", "buy", "near", "me", "deal", "for", "on",
            "sale");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final long seed;
    private final List<String> seenBrands;
    private final List<String> unseenBrands;

    /** A generator whose every query follows from {@code seed}. */
    public TaggedQueryGenerator(long seed) {
        this.seed = seed;
        List<String> brands = new ArrayList<>(GroceryVocabulary.BRANDS);
        Collections.shuffle(brands, new Random(seed));
        this.unseenBrands = List.copyOf(brands.subList(0, UNSEEN_BRANDS));
        this.seenBrands = List.copyOf(brands.subList(UNSEEN_BRANDS, brands.size()));
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** A training set and a test set; only the test set uses the held-out brands, in half of its branded queries. */
    public Split split(int trainSize, int testSize) {
        if (trainSize < 1 || testSize < 1) {
            throw new IllegalArgumentException("both sets need at least one query: " + trainSize + " and " + testSize);
        }
        Random train = new Random(seed * 31 + 1);
        Random test = new Random(seed * 31 + 2);
        List<TaggedQuery> training = new ArrayList<>();
        for (int i = 0; i < trainSize; i++) {
            training.add(query(train, seenBrands));
        }
        List<TaggedQuery> testing = new ArrayList<>();
        for (int i = 0; i < testSize; i++) {
            testing.add(query(test, test.nextBoolean() ? unseenBrands : seenBrands));
        }
        return new Split(List.copyOf(training), List.copyOf(testing));
    }

    /** A training set and a test set. */
    public record Split(List<TaggedQuery> train, List<TaggedQuery> test) {
    }

    private static TaggedQuery query(Random random, List<String> brands) {
        ProductKind kind = GroceryVocabulary.PRODUCTS.get(random.nextInt(GroceryVocabulary.PRODUCTS.size()));
        List<Segment> product = new ArrayList<>();
        String productText = kind.name();
        if (!kind.forms().isEmpty() && random.nextDouble() < 0.3) {
            productText += " " + kind.forms().get(random.nextInt(kind.forms().size()));
        }
        product.add(new Segment(productText, "PRODUCT"));

        List<Segment> attributes = new ArrayList<>();
        int attributeCount = random.nextDouble() < 0.5 ? 0 : random.nextDouble() < 0.7 ? 1 : 2;
        for (int i = 0; i < attributeCount; i++) {
            attributes.add(new Segment(pick(GroceryVocabulary.ATTRIBUTES, random), "ATTRIBUTE"));
        }
        Segment brand = random.nextDouble() < 0.55 ? new Segment(pick(brands, random), "BRAND") : null;
        List<Segment> size = new ArrayList<>();
        if (random.nextDouble() < 0.5) {
            PackSize pack = pick(GroceryVocabulary.SIZES, random);
            size.add(new Segment(pack.quantity(), "QUANTITY"));
            size.add(new Segment(pack.unit(), "UNIT"));
        }

        List<Segment> order = new ArrayList<>();
        switch (random.nextInt(4)) {
            case 0, 1 -> { // brand attributes product size: the usual order
                addIfPresent(order, brand);
                order.addAll(attributes);
                order.addAll(product);
                order.addAll(size);
            }
            case 2 -> { // size first
                order.addAll(size);
                order.addAll(attributes);
                order.addAll(product);
                addIfPresent(order, brand);
            }
            default -> { // product first, then the details
                order.addAll(product);
                order.addAll(attributes);
                addIfPresent(order, brand);
                order.addAll(size);
            }
        }
        if (random.nextDouble() < 0.15) {
            order.add(random.nextBoolean() ? 0 : order.size(), new Segment(pick(FILLERS, random), null));
        }

        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean titleCase = random.nextDouble() < 0.2;
        for (Segment segment : order) {
            String[] words = segment.text().split(" ");
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                if (word.length() >= 4 && random.nextDouble() < 0.06) {
                    word = typo(word, random);
                }
                if (titleCase || (segment.type() != null && segment.type().equals("BRAND")
                        && random.nextDouble() < 0.3)) {
                    word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
                }
                tokens.add(word);
                tags.add(segment.type() == null ? "O" : (i == 0 ? "B-" : "I-") + segment.type());
            }
        }
        return new TaggedQuery(tokens, tags);
    }

    private record Segment(String text, String type) {
    }

    private static void addIfPresent(List<Segment> order, Segment segment) {
        if (segment != null) {
            order.add(segment);
        }
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String typo(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 1);
        StringBuilder typed = new StringBuilder(word);
        if (random.nextBoolean()) {
            typed.deleteCharAt(at);
        } else {
            typed.setCharAt(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return typed.toString();
    }
}
