package dev.mlkatas.ltv;

import dev.mlkatas.grocery.world.draws.Sampling;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Customers drawn straight from the BG/NBD story, in continuous time: each has a purchase rate from
 * Gamma(r, alpha) and a dropout chance from Beta(a, b), is watched for a time T from their first purchase,
 * buys as a Poisson process while alive and drops out after a repeat purchase with their chance.
 *
 * <p>Example: {@code BgNbdSimulation.customers(new BgNbdParameters(1, 5, 1.5, 6), 2000, 20, 60, 7)}
 */
final class BgNbdSimulation {

    private BgNbdSimulation() {
    }

    /** {@code n} summaries, with T drawn uniformly from [minAge, maxAge]. */
    static List<RfmSummary> customers(BgNbdParameters parameters, int n, double minAge, double maxAge, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RfmSummary> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double rate = Sampling.gamma(random, parameters.r(), parameters.alpha());
            double dropout = Sampling.beta(random, parameters.a(), parameters.b());
            double age = minAge + (maxAge - minAge) * random.nextDouble();
            int x = 0;
            double last = 0;
            double t = 0;
            while (true) {
                t += Sampling.exponential(random, rate);
                if (t > age) {
                    break;
                }
                x++;
                last = t;
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            customers.add(new RfmSummary(x, last, age, 0));
        }
        return customers;
    }
}
