package dev.mlkatas.ranking.simulation.shoppers;

/**
 * The simulated shoppers' behaviour on a results page: a position-based click model followed by the
 * funnel from click to cart to purchase.
 *
 * <ul>
 *   <li><b>Examination</b> depends on the position alone: {@code P(examined | position p) = p^-0.8}, so 1 at
 *       the top, 0.57 at 2, 0.28 at 5, 0.16 at 10, 0.09 at 20. These are the true propensities an inverse
 *       propensity weighted learner has to estimate.
 *   <li><b>Click given examined</b> rises with the true grade, {@code 0.02, 0.12, 0.35, 0.65} for grades 0 to
 *       3, times the product's appeal (0.6 to 1.4, so that some relevant products are simply more popular),
 *       plus 0.08 for a product of the shopper's favourite brand and 0.25 for one of their favourite products.
 *   <li><b>Add to cart given click</b>: {@code 0.05, 0.2, 0.45, 0.65} by grade, plus 0.1 (favourite brand)
 *       or 0.25 (favourite product); never for a product out of stock.
 *   <li><b>Purchase given cart</b>: {@code 0.3, 0.5, 0.7, 0.85} by grade, plus 0.05 or 0.1.
 * </ul>
 * Probabilities are capped at 0.95. Whether a product is examined and what the shopper does with it are
 * independent of the other products on the page, as in the position-based model.
 */
final class ClickModel {

    static final double EXAMINATION_EXPONENT = 0.8;
    private static final double[] ATTRACTION = {0.02, 0.12, 0.35, 0.65};
    private static final double[] CART = {0.05, 0.2, 0.45, 0.65};
    private static final double[] PURCHASE = {0.3, 0.5, 0.7, 0.85};
    // Indexed by affinity: 0 none, 1 favourite brand, 2 favourite product.
    private static final double[] CLICK_BOOST = {0, 0.08, 0.25};
    private static final double[] CART_BOOST = {0, 0.1, 0.25};
    private static final double[] PURCHASE_BOOST = {0, 0.05, 0.1};
    private static final double CAP = 0.95;

    private ClickModel() {
    }

    /** P(examined) at a position, 1 for the top. */
    static double examination(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("positions start at 1, not " + position);
        }
        return Math.pow(position, -EXAMINATION_EXPONENT);
    }

    static double click(int grade, double appeal, int affinity) {
        return Math.min(CAP, ATTRACTION[grade] * appeal + CLICK_BOOST[affinity]);
    }

    static double cart(int grade, int affinity, boolean inStock) {
        return inStock ? Math.min(CAP, CART[grade] + CART_BOOST[affinity]) : 0;
    }

    static double purchase(int grade, int affinity) {
        return Math.min(CAP, PURCHASE[grade] + PURCHASE_BOOST[affinity]);
    }
}
