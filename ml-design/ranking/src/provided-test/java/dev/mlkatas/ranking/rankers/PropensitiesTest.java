package dev.mlkatas.ranking.rankers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PropensityEstimator and Propensities: position bias from the log, and its inverse weights")
class PropensitiesTest {

    private static final double[] TRUTH = {1.0, 0.8, 0.62, 0.48, 0.38, 0.3, 0.24, 0.19, 0.15, 0.12};

    @Test
    @DisplayName("recovers known examination probabilities from a log with shuffled pages")
    void recoversKnownPropensities() {
        Propensities estimated = estimateFrom(TRUTH, 30, 0.3, 1);

        assertThat(estimated.positions()).isEqualTo(10);
        assertThat(estimated.pairsAtSeveralPositions()).isEqualTo(300);
        assertCloseTo(TRUTH, estimated);
    }

    @Test
    @DisplayName("recovers a different truth too: the estimate follows the log, not a built-in curve")
    void recoversAnotherTruth() {
        double[] flatter = {1.0, 0.95, 0.9, 0.85, 0.8, 0.75};

        assertCloseTo(flatter, estimateFrom(flatter, 20, 0.5, 3));
    }

    @Test
    @DisplayName("stays unbiased when each (query, product) pair was shown only a few times")
    void sparseLogs() {
        assertCloseTo(TRUTH, estimateFrom(TRUTH, 3_000, 1.0, 5));
    }

    @Test
    @DisplayName("a log whose pages never change holds no evidence, and says so")
    void noInterventionNoEvidence() {
        Propensities estimated = estimateFrom(TRUTH, 30, 0.0, 1);

        assertThat(estimated.pairsAtSeveralPositions()).isZero();
        for (int position = 1; position <= TRUTH.length; position++) {
            assertThat(estimated.weight(position)).as("position %d", position).isEqualTo(1.0);
        }
    }

    @Test
    @DisplayName("the weight is 1 / propensity, clipped at the largest weight")
    void weightsAreClippedInverses() {
        Propensities propensities = Propensities.of(2.0, 1.0, 0.5, 0.1);

        assertThat(propensities.at(1)).isEqualTo(1.0);
        assertThat(propensities.weight(1)).isEqualTo(1.0);
        assertThat(propensities.weight(2)).isEqualTo(2.0);
        assertThat(propensities.weight(3)).isEqualTo(4.0);
        assertThat(propensities.weight(4)).isEqualTo(Propensities.DEFAULT_MAX_WEIGHT);
        assertThat(propensities.withMaxWeight(3).weight(3)).isEqualTo(3.0);
        assertThat(propensities.weight(50)).as("deeper than estimated: the deepest").isEqualTo(
                propensities.weight(4));
        assertThat(Propensities.none().weight(7)).isEqualTo(1.0);
    }

    @Test
    @DisplayName("reweighs training examples by their positions, leaving everything else alone")
    void reweighs() {
        TrainingExample top = new TrainingExample(Vectors.of(Map.of(Feature.BM25_NAME, 2.0)), 3, 1, 1.0);
        TrainingExample third = new TrainingExample(Vectors.of(Map.of()), 0, 3, 1.0);

        List<TrainingQuery> weighted = Propensities.of(1, 0.5, 0.25).reweigh(List.of(new TrainingQuery("fish",
                List.of(top, third))));

        assertThat(weighted).singleElement().satisfies(query -> {
            assertThat(query.query()).isEqualTo("fish");
            assertThat(query.shown()).containsExactly(top.withWeight(1.0), third.withWeight(4.0));
        });
    }

    @Test
    @DisplayName("rejects an empty log, a log without position 1, and propensities that are not positive")
    void rejectsBadInput() {
        assertThatThrownBy(() -> PropensityEstimator.estimate(SearchLog.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no result");
        SearchLog startsAtTwo = new SearchLog(List.of(new Search(1, 1, "fish", QuerySegment.HEAD,
                List.of(new Impression(2, 5, true, false, false)))));
        assertThatThrownBy(() -> PropensityEstimator.estimate(startsAtTwo))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 1");
        assertThatThrownBy(() -> Propensities.of(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 2");
        assertThatThrownBy(() -> Propensities.of(1).withMaxWeight(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Propensities.of(1).at(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** 20,000 searches of {@code queries} queries, each showing all its results, a share of them shuffled. */
    private static Propensities estimateFrom(double[] truth, int queries, double shuffled, long seed) {
        return PropensityEstimator.estimate(PositionBasedClicks.simulate(
                PositionBasedClicks.randomQueries(queries, truth.length, seed), truth, 20_000, shuffled, seed + 1));
    }

    private static void assertCloseTo(double[] truth, Propensities estimated) {
        for (int position = 1; position <= truth.length; position++) {
            assertThat(estimated.at(position)).as("position %d", position)
                    .isCloseTo(truth[position - 1], within(0.05));
        }
    }
}
