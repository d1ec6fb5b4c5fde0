package dev.mlkatas.grocery.world;

/**
 * The parameters a generated customer base was drawn from, so that fitted models can be compared with the
 * truth. Rates are per week.
 *
 * <p>Example: {@code GroundTruth.defaults(7).r()} is 2.0, the shape of the purchase rates.
 *
 * @param r shape of the purchase rates, Gamma(r, alpha) across customers
 * @param alpha rate (in weeks) of the purchase rates
 * @param a first shape of the base dropout chance, Beta(a, b), before the covariates move it
 * @param b second shape of the base dropout chance
 * @param p shape of one order's value around the customer's mean, Gamma(p, nu)
 * @param q shape of the customers' nu, Gamma(q, gamma)
 * @param gamma rate of the customers' nu
 * @param seed the seed the customers were drawn with
 */
public record GroundTruth(double r, double alpha, double a, double b, double p, double q, double gamma, long seed) {

    /** The defaults of the world: about 20 orders a customer over two years, 60 an order. */
    public static GroundTruth defaults(long seed) {
        return new GroundTruth(2.0, 2.5, 1.8, 30.0, 6.0, 3.5, 25.0, seed);
    }
}
