package dev.mlkatas.grocery.world.customers;

/**
 * What drives a customer and no data set shows: the latent traits their orders are drawn from.
 *
 * <p>Example: {@code customer.traits().orderRate()} is about 0.8 orders a week for a typical customer.
 *
 * @param orderRate orders a week while the customer is still a customer, drawn from Gamma(r, alpha)
 * @param dropoutChance the chance to leave for good after each repeat order (the churn hazard): Beta(a, b),
 *     moved on the log-odds scale by the customer's {@link Covariates}
 * @param spendRate the customer's nu: one order's value is Gamma(p, nu), so the mean order is p / nu
 * @param meanOrderValue the spend level, p / nu, in dollars
 * @param unitsPerLine how many of a product the customer takes at a time, on average (1 or more): with the
 *     spend level it sets the basket size
 */
public record Traits(double orderRate, double dropoutChance, double spendRate, double meanOrderValue,
        double unitsPerLine) {
}
