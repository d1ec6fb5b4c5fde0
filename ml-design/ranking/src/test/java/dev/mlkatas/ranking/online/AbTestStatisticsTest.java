package dev.mlkatas.ranking.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.online.TeamDraftInterleaving.Interleaving;
import dev.mlkatas.ranking.online.TeamDraftInterleaving.Outcome;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import smile.stat.distribution.GaussianDistribution;

/**
 * How many searches an A/B test needs beside task 3's interleaving: the test uses
 * {@link TeamDraftInterleaving}, so an unsolved task 3 fails it. The A/B test's sample size is the
 * experiments kata's ({@code SampleSize.perGroupForProportions}); it is written out here so that this kata's
 * grade does not depend on that one.
 */
@DisplayName("an A/B test's sample size beside interleaving")
class AbTestStatisticsTest {

    @Test
    @DisplayName("interleaving needs a tenth of the searches an A/B test of conversions needs, in a simple click model")
    void interleavingNeedsFewerSearches() {
        // B shows the relevant item 7 first, A second. A shopper looks at position i with probability 1/i,
        // clicks 7 if they see it and any other item they see with probability 0.2, and buys after clicking 7
        // with probability 0.3: conversion is 0.15 under A and 0.30 under B.
        List<Integer> a = List.of(1, 7, 2);
        List<Integer> b = List.of(7, 1, 2);
        GaussianDistribution normal = GaussianDistribution.getInstance();
        long abSearches = 2 * abSearchesPerArm(0.15, 0.30, normal);

        double aWins = 0;
        double bWins = 0;
        for (EveryCoinFlip.Leaf leaf : EveryCoinFlip.of(a, b)) {
            Interleaving page = leaf.interleaving();
            for (int clicks = 0; clicks < 1 << page.items().size(); clicks++) {
                double probability = leaf.probability();
                Set<Integer> clicked = new HashSet<>();
                for (int p = 0; p < page.items().size(); p++) {
                    double click = (page.items().get(p) == 7 ? 1.0 : 0.2) / (p + 1);
                    boolean isClicked = (clicks >> p & 1) == 1;
                    probability *= isClicked ? click : 1 - click;
                    if (isClicked) {
                        clicked.add(page.items().get(p));
                    }
                }
                Outcome outcome = page.credit(clicked);
                aWins += outcome == Outcome.A_WINS ? probability : 0;
                bWins += outcome == Outcome.B_WINS ? probability : 0;
            }
        }
        // A sign test on the searches with a winner: how many for B's share q to differ from 1/2.
        double decided = aWins + bWins;
        double q = bWins / decided;
        double spread = normal.quantile(0.975) * 0.5 + normal.quantile(0.80) * Math.sqrt(q * (1 - q));
        double signTestSearches = Math.pow(spread / (q - 0.5), 2) / decided;

        assertThat(aWins).isCloseTo(0.0583, within(1e-4));
        assertThat(bWins).isCloseTo(0.6383, within(1e-4));
        assertThat(abSearches).isEqualTo(242);
        assertThat(signTestSearches).isCloseTo(12.2, within(0.1)).isLessThan(abSearches / 10.0);
    }

    /**
     * Searches per arm for the two-sided two-proportion z-test at alpha 5 % and power 80 % (Fleiss): the
     * pooled spread under the null, the two arms' own under the effect.
     */
    private static long abSearchesPerArm(double p1, double p2, GaussianDistribution normal) {
        double pooled = (p1 + p2) / 2;
        double underNull = normal.quantile(0.975) * Math.sqrt(2 * pooled * (1 - pooled));
        double underEffect = normal.quantile(0.80) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return (long) Math.ceil(Math.pow((underNull + underEffect) / (p2 - p1), 2));
    }
}
