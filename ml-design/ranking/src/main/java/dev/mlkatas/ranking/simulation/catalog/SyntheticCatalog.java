package dev.mlkatas.ranking.simulation.catalog;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The default catalogue of the ranking kata: a seeded grocery shop with the departments and aisles of the
 * Instacart files (108 aisles in 19 departments, named as Instacart names them), so that the queries
 * designed on it make sense on the real catalogue too.
 *
 * <p>Example: {@code SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED, 50_000)} has products such as
 * {@code Ocean Fresh Wild Atlantic Salmon Fillets 2 lb} (seafood counter) and {@code Maple Ridge Cheddar Fish
 * Crackers 8 oz} (crackers).
 *
 * <p>How it is made, and why:
 * <ul>
 *   <li>The grocery world's products, the shop every kata's default data comes from, are all there
 *       ({@link WorldProducts}: the world of the same seed, 112 to 224 products), in stock, in
 *       the aisles where their kinds are shelved; the rest of the catalogue is made around them.
 *   <li>Each aisle gets a share of the products by its weight; its first products take each of its kinds
 *       once, so that from about 2,000 products on every kind is present, the traps of "fish" included.
 *   <li>A name is {@code [brand] [attribute...] kind [pack size]}: about 90% show the brand, 85% a pack
 *       size; an attribute of the aisle's first group is there 45% of the time, of its second group 30%.
 *       Loose fruit, vegetables and herbs are mostly sold without a brand.
 *   <li>Brands: 15 per department and three store brands found everywhere; an aisle stocks 4 to 10 of its
 *       department's, the first ones far more than the last (weights 1, 1/2, 1/3...).
 *   <li>Prices: log-normal around the aisle's median (sigma 0.4), ending in 9 cents; 5% of the products
 *       are out of stock.
 *   <li>Near-duplicates, as real catalogues have them: 3% of the products come with a sibling of the same
 *       brand and kind in another pack size, and 0.6% with a second product of exactly the same name; a
 *       few more names repeat by chance (about 2% of the names in all).
 *   <li>Product ids run from 1 in a shuffled order, so that an id tells nothing about the aisle.
 * </ul>
 * The same seed and size give the same catalogue, product for product.
 */
public final class SyntheticCatalog {

    /** The size of the kata's default catalogue, about that of the real Instacart one (49,688 products). */
    public static final int DEFAULT_SIZE = 50_000;

    /** The seed of the kata's default catalogue. */
    public static final long DEFAULT_SEED = 2017;

    private static final List<Shelf> SHELVES = concat(FreshShelves.SHELVES, PantryShelves.SHELVES, HomeShelves.SHELVES);
    private static final Set<String> LOOSE = Set.of("fresh fruits", "fresh vegetables", "fresh herbs");
    private static final int BRANDS_PER_DEPARTMENT = 15;
    private static final double OUT_OF_STOCK = 0.05;
    private static final double SIZE_SIBLING = 0.03;
    private static final double SAME_NAME = 0.006;
    private static final double PRICE_SIGMA = 0.4;
    /** How often a name takes an attribute of a shelf's first, second and further attribute groups. */
    private static final double[] SLOT_CHANCE = {0.45, 0.3, 0.2};

    private SyntheticCatalog() {
    }

    /** The default catalogue: {@link #DEFAULT_SIZE} products made with {@link #DEFAULT_SEED}. */
    public static Catalog generate() {
        return generate(DEFAULT_SEED, DEFAULT_SIZE);
    }

    /**
     * A catalogue of exactly {@code productCount} products, the same for the same seed.
     *
     * @throws IllegalArgumentException if {@code productCount} is less than 1
     */
    public static Catalog generate(long seed, int productCount) {
        if (productCount < 1) {
            throw new IllegalArgumentException("a catalogue needs at least 1 product, not " + productCount);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> departments = new LinkedHashMap<>();
        for (Shelf shelf : SHELVES) {
            departments.putIfAbsent(shelf.department(), departments.size() + 1);
        }
        List<String> brands = BrandNames.draw(random, departments.size() * BRANDS_PER_DEPARTMENT);
        List<Draft> drafts = new ArrayList<>(productCount);
        Set<String> names = new HashSet<>(2 * productCount);
        List<WorldProducts.Shelved> world = WorldProducts.of(seed);
        for (WorldProducts.Shelved product : world.subList(0, Math.min(world.size(), productCount))) {
            Shelf shelf = SHELVES.stream().filter(s -> s.aisle().equals(product.aisle())).findFirst().orElseThrow();
            names.add(product.name());
            drafts.add(new Draft(product.name(), SHELVES.indexOf(shelf) + 1, departments.get(shelf.department()),
                    product.brand(), product.price(), true));
        }
        int[] counts = allocate(productCount - drafts.size());
        for (int a = 0; a < SHELVES.size(); a++) {
            Shelf shelf = SHELVES.get(a);
            int department = departments.get(shelf.department());
            List<String> pool =
                    brands.subList((department - 1) * BRANDS_PER_DEPARTMENT, department * BRANDS_PER_DEPARTMENT);
            stock(shelf, a + 1, department, aisleBrands(pool, random), counts[a], random, names, drafts);
        }
        shuffle(drafts, random);
        List<Product> products = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            Shelf shelf = SHELVES.get(draft.aisleId() - 1);
            products.add(new Product(products.size() + 1, draft.name(), draft.aisleId(), shelf.aisle(),
                    draft.departmentId(), shelf.department(), draft.brand(), draft.price(), draft.inStock()));
        }
        return new Catalog("synthetic catalogue, seed " + seed, products);
    }

    /** The products of one aisle: each kind once first, then kinds at random, with near-duplicates. */
    private static void stock(Shelf shelf, int aisleId, int departmentId, List<String> brands, int count,
            SplittableRandom random, Set<String> names, List<Draft> drafts) {
        List<Shelf.Kind> kinds = new ArrayList<>(shelf.kinds());
        shuffle(kinds, random);
        int made = 0;
        int introduced = 0;
        while (made < count) {
            Shelf.Kind kind = introduced < kinds.size()
                    ? kinds.get(introduced++)
                    : kinds.get(random.nextInt(kinds.size()));
            Label label = label(shelf, kind, brands, random);
            for (int attempt = 0; attempt < 12 && names.contains(label.name()); attempt++) {
                label = label(shelf, kind, brands, random);
            }
            names.add(label.name());
            drafts.add(draft(shelf, aisleId, departmentId, label, random));
            made++;
            List<String> sizes = shelf.sizesOf(kind);
            if (made < count && sizes.size() > 1 && label.size() != null && random.nextDouble() < SIZE_SIBLING) {
                String other = otherSize(sizes, label.size(), random);
                String name = label.name().substring(0, label.name().length() - label.size().length()) + other;
                Label sibling = new Label(name, label.brand(), other);
                names.add(name);
                drafts.add(draft(shelf, aisleId, departmentId, sibling, random));
                made++;
            }
            if (made < count && random.nextDouble() < SAME_NAME) {
                drafts.add(draft(shelf, aisleId, departmentId, label, random));
                made++;
            }
        }
    }

    /** A product's name and brand: {@code [brand] [attribute...] kind [pack size]}. */
    private static Label label(Shelf shelf, Shelf.Kind kind, List<String> brands, SplittableRandom random) {
        String brand = brands.get(weightedIndex(brands.size(), random));
        boolean loose = LOOSE.contains(shelf.aisle());
        boolean showBrand = random.nextDouble() < (loose ? 0.35 : 0.9);
        StringBuilder name = new StringBuilder();
        if (showBrand) {
            name.append(brand).append(' ');
        }
        String kindWords = " " + kind.name().toLowerCase(Locale.ROOT) + " ";
        for (int slot = 0; slot < shelf.attributeSlots().size(); slot++) {
            List<String> attributes = shelf.attributeSlots().get(slot);
            if (random.nextDouble() < SLOT_CHANCE[Math.min(slot, SLOT_CHANCE.length - 1)]) {
                String attribute = attributes.get(random.nextInt(attributes.size()));
                // "Whole Whole Milk" and "Plain Plain Yogurt" are not names anyone prints.
                if (!sharesWord(attribute, kindWords)) {
                    name.append(attribute).append(' ');
                }
            }
        }
        name.append(kind.name());
        List<String> sizes = shelf.sizesOf(kind);
        String size = null;
        if (!sizes.isEmpty() && random.nextDouble() < 0.85) {
            size = sizes.get(random.nextInt(sizes.size()));
            name.append(' ').append(size);
        }
        return new Label(name.toString(), loose && !showBrand ? "" : brand, size);
    }

    private static boolean sharesWord(String attribute, String paddedKind) {
        for (String word : attribute.toLowerCase(Locale.ROOT).split(" ")) {
            if (paddedKind.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    private static Draft draft(Shelf shelf, int aisleId, int departmentId, Label label, SplittableRandom random) {
        double price = shelf.medianPrice() * Math.exp(PRICE_SIGMA * random.nextGaussian());
        long cents = Math.max(49, Math.round(price * 10) * 10 - 1);
        boolean inStock = random.nextDouble() >= OUT_OF_STOCK;
        return new Draft(label.name(), aisleId, departmentId, label.brand(), cents / 100.0, inStock);
    }

    private static String otherSize(List<String> sizes, String size, SplittableRandom random) {
        String other = size;
        while (other.equals(size)) {
            other = sizes.get(random.nextInt(sizes.size()));
        }
        return other;
    }

    /** 4 to 10 brands of the department, plus a store brand in most aisles, most-sold first. */
    private static List<String> aisleBrands(List<String> pool, SplittableRandom random) {
        List<String> shuffled = new ArrayList<>(pool);
        shuffle(shuffled, random);
        List<String> chosen = new ArrayList<>(shuffled.subList(0, 4 + random.nextInt(7)));
        if (random.nextDouble() < 0.7) {
            chosen.add(BrandNames.STORE_BRANDS.get(random.nextInt(BrandNames.STORE_BRANDS.size())));
        }
        return chosen;
    }

    /** An index from 0 to n - 1 drawn with weights 1, 1/2, 1/3...: a few brands sell most. */
    private static int weightedIndex(int n, SplittableRandom random) {
        double total = 0;
        for (int i = 1; i <= n; i++) {
            total += 1.0 / i;
        }
        double target = random.nextDouble() * total;
        for (int i = 1; i <= n; i++) {
            target -= 1.0 / i;
            if (target < 0) {
                return i - 1;
            }
        }
        return n - 1;
    }

    /** Products per aisle, proportional to the aisles' weights, by largest remainder so they add up exactly. */
    private static int[] allocate(int productCount) {
        double total = SHELVES.stream().mapToInt(Shelf::weight).sum();
        int[] counts = new int[SHELVES.size()];
        double[] remainders = new double[SHELVES.size()];
        int given = 0;
        for (int a = 0; a < counts.length; a++) {
            double exact = productCount * SHELVES.get(a).weight() / total;
            counts[a] = (int) exact;
            remainders[a] = exact - counts[a];
            given += counts[a];
        }
        Integer[] order = new Integer[counts.length];
        Arrays.setAll(order, a -> a);
        Arrays.sort(order, (x, y) -> Double.compare(remainders[y], remainders[x]));
        for (int k = 0; given < productCount; k++, given++) {
            counts[order[k % order.length]]++;
        }
        return counts;
    }

    /** Fisher-Yates with the catalogue's own generator, so that the order depends on the seed alone. */
    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(j, list.set(i, list.get(j)));
        }
    }

    @SafeVarargs
    private static List<Shelf> concat(List<Shelf>... lists) {
        List<Shelf> all = new ArrayList<>();
        for (List<Shelf> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    private record Label(String name, String brand, String size) {
    }

    private record Draft(String name, int aisleId, int departmentId, String brand, double price, boolean inStock) {
    }
}
