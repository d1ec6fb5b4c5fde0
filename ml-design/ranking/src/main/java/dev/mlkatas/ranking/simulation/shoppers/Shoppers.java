package dev.mlkatas.ranking.simulation.shoppers;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The simulated shop's customers: how often each searches, and what each likes. Everything a shopper
 * likes is a hash of the seed and the ids, so it needs no table and does not depend on the order in which
 * searches happen.
 *
 * <ul>
 *   <li>Activity: user {@code 1 + floor(n * u^2)} for a uniform {@code u}, so low ids search far more
 *       (user 1 about 1.8% of all searches among 3,000, the last about 0.02%), as a few regulars do.
 *   <li>Favourites: for every query, each shopper has {@value #FAVOURITES} favourite products among the
 *       {@value #POOL} most appealing products the query grades 2 or 3, and the brands of those are their
 *       favourite brands for it; favourites are clicked and bought more, so a shopper's own purchase
 *       history predicts their next purchase.
 *   <li>Appeal: each product has an appeal from 0.6 to 1.4 that scales its chance of a click, the same
 *       for every shopper.
 * </ul>
 */
final class Shoppers {

    static final int FAVOURITES = 2;
    static final int POOL = 30;
    private static final long APPEAL = 0x41505045414CL;
    private static final long FAVOURITE = 0x464156L;

    private final long seed;
    private final int count;

    Shoppers(long seed, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the shop needs at least 1 shopper, not " + count);
        }
        this.seed = seed;
        this.count = count;
    }

    int count() {
        return count;
    }

    int sample(RandomGenerator random) {
        double u = random.nextDouble();
        return 1 + Math.min(count - 1, (int) (count * u * u));
    }

    double appeal(int productId) {
        return 0.6 + 0.8 * unit(seed, APPEAL, productId);
    }

    /** The user's favourite products for a query, drawn from its pool of most appealing relevant products. */
    List<Integer> favourites(int userId, long queryKey, List<Integer> pool) {
        List<Integer> favourites = new ArrayList<>(FAVOURITES);
        for (int k = 0; favourites.size() < Math.min(FAVOURITES, pool.size()); k++) {
            Integer pick = pool.get((int) (unit(seed, FAVOURITE, userId, queryKey, k) * pool.size()));
            if (!favourites.contains(pick)) {
                favourites.add(pick);
            }
        }
        return favourites;
    }

    /** A uniform number in [0, 1) that is a function of the values alone. */
    static double unit(long... values) {
        return (hash(values) >>> 11) * 0x1.0p-53;
    }

    /** A well-mixed function of the values alone: SplitMix64's finaliser, chained. */
    static long hash(long... values) {
        long h = 0x9E3779B97F4A7C15L;
        for (long value : values) {
            h = mix(h ^ mix(value));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
