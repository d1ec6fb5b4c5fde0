package dev.mlkatas.grocery.world.customers;

/**
 * What a grocery delivery service knows about a customer besides their orders. Missing survey answers and
 * unknown regions are {@code NaN} and {@code null}, as in real data.
 *
 * <p>Example: {@code new Covariates(0.4, 1, 0, "plus", "north").dropoutLogOdds()}
 *
 * @param feeSensitivity how much delivery fees put the customer off, from a survey: 0 (not at all) to 1
 * @param lateDeliveries late deliveries the customer has had
 * @param supportContacts times the customer contacted support
 * @param plan {@code "plus"} (free delivery for a monthly fee) or {@code "standard"}
 * @param region the delivery region, or null when unknown
 */
public record Covariates(double feeSensitivity, int lateDeliveries, int supportContacts, String plan, String region) {

    /**
     * How the covariates move the log-odds of dropping out after an order: higher with fee sensitivity,
     * late deliveries and support contacts, lower on the plus plan. Centred, so that the average customer
     * keeps the base dropout chance.
     */
    public double dropoutLogOdds() {
        double fee = Double.isNaN(feeSensitivity) ? 0.5 : feeSensitivity;
        return 2.0 * (fee - 0.5)
                + 0.45 * (lateDeliveries - 1.2)
                + 0.6 * (supportContacts - 0.6)
                - 0.9 * (("plus".equals(plan) ? 1 : 0) - 0.3)
                + ("centre".equals(region) ? -0.2 : 0.05);
    }
}
