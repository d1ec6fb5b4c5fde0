package dev.mlkatas.ranking.online;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A percentile bootstrap confidence interval for the difference of two conversion rates,
 * {@code rateB - rateA}: resample each arm's searches with replacement, recompute the difference, and read
 * the interval off the sorted differences. It makes no normal approximation, and it is reproducible: the
 * resampling takes a seed.
 *
 * <p>Example: {@code BootstrapInterval.ofDifference(200, 1000, 250, 1000, 0.95, 2000, 42)} is about
 * {@code [0.015, 0.086]} around the observed 0.05, close to the normal interval 0.05 ± 0.0365.
 *
 * @param estimate the observed difference {@code rateB - rateA}
 * @param lower the lower end of the interval
 * @param upper the upper end of the interval
 * @param confidence the share of resampled differences between the two ends, e.g. 0.95
 * @param resamples how many times each arm was resampled
 * @param seed the seed of the resampling
 */
public record BootstrapInterval(
        double estimate, double lower, double upper, double confidence, int resamples, long seed) {

    /**
     * Bootstraps the difference of two arms' conversion rates. Each resample draws as many searches as the
     * arm has, with replacement, so its cost grows with searches × resamples.
     *
     * @param confidence strictly between 0 and 1
     * @param resamples at least 1
     * @throws IllegalArgumentException if an arm has no search or impossible counts, or a parameter is out of
     *     range
     */
    public static BootstrapInterval ofDifference(long conversionsA, long searchesA, long conversionsB,
            long searchesB, double confidence, int resamples, long seed) {
        checkArm("A", conversionsA, searchesA);
        checkArm("B", conversionsB, searchesB);
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, not " + confidence);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, not " + resamples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            differences[r] = resampledRate(conversionsB, searchesB, random) - resampledRate(conversionsA, searchesA,
                    random);
        }
        Arrays.sort(differences);
        double estimate = (double) conversionsB / searchesB - (double) conversionsA / searchesA;
        return new BootstrapInterval(estimate, quantile(differences, (1 - confidence) / 2),
                quantile(differences, (1 + confidence) / 2), confidence, resamples, seed);
    }

    private static void checkArm(String arm, long conversions, long searches) {
        if (searches < 1) {
            throw new IllegalArgumentException("arm " + arm + " has no search: " + searches);
        }
        if (conversions < 0 || conversions > searches) {
            throw new IllegalArgumentException("arm " + arm + " has " + conversions + " conversions out of "
                    + searches + " searches: they must be from 0 to the number of searches");
        }
    }

    /** The conversion rate of one resample: as many searches as the arm has, drawn with replacement. */
    private static double resampledRate(long conversions, long searches, SplittableRandom random) {
        long converted = 0;
        for (long i = 0; i < searches; i++) {
            // Searches 0 .. conversions - 1 are the ones that converted.
            if (random.nextLong(searches) < conversions) {
                converted++;
            }
        }
        return (double) converted / searches;
    }

    /** The {@code q} quantile of sorted values, interpolating linearly between neighbours. */
    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** Whether the interval holds {@code value}, ends included. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
