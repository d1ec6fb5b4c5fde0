package dev.mlkatas.grocery.world.draws;

import java.util.SplittableRandom;

/**
 * Gamma, Beta, Poisson and exponential draws from a seeded {@link SplittableRandom}. Smile has these
 * distributions, but they draw from a random generator shared by the whole thread; the generators here need
 * their own, so that one seed gives one data set whatever else runs.
 *
 * <p>Example: {@code double rate = Sampling.gamma(new SplittableRandom(7), 2.0, 2.5);}
 */
public final class Sampling {

    private Sampling() {
    }

    /** Gamma(shape, rate), mean shape / rate, by Marsaglia and Tsang; shapes below 1 boosted by U^(1/shape). */
    public static double gamma(SplittableRandom random, double shape, double rate) {
        if (shape < 1) {
            return gamma(random, shape + 1, rate) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal(random);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    /** Beta(a, b), from two Gamma draws. */
    public static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a, 1);
        double y = gamma(random, b, 1);
        return x / (x + y);
    }

    /** Poisson with this mean, by multiplying uniforms: fine for the small means used here. */
    public static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Exponential with this rate, mean 1 / rate. */
    public static double exponential(SplittableRandom random, double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }

    /** A standard normal draw (Box-Muller). */
    public static double normal(SplittableRandom random) {
        // Box-Muller; one of the pair is enough here.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
