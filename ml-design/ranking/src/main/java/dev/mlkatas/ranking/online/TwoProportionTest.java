package dev.mlkatas.ranking.online;

import smile.stat.distribution.GaussianDistribution;

/**
 * The two-sided z-test of two conversion rates, A (control) and B (treatment): is the difference more than
 * chance? Under the null hypothesis both arms convert at the pooled rate {@code p}, and the difference of
 * the two rates has the standard error {@code sqrt(p (1 - p) (1/nA + 1/nB))}.
 *
 * <p>Example: {@code TwoProportionTest.of(200, 1000, 250, 1000)}: rates 0.20 and 0.25, pooled 0.225,
 * standard error 0.01867, {@code z = 2.677}, {@code p = 0.0074}: significant at 5 %.
 *
 * @param conversionsA searches of arm A that ended in a purchase
 * @param searchesA searches of arm A
 * @param conversionsB searches of arm B that ended in a purchase
 * @param searchesB searches of arm B
 * @param z the difference {@code rateB - rateA} in standard errors; 0 when neither arm varies
 * @param pValue the chance of a difference at least as large either way under the null hypothesis
 */
public record TwoProportionTest(
        long conversionsA, long searchesA, long conversionsB, long searchesB, double z, double pValue) {

    /**
     * Tests the difference of two arms' conversion rates.
     *
     * @throws IllegalArgumentException if an arm has no search, or more conversions than searches, or fewer
     *     than 0
     */
    public static TwoProportionTest of(long conversionsA, long searchesA, long conversionsB, long searchesB) {
        checkArm("A", conversionsA, searchesA);
        checkArm("B", conversionsB, searchesB);
        double pooled = (double) (conversionsA + conversionsB) / (searchesA + searchesB);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / searchesA + 1.0 / searchesB));
        double difference = (double) conversionsB / searchesB - (double) conversionsA / searchesA;
        // Both arms all 0 % or all 100 %: no variation, so no evidence of a difference either.
        double z = standardError == 0 ? 0 : difference / standardError;
        // Twice the lower tail rather than 2 (1 - cdf(|z|)): the upper tail of a large z rounds to 0. And
        // Smile's cdf(0) is a rounding short of 1/2, so no difference at all is given its exact p-value, 1.
        double pValue = z == 0 ? 1 : Math.min(1, 2 * GaussianDistribution.getInstance().cdf(-Math.abs(z)));
        return new TwoProportionTest(conversionsA, searchesA, conversionsB, searchesB, z, pValue);
    }

    public double rateA() {
        return (double) conversionsA / searchesA;
    }

    public double rateB() {
        return (double) conversionsB / searchesB;
    }

    /** {@code rateB - rateA}: positive when B converts better. */
    public double difference() {
        return rateB() - rateA();
    }

    /** Whether the difference is significant at the level {@code alpha}, e.g. 0.05. */
    public boolean significantAt(double alpha) {
        return pValue < alpha;
    }

    static void checkArm(String arm, long conversions, long searches) {
        if (searches < 1) {
            throw new IllegalArgumentException("arm " + arm + " has no search: " + searches);
        }
        if (conversions < 0 || conversions > searches) {
            throw new IllegalArgumentException("arm " + arm + " has " + conversions + " conversions out of "
                    + searches + " searches: they must be from 0 to the number of searches");
        }
    }
}
