package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.grocery.GroceryVocabulary;
import dev.mlkatas.grocery.GroceryVocabulary.PackSize;
import dev.mlkatas.grocery.GroceryVocabulary.ProductKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded catalogue of grocery products: for every kind of product, several brands, attributes, forms and
 * pack sizes, so that many names share most of their words and only a brand or a size tells them apart.
 *
 * <p>Example: {@code ProductCatalogue.generate(42, 30)} has 30 products of each kind, named like
 * {@code alpine aged cheddar block 200 g}.
 */
public final class ProductCatalogue {

    private ProductCatalogue() {
    }

    /** {@code perKind} products of every kind in {@link GroceryVocabulary#PRODUCTS}, with distinct names. */
    public static List<Product> generate(long seed, int perKind) {
        if (perKind < 1 || perKind > 200) {
            throw new IllegalArgumentException("products per kind must be from 1 to 200, not " + perKind);
        }
        Random random = new Random(seed);
        List<Product> products = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ProductKind kind : GroceryVocabulary.PRODUCTS) {
            // A few brands per kind, as in a real shop: the same brand sells the same kind in several sizes.
            List<String> brands = pick(GroceryVocabulary.BRANDS, Math.max(2, perKind / 3), random);
            int made = 0;
            for (int attempt = 0; made < perKind && attempt < 50 * perKind; attempt++) {
                String brand = brands.get(random.nextInt(brands.size()));
                String attribute = random.nextDouble() < 0.6
                        ? GroceryVocabulary.ATTRIBUTES.get(random.nextInt(GroceryVocabulary.ATTRIBUTES.size()))
                        : "";
                String form = !kind.forms().isEmpty() && random.nextDouble() < 0.5
                        ? kind.forms().get(random.nextInt(kind.forms().size()))
                        : "";
                PackSize size = GroceryVocabulary.SIZES.get(random.nextInt(GroceryVocabulary.SIZES.size()));
                String name = String.join(" ", nonEmpty(brand, attribute, kind.name(), form, size.toString()));
                if (names.add(name)) {
                    products.add(new Product(products.size(), name, kind, brand, attribute, size));
                    made++;
                }
            }
        }
        return List.copyOf(products);
    }

    private static List<String> pick(List<String> from, int count, Random random) {
        List<String> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                kept.add(part);
            }
        }
        return kept;
    }
}
