package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The catalogue the experiment searches: every product of the grocery world's {@link Catalogue}, with its
 * brand, kind and words, each in a few pack sizes. The world sells one pack of each brand's kind; a real
 * shop sells several, and names that differ only in their size are what makes exact tokens hard for a
 * dense model. So besides the world's own pack, each product gets seeded multiples of it (a {@code 16 oz}
 * jar also as {@code 32 oz} or {@code 8 oz}; a product sold {@code per lb} also in bags of whole pounds).
 *
 * <p>Example: {@code ProductCatalogue.generate(42, 4)} holds 676 products, named like
 * {@code riverside salmon fillet per lb} and {@code riverside salmon fillet 10 lb}.
 */
public final class ProductCatalogue {

    /** The most pack sizes a product comes in: its own and one per multiple. */
    public static final int MOST_SIZES = 6;

    private static final double[] MULTIPLES = {0.5, 2, 3, 4, 6};
    private static final int[] POUNDS = {1, 2, 3, 5, 10};

    private ProductCatalogue() {
    }

    /**
     * Every product of the grocery world with this seed in {@code sizes} pack sizes: the world's own first,
     * then {@code sizes - 1} distinct multiples drawn with the seed.
     */
    public static List<Product> generate(long seed, int sizes) {
        if (sizes < 1 || sizes > MOST_SIZES) {
            throw new IllegalArgumentException("pack sizes per product must be from 1 to " + MOST_SIZES + ", not "
                    + sizes);
        }
        Random random = new Random(seed);
        List<Product> products = new ArrayList<>();
        for (dev.mlkatas.grocery.world.catalogue.Product shelf : Catalogue.of(seed).products()) {
            String label = shelf.name().toLowerCase(Locale.ROOT);
            String own = shelf.size() + " " + shelf.unit();
            // The world's name ends in its pack; the variants replace just that.
            String stem = label.substring(0, label.length() - own.length()).strip();
            for (String size : packs(shelf, sizes, random)) {
                products.add(new Product(products.size(), stem + " " + size, shelf, size));
            }
        }
        return List.copyOf(products);
    }

    /** The product's own pack and {@code sizes - 1} others, e.g. {@code [16 oz, 32 oz, 8 oz]}. */
    private static List<String> packs(dev.mlkatas.grocery.world.catalogue.Product shelf, int sizes,
            Random random) {
        List<String> packs = new ArrayList<>();
        packs.add(shelf.size() + " " + shelf.unit());
        List<String> others = new ArrayList<>();
        if (shelf.byWeight()) {
            for (int pounds : POUNDS) {
                others.add(pounds + " " + shelf.unit());
            }
        } else {
            double quantity = Double.parseDouble(shelf.size());
            for (double multiple : MULTIPLES) {
                others.add(quantity(quantity * multiple) + " " + shelf.unit());
            }
        }
        others.remove(packs.get(0));
        Collections.shuffle(others, random);
        packs.addAll(others.subList(0, sizes - 1));
        return packs;
    }

    /** A quantity as a label writes it: {@code 8}, {@code 0.5}, {@code 7.5}. */
    private static String quantity(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
