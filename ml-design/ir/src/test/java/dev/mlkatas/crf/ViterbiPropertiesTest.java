package dev.mlkatas.crf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * Viterbi against a brute-force argmax over all labellings of short sequences, with random scores that
 * include forbidden ({@code -∞}) transitions and starts, ties, and sequences where everything is forbidden;
 * and the BIO rules on longer sequences whose emissions push hard for invalid tags.
 */
@Label("Task 1: viterbi, properties")
class ViterbiPropertiesTest {

    @Property
    @Label("scores as high as the brute-force best, and is the brute-force best when that is unique")
    void agreesWithBruteForce(@ForAll("shortChains") ChainScores scores) {
        double best = BruteForceChain.maxScore(scores);
        if (best == Double.NEGATIVE_INFINITY) {
            assertThatThrownBy(() -> LinearChainCrf.viterbi(scores)).isInstanceOf(IllegalArgumentException.class);
            return;
        }

        int[] path = LinearChainCrf.viterbi(scores);

        assertThat(path).hasSize(scores.length());
        assertThat(BruteForceChain.score(scores, path)).isCloseTo(best, within(1e-9));
        if (BruteForceChain.countNearBest(scores, 1e-9) == 1) {
            assertThat(path).containsExactly(BruteForceChain.argmax(scores));
        }
    }

    @Property
    @Label("never outputs an invalid BIO sequence when the invalid transitions are forbidden")
    void neverOutputsInvalidBio(@ForAll("bioEmissions") double[][] emissions,
            @ForAll("bioTransitions") double[][] learned) {
        double[][] transitions = BioTags.forbiddenTransitions();
        for (int x = 0; x < transitions.length; x++) {
            for (int y = 0; y < transitions.length; y++) {
                transitions[x][y] += learned[x][y];
            }
        }
        ChainScores scores = new ChainScores(emissions, transitions, BioTags.forbiddenStarts());

        assertThat(BioTags.isValid(LinearChainCrf.viterbi(scores))).isTrue();
    }

    // ---- Generators -------------------------------------------------------------------------------------

    /** Scores: mostly continuous, sometimes small integers (ties), sometimes -∞ (forbidden). */
    private static Arbitrary<Double> scores(int forbiddenWeight) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.doubles().between(-5, 5)),
                Tuple.of(2, Arbitraries.integers().between(-2, 2).map(Integer::doubleValue)),
                Tuple.of(forbiddenWeight, Arbitraries.just(Double.NEGATIVE_INFINITY)));
    }

    @Provide
    Arbitrary<ChainScores> shortChains() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 5))
                .flatAs((labels, n) -> Combinators.combine(
                        scores(0).array(double[].class).ofSize(labels).array(double[][].class).ofSize(n),
                        scores(2).array(double[].class).ofSize(labels).array(double[][].class).ofSize(labels),
                        scores(1).array(double[].class).ofSize(labels))
                        .as(ChainScores::new));
    }

    /** Up to 12 tokens over the 11 BIO tags, with the I- tags often favoured by a wide margin. */
    @Provide
    Arbitrary<double[][]> bioEmissions() {
        int tags = BioTags.TAGS.size();
        Arbitrary<double[]> token = Combinators.combine(
                        Arbitraries.doubles().between(-3, 3).array(double[].class).ofSize(tags),
                        Arbitraries.integers().between(1, 5).map(type -> 2 * type),
                        Arbitraries.doubles().between(0, 50))
                .as((base, inside, push) -> {
                    double[] scores = base.clone();
                    scores[inside] += push;
                    return scores;
                });
        return token.array(double[][].class).ofMinSize(1).ofMaxSize(12);
    }

    /** Learned-looking transition scores, sometimes large, added to the forbidden ones. */
    @Provide
    Arbitrary<double[][]> bioTransitions() {
        int tags = BioTags.TAGS.size();
        return Arbitraries.doubles().between(-20, 20).array(double[].class).ofSize(tags).array(double[][].class)
                .ofSize(tags);
    }
}
