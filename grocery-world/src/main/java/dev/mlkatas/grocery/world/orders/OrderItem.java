package dev.mlkatas.grocery.world.orders;

/**
 * One line of an order.
 *
 * <p>Example: {@code new OrderItem("P01100", 2, 3.79, false, null)}: two of product P01100 at 3.79 each;
 * {@code new OrderItem("P00000", 2.35, 0.69, false, null)}: 2.35 pounds of loose bananas at 0.69 a pound.
 *
 * @param productId the product, always one of the catalogue's
 * @param quantity how many, 1 to 6; for a product sold by weight, pounds (to the hundredth, above 0)
 * @param unitPrice the price paid for one (or a pound), positive: the shelf price, or 80 % of it on promotion
 * @param promoted whether the product was on promotion in that store that week
 * @param replaces the product the customer wanted and found out of stock, for which this one was
 *     substituted; null when none was
 */
public record OrderItem(String productId, double quantity, double unitPrice, boolean promoted, String replaces) {

    /** Quantity times unit price, rounded to cents. */
    public double total() {
        return Math.round(quantity * unitPrice * 100) / 100.0;
    }
}
