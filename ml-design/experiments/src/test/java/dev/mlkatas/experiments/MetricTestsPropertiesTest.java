package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Task 2's properties: Commons Math as the oracle of Welch's statistic, p-value and interval and of the
 * chi-squared table; simulated A/A tests (no true difference) reject at the rate alpha, no more and no less.
 */
class MetricTestsPropertiesTest {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final int EXPERIMENTS = 1000;

    @Property(tries = 100)
    void welchAgreesWithCommonsMathAndItsIntervalIsWhereThePValueIsAlpha(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 40) int sizeT, @ForAll @IntRange(min = 2, max = 40) int sizeC,
            @ForAll @DoubleRange(min = 0.1, max = 10) double spreadT,
            @ForAll @DoubleRange(min = 0.01, max = 0.3) double alpha) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] treatment = random.doubles(sizeT).map(u -> 5 + spreadT * NORMAL.inverseCumulativeProbability(u))
                .toArray();
        double[] control = random.doubles(sizeC).map(u -> 4 + NORMAL.inverseCumulativeProbability(u)).toArray();

        Estimate e = MetricTests.welch(treatment, control, alpha);

        TTest oracle = new TTest();
        assertThat(e.statistic()).isCloseTo(oracle.t(treatment, control), within(1e-9));
        assertThat(e.pValue()).isCloseTo(oracle.tTest(treatment, control), within(1e-9));
        assertThat(e.difference()).isCloseTo(mean(treatment) - mean(control), within(1e-9));
        assertThat(e.standardError()).isCloseTo(e.difference() / e.statistic(), within(1e-9));
        // Shifting the control by either end of the interval makes the difference exactly significant at alpha.
        assertThat(oracle.tTest(treatment, shift(control, e.low()))).isCloseTo(alpha, within(1e-7));
        assertThat(oracle.tTest(treatment, shift(control, e.high()))).isCloseTo(alpha, within(1e-7));
        assertThat(e.low()).isLessThan(e.difference());
    }

    @Property(tries = 3)
    void welchRejectsAtAlphaWhenTheSmallGroupIsTheNoisyOne(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rejected = 0;
        int covered = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            double[] treatment = normals(random, 10, 7, 4);
            double[] control = normals(random, 60, 7, 1);
            Estimate estimate = MetricTests.welch(treatment, control, 0.05);
            rejected += estimate.pValue() < 0.05 ? 1 : 0;
            covered += estimate.low() <= 0 && 0 <= estimate.high() ? 1 : 0;
        }
        Binomial.assertRate("A/A rejections", rejected, EXPERIMENTS, 0.05);
        Binomial.assertRate("intervals covering 0", covered, EXPERIMENTS, 0.95);
    }

    @Property(tries = 100)
    void zSquaredIsPearsonsChiSquared(@ForAll @IntRange(min = 1, max = 5000) int usersT,
            @ForAll @IntRange(min = 1, max = 5000) int usersC, @ForAll @DoubleRange(min = 0, max = 1) double rateT,
            @ForAll @DoubleRange(min = 0, max = 1) double rateC,
            @ForAll @DoubleRange(min = 0.01, max = 0.3) double alpha) {
        long successesT = Math.round(rateT * usersT);
        long successesC = Math.round(rateC * usersC);
        long all = successesT + successesC;
        if (all == 0 || all == usersT + usersC) {
            return;
        }
        Estimate e = MetricTests.twoProportions(successesT, usersT, successesC, usersC, alpha);

        long[][] table = {{successesT, usersT - successesT}, {successesC, usersC - successesC}};
        double pT = (double) successesT / usersT;
        double pC = (double) successesC / usersC;
        assertThat(e.difference()).isCloseTo(pT - pC, within(1e-12));
        assertThat(e.statistic() * e.statistic()).isCloseTo(new ChiSquareTest().chiSquare(table), within(1e-6));
        assertThat(Math.signum(e.statistic())).isEqualTo(Math.signum(pT - pC));
        assertThat(e.pValue()).isCloseTo(new ChiSquareTest().chiSquareTest(table), within(1e-9));
        double unpooled = Math.sqrt(pT * (1 - pT) / usersT + pC * (1 - pC) / usersC);
        double margin = NORMAL.inverseCumulativeProbability(1 - alpha / 2) * unpooled;
        assertThat(e.standardError()).isCloseTo(unpooled, within(1e-12));
        assertThat(e.low()).isCloseTo(pT - pC - margin, within(1e-9));
        assertThat(e.high()).isCloseTo(pT - pC + margin, within(1e-9));
    }

    @Property(tries = 3)
    void twoProportionsRejectAtAlphaWithoutADifference(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rejected = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            int successesT = 0;
            int successesC = 0;
            for (int i = 0; i < 400; i++) {
                successesT += random.nextDouble() < 0.1 ? 1 : 0;
            }
            for (int i = 0; i < 1600; i++) {
                successesC += random.nextDouble() < 0.1 ? 1 : 0;
            }
            rejected += MetricTests.twoProportions(successesT, 400, successesC, 1600, 0.05).pValue() < 0.05 ? 1 : 0;
        }
        Binomial.assertRate("A/A rejections", rejected, EXPERIMENTS, 0.05);
    }

    @Property(tries = 50)
    void deltaMethodVarianceIsTheVarianceOfTheLinearisedRatio(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 60) int sizeT, @ForAll @IntRange(min = 2, max = 60) int sizeC,
            @ForAll @DoubleRange(min = 0.01, max = 0.3) double alpha) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] treatment = ordersAndRevenue(random, sizeT, 30);
        double[][] control = ordersAndRevenue(random, sizeC, 28);

        double ratioT = sum(treatment[1]) / sum(treatment[0]);
        double ratioC = sum(control[1]) / sum(control[0]);
        double variance = linearisedVariance(treatment, ratioT) + linearisedVariance(control, ratioC);
        // When only one user of each group ordered, neither ratio varies: the statement's error case, tested apart.
        Assume.that(variance > 0);

        Estimate e = MetricTests.ratio(treatment[1], treatment[0], control[1], control[0], alpha);

        assertThat(e.difference()).isCloseTo(ratioT - ratioC, within(1e-9));
        assertThat(e.standardError()).isCloseTo(Math.sqrt(variance), within(1e-9));
        assertThat(e.statistic()).isCloseTo((ratioT - ratioC) / Math.sqrt(variance), within(1e-9));
        assertThat(e.pValue()).isCloseTo(2 * NORMAL.cumulativeProbability(-Math.abs(e.statistic())), within(1e-12));
        double margin = NORMAL.inverseCumulativeProbability(1 - alpha / 2) * e.standardError();
        assertThat(e.low()).isCloseTo(e.difference() - margin, within(1e-9));
        assertThat(e.high()).isCloseTo(e.difference() + margin, within(1e-9));
    }

    @Property(tries = 3)
    void deltaMethodRejectsAtAlphaWhenRevenueFollowsOrders(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rejected = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            double[][] treatment = ordersAndRevenue(random, 150, 30);
            double[][] control = ordersAndRevenue(random, 150, 30);
            rejected += MetricTests.ratio(treatment[1], treatment[0], control[1], control[0], 0.05).pValue() < 0.05
                    ? 1 : 0;
        }
        Binomial.assertRate("A/A rejections", rejected, EXPERIMENTS, 0.05);
    }

    /** {orders, revenue} of {@code users} users: 0 to 6 orders each, a basket of about {@code basket} per order. */
    static double[][] ordersAndRevenue(SplittableRandom random, int users, double basket) {
        double[] orders = new double[users];
        double[] revenue = new double[users];
        for (int i = 0; i < users; i++) {
            orders[i] = random.nextInt(7);
            for (int o = 0; o < orders[i]; o++) {
                revenue[i] += basket + 6 * random.nextGaussian();
            }
        }
        if (sum(orders) == 0) {
            orders[0] = 1;
            revenue[0] = basket;
        }
        return new double[][] {orders, revenue};
    }

    private static double linearisedVariance(double[][] group, double ratio) {
        double[] orders = group[0];
        double[] revenue = group[1];
        double meanOrders = mean(orders);
        double[] influence = new double[orders.length];
        for (int i = 0; i < orders.length; i++) {
            influence[i] = (revenue[i] - ratio * orders[i]) / meanOrders;
        }
        double mean = mean(influence);
        double sum = Arrays.stream(influence).map(u -> (u - mean) * (u - mean)).sum();
        return sum / (orders.length - 1) / orders.length;
    }

    static double[] normals(SplittableRandom random, int n, double mean, double sd) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = mean + sd * random.nextGaussian();
        }
        return values;
    }

    private static double[] shift(double[] values, double by) {
        return Arrays.stream(values).map(v -> v + by).toArray();
    }

    static double mean(double[] values) {
        return sum(values) / values.length;
    }

    static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }
}
