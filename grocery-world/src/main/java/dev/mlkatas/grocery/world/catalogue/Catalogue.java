package dev.mlkatas.grocery.world.catalogue;

import dev.mlkatas.grocery.world.draws.Sampling;
import dev.mlkatas.grocery.world.draws.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The shop's products: for every {@link Kind} on the {@link Shelves}, two to four brands, some of them
 * organic, each priced around the kind's typical price. Which brands, which are organic, the prices and how
 * popular each product is are drawn from the seed; the kinds, and so the ids' kind numbers, are fixed.
 *
 * <p>Example: {@code Catalogue.of(7).products().get(0).name()} is a brand's bananas, such as
 * {@code "Sunfield bananas 1 bunch"}.
 *
 * <p>Planted structure: products of one kind are substitutes (same aisle, another brand); the kinds of
 * {@link Shelves#COMPLEMENTS} are complements, bought together more often than chance.
 */
public final class Catalogue {

    static final List<String> BRANDS = List.of("Northbay", "Harbor Fresh", "Alpine", "Green Valley", "Sunfield",
            "Oakridge", "Bluewater", "Meadowlark", "Golden Grove", "Riverside", "Hillcrest", "Cedar Farm",
            "Silver Creek", "Maple Lane", "Old Mill", "Kestrel", "Bramble", "Lakeside", "Stonegate", "Wildwood");
    private static final double ORGANIC_SHARE = 0.25;

    private final long seed;
    private final List<Product> products;
    private final double[] popularity;
    private final Map<String, Product> byId = new HashMap<>();
    private final Map<String, List<Integer>> byKind = new HashMap<>();
    private final Map<String, List<Integer>> byAisle = new HashMap<>();

    private Catalogue(long seed, List<Product> products, double[] popularity) {
        this.seed = seed;
        this.products = List.copyOf(products);
        this.popularity = popularity;
        for (Product product : products) {
            byId.put(product.id(), product);
            byKind.computeIfAbsent(product.kind(), k -> new ArrayList<>()).add(product.index());
            byAisle.computeIfAbsent(product.aisle(), k -> new ArrayList<>()).add(product.index());
        }
    }

    /** The catalogue of the world with this seed: the same seed, the same products, prices and ids. */
    public static Catalogue of(long seed) {
        List<Product> products = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int k = 0; k < Shelves.KINDS.size(); k++) {
            Kind kind = Shelves.KINDS.get(k);
            SplittableRandom random = Seeds.stream(seed, Seeds.CATALOGUE, k);
            double kindPopularity = Sampling.gamma(random, 1.5, 1.0);
            int brands = 2 + random.nextInt(3);
            LinkedHashSet<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < brands) {
                chosen.add(BRANDS.get(random.nextInt(BRANDS.size())));
            }
            int slot = 0;
            for (String brand : chosen) {
                boolean organic = random.nextDouble() < ORGANIC_SHARE;
                double price = shelfPrice(kind.basePrice() * Math.exp(0.15 * Sampling.normal(random))
                        * (organic ? 1.3 : 1.0));
                List<String> words = new ArrayList<>();
                if (organic) {
                    words.add("organic");
                }
                words.addAll(kind.words());
                String name = brand + (organic ? " organic " : " ") + kind.name() + " " + kind.size() + " "
                        + kind.unit();
                String id = String.format(Locale.ROOT, "P%03d%02d", k, slot);
                products.add(new Product(id, products.size(), name, brand, kind.name(), kind.aisle(),
                        kind.department(), price, kind.size(), kind.unit(), words));
                // The first brand of a kind is the one most people buy.
                weights.add(kindPopularity * (slot == 0 ? 2.0 : 1.0) / brands);
                slot++;
            }
        }
        return new Catalogue(seed, products, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The seed the catalogue was drawn with. */
    public long seed() {
        return seed;
    }

    /** Every product, in id order; {@code products().get(i).index() == i}. */
    public List<Product> products() {
        return products;
    }

    /** The number of products. */
    public int size() {
        return products.size();
    }

    /** The product with this index. */
    public Product product(int index) {
        return products.get(index);
    }

    /** The product with this id, or null when there is none. */
    public Product product(String id) {
        return byId.get(id);
    }

    /** How popular a product is, a positive weight: the chance a basket's line picks it is proportional. */
    public double popularity(int index) {
        return popularity[index];
    }

    /** The other brands of the product's kind: its substitutes. */
    public List<Integer> substitutes(int index) {
        return others(byKind.get(products.get(index).kind()), index);
    }

    /** The other products of the product's aisle. */
    public List<Integer> sameAisle(int index) {
        return others(byAisle.get(products.get(index).aisle()), index);
    }

    /** The products of the kind that follows this product's kind into baskets, or none. */
    public List<Integer> complements(int index) {
        String kind = products.get(index).kind();
        List<Integer> found = new ArrayList<>();
        for (List<String> pair : Shelves.COMPLEMENTS) {
            if (pair.get(0).equals(kind)) {
                found.addAll(byKind.get(pair.get(1)));
            }
        }
        return found;
    }

    /** The products of one kind, e.g. {@code "milk"}; empty when the shop has no such kind. */
    public List<Integer> ofKind(String kind) {
        return List.copyOf(byKind.getOrDefault(kind, List.of()));
    }

    private static List<Integer> others(List<Integer> group, int index) {
        List<Integer> others = new ArrayList<>(group);
        others.remove(Integer.valueOf(index));
        return others;
    }

    /** Prices end in 9 cents, as shelf prices do, and are never below 0.49. */
    private static double shelfPrice(double price) {
        return Math.max(49, Math.round(price * 10) * 10 - 1) / 100.0;
    }
}
