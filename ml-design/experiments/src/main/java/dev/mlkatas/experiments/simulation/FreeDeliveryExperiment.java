package dev.mlkatas.experiments.simulation;

import dev.mlkatas.experiments.data.Experiment;
import java.util.SplittableRandom;

/**
 * A simulated grocery experiment: the treatment lowers the free-delivery threshold from 40 to 30 euros for
 * four weeks. Each user has a habit (orders per four weeks, Gamma with shape 2) and a usual basket
 * (log-normal, about 45 euros); the four weeks before the experiment give the covariate, pre-period spend.
 * Treated users order more often ({@code orderLift}) with smaller baskets ({@code basketChange}). Users enter
 * in order, each arm with probability one half. The metric is spend in the experiment's four weeks, the
 * denominator the orders placed.
 *
 * <p>Example: {@code Experiment e = FreeDeliveryExperiment.simulate(new Truth(200_000, 0.05, -0.03, 7));}
 */
public final class FreeDeliveryExperiment {

    /** What the simulation makes true: users, relative changes of the order rate and of the basket, seed. */
    public record Truth(int users, double orderLift, double basketChange, long seed) {

        /** The seed of the job's default experiment. */
        public static final long DEFAULT_SEED = 7;

        public static Truth defaults(int users, long seed) {
            return new Truth(users, 0.05, -0.03, seed);
        }

        /** The true change of spend per user: the order rate and the basket both change. */
        public double spendLift() {
            return (1 + orderLift) * (1 + basketChange) - 1;
        }
    }

    private static final double MEAN_ORDERS = 2.0;
    private static final double BASKET_LOG_MEAN = Math.log(45) - 0.08;
    private static final double BASKET_LOG_SD = 0.4;
    private static final double BASKET_NOISE = 0.25;

    private FreeDeliveryExperiment() {
    }

    public static Experiment simulate(Truth truth) {
        SplittableRandom random = new SplittableRandom(truth.seed());
        boolean[] inTreatment = new boolean[truth.users()];
        int treated = 0;
        for (int i = 0; i < inTreatment.length; i++) {
            inTreatment[i] = random.nextBoolean();
            treated += inTreatment[i] ? 1 : 0;
        }
        double[][] t = new double[3][treated];
        double[][] c = new double[3][truth.users() - treated];
        int ti = 0;
        int ci = 0;
        for (boolean arm : inTreatment) {
            // A habit of Gamma(2, 1): the sum of two exponentials, scaled to the mean number of orders.
            double habit = MEAN_ORDERS / 2 * (-Math.log(1 - random.nextDouble()) - Math.log(1 - random.nextDouble()));
            double basket = Math.exp(BASKET_LOG_MEAN + BASKET_LOG_SD * random.nextGaussian());
            double preSpend = spend(random, poisson(random, habit), basket);
            double rate = arm ? habit * (1 + truth.orderLift()) : habit;
            int orders = poisson(random, rate);
            double spend = spend(random, orders, arm ? basket * (1 + truth.basketChange()) : basket);
            double[][] target = arm ? t : c;
            int at = arm ? ti++ : ci++;
            target[0][at] = spend;
            target[1][at] = preSpend;
            target[2][at] = orders;
        }
        return new Experiment(String.format(java.util.Locale.ROOT, "simulated: %,d users, seed %d", truth.users(),
                truth.seed()), "spend", "pre_spend", "orders", inTreatment, new Experiment.Arm(t[0], t[1], t[2]),
                new Experiment.Arm(c[0], c[1], c[2]));
    }

    private static double spend(SplittableRandom random, int orders, double basket) {
        double total = 0;
        for (int o = 0; o < orders; o++) {
            total += basket * Math.exp(BASKET_NOISE * random.nextGaussian() - BASKET_NOISE * BASKET_NOISE / 2);
        }
        return Math.round(total * 100) / 100.0;
    }

    /** Knuth's method: fine for the small rates of grocery orders. */
    private static int poisson(SplittableRandom random, double rate) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
