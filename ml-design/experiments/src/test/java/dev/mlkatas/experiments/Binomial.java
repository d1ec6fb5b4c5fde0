package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far a count of simulated rejections may lie from what a rate promises: four standard deviations of
 * the binomial count, so that a correct solution fails such a check about once in 15,000 runs.
 */
final class Binomial {

    private Binomial() {
    }

    /** Checks that {@code count} of {@code trials} is within four standard deviations of {@code rate}. */
    static void assertRate(String what, int count, int trials, double rate) {
        double expected = trials * rate;
        double margin = 4 * Math.sqrt(trials * rate * (1 - rate)) + 1;
        assertThat((double) count).as("%s: %d of %d, expected %.1f +- %.1f", what, count, trials, expected, margin)
                .isBetween(expected - margin, expected + margin);
    }

    /** Checks that {@code count} of {@code trials} is not above {@code rate} by more than four standard deviations. */
    static void assertAtMost(String what, int count, int trials, double rate) {
        double margin = 4 * Math.sqrt(trials * rate * (1 - rate)) + 1;
        assertThat((double) count).as("%s: %d of %d, at most %.1f + %.1f", what, count, trials, trials * rate, margin)
                .isLessThanOrEqualTo(trials * rate + margin);
    }
}
