package dev.mlkatas.crf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The gradient against central finite differences of the brute-force log-likelihood, entry by entry, on
 * short sequences with finite scores; and the bookkeeping every correct gradient obeys.
 */
@Label("Task 3: gradient, properties")
class GradientPropertiesTest {

    private static final double H = 1e-5;

    @Property(tries = 300)
    @Label("the log-likelihood is the brute-force score minus log Z")
    void logLikelihoodAgreesWithBruteForce(@ForAll("labelledChains") Labelled sample) {
        ChainGradient g = LinearChainCrf.gradient(sample.scores(), sample.labels());

        assertThat(g.logLikelihood()).isCloseTo(bruteLogLikelihood(sample.scores(), sample.labels()), within(1e-9));
        assertThat(g.logLikelihood()).isLessThanOrEqualTo(1e-12);
    }

    @Property(tries = 300)
    @Label("every entry of the gradient matches a central finite difference")
    void matchesFiniteDifferences(@ForAll("labelledChains") Labelled sample) {
        ChainScores s = sample.scores();
        ChainGradient g = LinearChainCrf.gradient(s, sample.labels());
        int labels = s.labels();
        for (int t = 0; t < s.length(); t++) {
            for (int y = 0; y < labels; y++) {
                int tt = t;
                int yy = y;
                assertThat(g.emissions()[t][y]).as("emission [%d][%d]", t, y)
                        .isCloseTo(difference(sample, copy -> copy.emissions()[tt][yy] += H,
                                copy -> copy.emissions()[tt][yy] -= H), within(1e-5));
            }
        }
        for (int x = 0; x < labels; x++) {
            for (int y = 0; y < labels; y++) {
                int xx = x;
                int yy = y;
                assertThat(g.transitions()[x][y]).as("transition [%d][%d]", x, y)
                        .isCloseTo(difference(sample, copy -> copy.transitions()[xx][yy] += H,
                                copy -> copy.transitions()[xx][yy] -= H), within(1e-5));
            }
            int yy = x;
            assertThat(g.start()[x]).as("start [%d]", x)
                    .isCloseTo(difference(sample, copy -> copy.start()[yy] += H, copy -> copy.start()[yy] -= H),
                            within(1e-5));
        }
    }

    @Property(tries = 300)
    @Label("observed minus expected counts: each token's emission gradient, the transitions' and the start's sum to 0")
    void countsBalance(@ForAll("labelledChains") Labelled sample) {
        ChainGradient g = LinearChainCrf.gradient(sample.scores(), sample.labels());

        for (double[] token : g.emissions()) {
            assertThat(Arrays.stream(token).sum()).isCloseTo(0, within(1e-9));
            for (double d : token) {
                assertThat(d).isBetween(-1.0 - 1e-12, 1.0 + 1e-12);
            }
        }
        assertThat(Arrays.stream(g.transitions()).flatMapToDouble(Arrays::stream).sum()).isCloseTo(0, within(1e-9));
        if (sample.scores().length() > 0) {
            assertThat(Arrays.stream(g.start()).sum()).isCloseTo(0, within(1e-9));
        }
    }

    // ---- Oracle -----------------------------------------------------------------------------------------

    private static double bruteLogLikelihood(ChainScores scores, int[] labels) {
        return BruteForceChain.score(scores, labels) - BruteForceChain.logPartition(scores);
    }

    /** (f(θ + h) - f(θ - h)) / 2h for the brute-force log-likelihood, one entry moved. */
    private static double difference(Labelled sample, Consumer<ChainScores> up, Consumer<ChainScores> down) {
        ChainScores plus = deepCopy(sample.scores());
        up.accept(plus);
        ChainScores minus = deepCopy(sample.scores());
        down.accept(minus);
        return (bruteLogLikelihood(plus, sample.labels()) - bruteLogLikelihood(minus, sample.labels())) / (2 * H);
    }

    private static ChainScores deepCopy(ChainScores s) {
        return new ChainScores(Arrays.stream(s.emissions()).map(double[]::clone).toArray(double[][]::new),
                Arrays.stream(s.transitions()).map(double[]::clone).toArray(double[][]::new), s.start().clone());
    }

    // ---- Generators -------------------------------------------------------------------------------------

    record Labelled(ChainScores scores, int[] labels) {

        @Override
        public String toString() {
            return scores + ", labels " + Arrays.toString(labels);
        }
    }

    /** Finite scores of moderate size (finite differences need smoothness), with one labelling to score. */
    @Provide
    Arbitrary<Labelled> labelledChains() {
        Arbitrary<Double> score = Arbitraries.oneOf(
                Arbitraries.doubles().between(-3, 3),
                Arbitraries.integers().between(-1, 1).map(Integer::doubleValue));
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 4))
                .flatAs((labels, n) -> Combinators.combine(
                        score.array(double[].class).ofSize(labels).array(double[][].class).ofSize(n),
                        score.array(double[].class).ofSize(labels).array(double[][].class).ofSize(labels),
                        score.array(double[].class).ofSize(labels),
                        Arbitraries.integers().between(0, labels - 1).array(int[].class).ofSize(n))
                        .as((emissions, transitions, start, labelling) ->
                                new Labelled(new ChainScores(emissions, transitions, start), labelling)));
    }
}
