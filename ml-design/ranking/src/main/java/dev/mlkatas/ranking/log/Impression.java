package dev.mlkatas.ranking.log;

/**
 * One product shown on a results page, and what the shopper did with it.
 *
 * @param position where it was shown, 1 for the top
 * @param productId the product
 * @param clicked whether it was clicked
 * @param addedToCart whether it was added to the cart (implies clicked)
 * @param purchased whether it was bought (implies added to the cart)
 */
public record Impression(int position, int productId, boolean clicked, boolean addedToCart, boolean purchased) {

    /** The graded label of the offline evaluation: purchase 3, add-to-cart 2, click 1, nothing 0. */
    public int grade() {
        if (purchased) {
            return 3;
        }
        if (addedToCart) {
            return 2;
        }
        return clicked ? 1 : 0;
    }
}
