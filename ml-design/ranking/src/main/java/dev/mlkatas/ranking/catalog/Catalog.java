package dev.mlkatas.ranking.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The products a shop sells, in the order of its files, looked up by id.
 *
 * <p>Example: {@code catalog.product(42).aisle()} is the name of product 42's aisle.
 */
public final class Catalog {

    private final String source;
    private final List<Product> products;
    private final Map<Integer, Product> byId;

    /**
     * @param source where the products came from, for reports: a folder, or the generator and its seed
     * @param products the products; ids must be unique
     */
    public Catalog(String source, List<Product> products) {
        this.source = source;
        this.products = List.copyOf(products);
        this.byId = new HashMap<>(products.size() * 2);
        for (Product product : this.products) {
            if (byId.putIfAbsent(product.id(), product) != null) {
                throw new IllegalArgumentException("product id " + product.id() + " appears twice in " + source);
            }
        }
    }

    /** Where the products came from, e.g. {@code synthetic catalogue, seed 42} or a folder. */
    public String source() {
        return source;
    }

    /** Every product, in catalogue order. */
    public List<Product> products() {
        return products;
    }

    public int size() {
        return products.size();
    }

    public boolean contains(int productId) {
        return byId.containsKey(productId);
    }

    /** The product with this id; throws {@link IllegalArgumentException} naming the id if there is none. */
    public Product product(int productId) {
        Product product = byId.get(productId);
        if (product == null) {
            throw new IllegalArgumentException("no product with id " + productId + " in " + source);
        }
        return product;
    }
}
