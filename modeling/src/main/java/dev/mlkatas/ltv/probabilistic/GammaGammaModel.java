package dev.mlkatas.ltv.probabilistic;

import dev.mlkatas.ltv.RfmSummary;
import java.util.List;
import smile.math.special.Gamma;

/**
 * The Gamma-Gamma spend model (Fader, Hardie and Lee, 2005; Fader and Hardie's note of 2013): a
 * customer's transaction values vary around their own mean as Gamma(p, nu), and nu varies across customers
 * as Gamma(q, gamma). Fitted to the customers with at least one repeat transaction, on the mean value of
 * their repeat transactions.
 *
 * <p>Example: {@code GammaGammaModel.fit(customers).expectedValue(customer)}
 *
 * @param p shape of a customer's transaction values
 * @param q shape of the customers' nu
 * @param gamma rate of the customers' nu
 * @param standardErrors of p, q and gamma
 * @param logLikelihood the maximised log-likelihood
 * @param customers how many customers it was fitted to (those with repeat transactions of positive value)
 */
public record GammaGammaModel(double p, double q, double gamma, double[] standardErrors, double logLikelihood,
        int customers) {

    public static GammaGammaModel fit(List<RfmSummary> all) {
        List<RfmSummary> repeat = all.stream().filter(c -> c.frequency() > 0 && c.monetaryValue() > 0).toList();
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximise(
                theta -> logLikelihood(theta[0], theta[1], theta[2], repeat), new double[] {1, 1, 1},
                Math.max(1, repeat.size()));
        double[] t = estimate.parameters();
        return new GammaGammaModel(t[0], t[1], t[2], estimate.standardErrors(), estimate.logLikelihood(), repeat.size());
    }

    /** The log-likelihood of the repeat customers' mean transaction values. */
    public static double logLikelihood(double p, double q, double gamma, List<RfmSummary> repeat) {
        double constant = -Gamma.lgamma(q) + q * Math.log(gamma);
        double total = 0;
        for (RfmSummary customer : repeat) {
            int x = customer.frequency();
            double mean = customer.monetaryValue();
            double px = p * x;
            total += Gamma.lgamma(px + q) - Gamma.lgamma(px) + constant + (px - 1) * Math.log(mean)
                    + px * Math.log(x) - (px + q) * Math.log(gamma + mean * x);
        }
        return total;
    }

    /**
     * E[M | x, m]: a customer's expected transaction value, between their own mean and the population's,
     * closer to their own the more repeat transactions they have. Needs q above 1.
     */
    public double expectedValue(RfmSummary customer) {
        int x = customer.frequency();
        return p * (gamma + customer.monetaryValue() * x) / (p * x + q - 1);
    }

    /** The population's mean transaction value, p · gamma / (q - 1). */
    public double populationMean() {
        return p * gamma / (q - 1);
    }
}
