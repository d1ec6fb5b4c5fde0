package dev.mlkatas.ranking.catalog;

/**
 * A catalogue folder that cannot be read: the message is one line naming the file, the line and the
 * problem.
 *
 * <p>Example: {@code products.csv line 17: aisle_id 'abc' is not a number}.
 */
public class CatalogFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CatalogFormatException(String message) {
        super(message);
    }
}
