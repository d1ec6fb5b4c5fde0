package dev.mlkatas.ltv;

/**
 * The four parameters of the BG/NBD model (Fader, Hardie and Lee, 2005). While alive, a customer buys as a
 * Poisson process whose rate lambda varies across customers as Gamma(r, alpha); after each repeat purchase
 * they drop out for good with a chance p that varies across customers as Beta(a, b).
 *
 * <p>Example: {@code new BgNbdParameters(0.24, 4.41, 0.79, 2.43)}, the published fit of the CDNOW data in
 * weeks.
 *
 * @param r shape of the purchase rates
 * @param alpha scale of the purchase rates, in the time unit (the mean rate is r / alpha)
 * @param a first shape of the dropout chances
 * @param b second shape of the dropout chances (the mean chance is a / (a + b))
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    public BgNbdParameters {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: r=" + r + ", alpha="
                    + alpha + ", a=" + a + ", b=" + b);
        }
    }
}
