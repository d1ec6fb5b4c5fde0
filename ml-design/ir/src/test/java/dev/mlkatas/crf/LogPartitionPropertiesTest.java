package dev.mlkatas.crf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The forward algorithm against a brute-force log-sum-exp over all labellings, on short sequences whose
 * scores range from small to huge (where exp overflows) and include forbidden entries.
 */
@Label("Task 2: logPartition, properties")
class LogPartitionPropertiesTest {

    @Property
    @Label("equals the brute-force log-sum-exp over all labellings")
    void agreesWithBruteForce(@ForAll("shortChains") ChainScores scores) {
        double expected = BruteForceChain.logPartition(scores);

        double actual = LinearChainCrf.logPartition(scores);

        if (expected == Double.NEGATIVE_INFINITY) {
            assertThat(actual).isEqualTo(Double.NEGATIVE_INFINITY);
        } else {
            assertThat(actual).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    @Property
    @Label("is at least the best score, and at most the best score plus n ln L")
    void boundedByTheBestScore(@ForAll("shortChains") ChainScores scores) {
        double best = BruteForceChain.maxScore(scores);
        double logZ = LinearChainCrf.logPartition(scores);

        if (best > Double.NEGATIVE_INFINITY) {
            double slack = 1e-9 * Math.max(1, Math.abs(best));
            assertThat(logZ).isGreaterThanOrEqualTo(best - slack);
            assertThat(logZ).isLessThanOrEqualTo(best + scores.length() * Math.log(scores.labels()) + slack);
        }
    }

    @Property
    @Label("shifts by c when a constant c is added to every emission of one token")
    void shiftsWithAConstant(@ForAll("shortChains") ChainScores scores, @ForAll("shifts") double c) {
        if (scores.length() == 0 || BruteForceChain.maxScore(scores) == Double.NEGATIVE_INFINITY) {
            return;
        }
        double[][] emissions = new double[scores.length()][];
        for (int t = 0; t < emissions.length; t++) {
            emissions[t] = scores.emissions()[t].clone();
        }
        for (int y = 0; y < scores.labels(); y++) {
            emissions[0][y] += c;
        }
        ChainScores shifted = new ChainScores(emissions, scores.transitions(), scores.start());

        double expected = LinearChainCrf.logPartition(scores) + c;
        assertThat(LinearChainCrf.logPartition(shifted)).isCloseTo(expected, within(1e-8 * Math.max(1,
                Math.abs(expected))));
    }

    // ---- Generators -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Double> shifts() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-10, 10), Arbitraries.of(800.0, -800.0));
    }

    /** Scores at one magnitude per chain: ordinary, or large enough that exp overflows or underflows. */
    @Provide
    Arbitrary<ChainScores> shortChains() {
        Arbitrary<Double> magnitude = Arbitraries.of(1.0, 5.0, 400.0, 1000.0);
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 5),
                magnitude)
                .flatAs((labels, n, scale) -> Combinators.combine(
                        scores(scale, 0).array(double[].class).ofSize(labels).array(double[][].class).ofSize(n),
                        scores(scale, 2).array(double[].class).ofSize(labels).array(double[][].class).ofSize(labels),
                        scores(scale, 1).array(double[].class).ofSize(labels))
                        .as(ChainScores::new));
    }

    private static Arbitrary<Double> scores(double scale, int forbiddenWeight) {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.doubles().between(-scale, scale)),
                Tuple.of(forbiddenWeight, Arbitraries.just(Double.NEGATIVE_INFINITY)));
    }
}
