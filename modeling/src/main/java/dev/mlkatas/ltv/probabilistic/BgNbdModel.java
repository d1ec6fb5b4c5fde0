package dev.mlkatas.ltv.probabilistic;

import dev.mlkatas.ltv.BgNbdLikelihood;
import dev.mlkatas.ltv.BgNbdParameters;
import dev.mlkatas.ltv.RfmSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fitted BG/NBD model and what it forecasts for a customer from their summary (Fader, Hardie and Lee,
 * 2005): the chance they are still alive, and how many transactions to expect in the next t time units.
 *
 * <p>Example: {@code BgNbdModel model = BgNbdModel.fit(customers); model.expectedTransactions(customer, 26)}
 *
 * @param parameters r, alpha, a and b
 * @param standardErrors their standard errors, in the same order (NaN when the maximum is flat)
 * @param logLikelihood the maximised log-likelihood
 * @param customers how many customers it was fitted to
 */
public record BgNbdModel(BgNbdParameters parameters, double[] standardErrors, double logLikelihood, int customers) {

    /** Chunks of customers whose log-likelihoods are summed in parallel, in a fixed order. */
    private static final int CHUNKS = 16;

    /**
     * Fits the model by maximum likelihood, the log-likelihood being {@link BgNbdLikelihood#of} (the kata's
     * task), from r = alpha = a = b = 1.
     */
    public static BgNbdModel fit(List<RfmSummary> customers) {
        List<List<RfmSummary>> chunks = chunks(customers);
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximise(theta -> {
            BgNbdParameters parameters = new BgNbdParameters(theta[0], theta[1], theta[2], theta[3]);
            // Summed in chunk order, so that the result does not depend on which thread finished first.
            double[] parts = chunks.parallelStream().mapToDouble(chunk -> BgNbdLikelihood.of(parameters, chunk)).toArray();
            double total = 0;
            for (double part : parts) {
                total += part;
            }
            return total;
        }, new double[] {1, 1, 1, 1}, Math.max(1, customers.size()));
        double[] p = estimate.parameters();
        return new BgNbdModel(new BgNbdParameters(p[0], p[1], p[2], p[3]), estimate.standardErrors(),
                estimate.logLikelihood(), customers.size());
    }

    /**
     * P(alive | x, t_x, T): 1 for a customer with no repeat transaction, who in this model cannot have
     * dropped out yet.
     */
    public double probabilityAlive(RfmSummary customer) {
        int x = customer.frequency();
        if (x == 0) {
            return 1;
        }
        return 1 / (1 + deadOdds(customer));
    }

    /**
     * E[Y(t) | x, t_x, T]: the expected number of transactions in the next {@code t} time units.
     */
    public double expectedTransactions(RfmSummary customer, double t) {
        if (t <= 0) {
            return 0;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        int x = customer.frequency();
        double age = customer.age();
        double z = t / (alpha + age + t);
        double scaled = Hypergeometric.scaled(r + x, b + x, a + b + x - 1, z);
        double whileAlive = (a + b + x - 1) / (a - 1) * (1 - scaled);
        return whileAlive / (1 + (x > 0 ? deadOdds(customer) : 0));
    }

    /** a / (b + x - 1) · ((alpha + T) / (alpha + t_x))^(r + x): the odds that the customer has dropped out. */
    private double deadOdds(RfmSummary customer) {
        int x = customer.frequency();
        double alpha = parameters.alpha();
        return parameters.a() / (parameters.b() + x - 1)
                * Math.exp((parameters.r() + x) * (Math.log(alpha + customer.age()) - Math.log(alpha + customer.recency())));
    }

    private static List<List<RfmSummary>> chunks(List<RfmSummary> customers) {
        int size = Math.max(1, (customers.size() + CHUNKS - 1) / CHUNKS);
        List<List<RfmSummary>> chunks = new ArrayList<>();
        IntStream.iterate(0, i -> i < customers.size(), i -> i + size)
                .forEach(i -> chunks.add(customers.subList(i, Math.min(customers.size(), i + size))));
        return chunks;
    }
}
