package dev.mlkatas.ranking.retrieval;

import dev.mlkatas.ranking.catalog.Product;
import java.util.List;
import java.util.function.Function;

/**
 * The fields of a product that the {@link CatalogIndex} indexes, each analysed by the
 * {@link dev.mlkatas.ranking.query.GroceryAnalyzer}.
 *
 * <p>Example: {@code CatalogField.AISLE.text(product)} is {@code "seafood counter"} for a product of that
 * aisle, indexed under the Lucene field {@code CatalogField.AISLE.field()}, {@code "aisle"}.
 */
public enum CatalogField {
    /** The product's name: the field that matters most. */
    NAME("name", Product::name),
    /** The name of the product's aisle: "fish" finds what sits in a fish aisle even if its name does not say. */
    AISLE("aisle", Product::aisle),
    /** The name of the product's department. */
    DEPARTMENT("department", Product::department),
    /**
     * The brand. Indexed so that brand words count as known words when queries are spell-corrected; the
     * retriever does not score it (a {@link Candidate} has no brand score).
     */
    BRAND("brand", Product::brand);

    /** The fields the retriever scores, in the order of a {@link Candidate}'s field scores. */
    public static final List<CatalogField> SCORED = List.of(NAME, AISLE, DEPARTMENT);

    private final String field;
    private final Function<Product, String> text;

    CatalogField(String field, Function<Product, String> text) {
        this.field = field;
        this.text = text;
    }

    /** The Lucene field's name. */
    public String field() {
        return field;
    }

    /** The text of this field of {@code product}, as the catalogue writes it. */
    public String text(Product product) {
        return text.apply(product);
    }
}
