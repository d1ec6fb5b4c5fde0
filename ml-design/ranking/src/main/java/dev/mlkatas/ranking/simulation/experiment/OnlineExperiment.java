package dev.mlkatas.ranking.simulation.experiment;

import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.online.BootstrapInterval;
import dev.mlkatas.ranking.online.SampleSize;
import dev.mlkatas.ranking.online.TeamDraftInterleaving.Interleaving;
import dev.mlkatas.ranking.online.TeamDraftInterleaving.Outcome;
import dev.mlkatas.ranking.online.TeamDraftInterleaving;
import dev.mlkatas.ranking.online.TwoProportionTest;
import dev.mlkatas.ranking.simulation.shoppers.SearchPolicy;
import dev.mlkatas.ranking.simulation.shoppers.SearchSimulator;
import dev.mlkatas.ranking.simulation.shoppers.SimulatedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import smile.stat.distribution.GaussianDistribution;

/**
 * Online testing on the simulated shoppers: an A/B test (each search sees one ranker; the metric is
 * conversion, the share of searches that end in a purchase) and team-draft interleaving (each search sees
 * both rankers' pages merged; the clicks say which ranker the shopper preferred), on the same traffic.
 *
 * <p>Both answer "is B better than A?". Interleaving asks it inside every search, so the noise of who is
 * searching for what cancels out, and it needs far fewer searches; the A/B test measures the business
 * metric itself, which interleaving cannot. The readout shows both, and how many searches each needs.
 *
 * <p>Example: {@code OnlineExperiment.run(simulator, control, treatment, 20_000, 7)}.
 */
public final class OnlineExperiment {

    /** The significance level and power the sample sizes are computed for. */
    public static final double ALPHA = 0.05;
    public static final double POWER = 0.8;
    /** The length of a results page. */
    public static final int PAGE = 10;

    /**
     * What the A/B test saw.
     *
     * @param test the two-proportion z-test of the conversion rates (A control, B treatment)
     * @param interval the bootstrap interval of the difference of the rates
     * @param searchesPerArmNeeded the searches per arm that detect the observed difference at
     *     {@link #ALPHA} with {@link #POWER}
     */
    public record AbTest(TwoProportionTest test, BootstrapInterval interval, long searchesPerArmNeeded) {
    }

    /**
     * What interleaving saw.
     *
     * @param searches the interleaved searches
     * @param controlWins searches whose clicks preferred the control
     * @param treatmentWins searches whose clicks preferred the treatment
     * @param pValue the two-sided sign test of the wins (ties left out)
     * @param searchesNeeded the searches that detect the observed preference at {@link #ALPHA} with {@link #POWER}
     */
    public record InterleavingTest(long searches, long controlWins, long treatmentWins, double pValue,
            long searchesNeeded) {

        public long ties() {
            return searches - controlWins - treatmentWins;
        }
    }

    /** The whole readout. */
    public record Readout(String control, String treatment, AbTest abTest, InterleavingTest interleaving) {

        /** How many times more searches the A/B test needs than interleaving to detect the difference. */
        public double interleavingAdvantage() {
            return 2.0 * abTest.searchesPerArmNeeded() / interleaving.searchesNeeded();
        }
    }

    private OnlineExperiment() {
    }

    /**
     * Runs both experiments on {@code searchesPerArm} searches per A/B arm, and as many interleaved ones.
     *
     * @param control ranker A's pages, e.g. the shop's baseline
     * @param treatment ranker B's pages, e.g. the learned ranker
     */
    public static Readout run(SearchSimulator simulator, String controlName, SearchPolicy control,
            String treatmentName, SearchPolicy treatment, int searchesPerArm, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] conversions = new long[2];
        for (int s = 0; s < 2 * searchesPerArm; s++) {
            int arm = s % 2;
            SimulatedQuery query = simulator.sampleQuery(random);
            int user = simulator.sampleUser(random);
            List<Integer> page = (arm == 0 ? control : treatment).page(query, user);
            if (simulator.browse(query, user, page, random).stream().anyMatch(Impression::purchased)) {
                conversions[arm]++;
            }
        }
        TwoProportionTest test = TwoProportionTest.of(conversions[0], searchesPerArm, conversions[1], searchesPerArm);
        BootstrapInterval interval = BootstrapInterval.ofDifference(conversions[0], searchesPerArm, conversions[1],
                searchesPerArm, 0.95, 2_000, seed);
        double difference = test.difference();
        long abNeeded = difference == 0 ? Long.MAX_VALUE
                : SampleSize.perArm(test.rateA(), Math.abs(difference), ALPHA, POWER);

        long[] wins = new long[2];
        for (int s = 0; s < searchesPerArm; s++) {
            SimulatedQuery query = simulator.sampleQuery(random);
            int user = simulator.sampleUser(random);
            Interleaving merged = firstPage(TeamDraftInterleaving.interleave(
                    control.page(query, user), treatment.page(query, user), random));
            Set<Integer> clicked = new HashSet<>();
            for (Impression impression : simulator.browse(query, user, merged.items(), random)) {
                if (impression.clicked()) {
                    clicked.add(impression.productId());
                }
            }
            Outcome outcome = merged.credit(clicked);
            if (outcome == Outcome.A_WINS) {
                wins[0]++;
            } else if (outcome == Outcome.B_WINS) {
                wins[1]++;
            }
        }
        InterleavingTest interleaving = new InterleavingTest(searchesPerArm, wins[0], wins[1],
                signTest(wins[0], wins[1]), interleavedSearchesNeeded(searchesPerArm, wins[0], wins[1]));
        return new Readout(controlName, treatmentName, new AbTest(test, interval, abNeeded), interleaving);
    }

    /** The interleaved page cut to the length of a normal one. */
    private static Interleaving firstPage(Interleaving merged) {
        int length = Math.min(PAGE, merged.items().size());
        return new Interleaving(merged.items().subList(0, length), merged.teams().subList(0, length));
    }

    /** Two-sided p-value of the wins under "either ranker wins a decided search with probability 1/2". */
    static double signTest(long aWins, long bWins) {
        long decided = aWins + bWins;
        if (decided == 0) {
            return 1;
        }
        double z = (bWins - decided / 2.0) / Math.sqrt(decided / 4.0);
        return 2 * GaussianDistribution.getInstance().cdf(-Math.abs(z));
    }

    /**
     * Searches needed for the sign test to detect the observed preference: with q the treatment's share of
     * the decided searches and d the share of searches that are decided, n = ((z(1-α/2)·½ + z(power)·√(q(1-q)))
     * / (q - ½))² decided searches, divided by d.
     */
    static long interleavedSearchesNeeded(long searches, long aWins, long bWins) {
        long decided = aWins + bWins;
        if (decided == 0 || aWins == bWins) {
            return Long.MAX_VALUE;
        }
        double q = (double) bWins / decided;
        GaussianDistribution normal = GaussianDistribution.getInstance();
        double numerator = normal.quantile(1 - ALPHA / 2) * 0.5 + normal.quantile(POWER) * Math.sqrt(q * (1 - q));
        double decidedNeeded = Math.pow(numerator / (q - 0.5), 2);
        return (long) Math.ceil(decidedNeeded * searches / decided);
    }
}
