package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.anomalies.CostThreshold.Choice;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cost-optimal threshold on examples worked out by hand, its tie rule, and what it refuses. */
@DisplayName("The cost-optimal threshold")
class CostThresholdTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    @DisplayName("the statement's example: block the top three for a cost of 10")
    void statementExample() {
        Choice choice = CostThreshold.choose(new double[] {0.9, 0.8, 0.3, 0.1}, new int[] {1, 0, 1, 0}, 100, 10);

        assertThat(choice).isEqualTo(new Choice(0.3, 10));
    }

    @Test
    @DisplayName("blocks an order whose score equals the threshold: the threshold is the lowest score blocked")
    void atLeastTheThreshold() {
        assertThat(CostThreshold.choose(new double[] {0.8, 0.3}, new int[] {1, 0}, 100, 1))
                .isEqualTo(new Choice(0.8, 0));
        assertThat(CostThreshold.choose(new double[] {0.3, 0.8, 0.5}, new int[] {1, 1, 1}, 5, 1))
                .isEqualTo(new Choice(0.3, 0));
    }

    @Test
    @DisplayName("tied scores are one threshold: a fraud tied with two good orders is blocked with both")
    void tiesAreOneThreshold() {
        Choice choice = CostThreshold.choose(new double[] {0.5, 0.5, 0.5, 0.2}, new int[] {0, 1, 0, 0}, 100, 10);

        assertThat(choice).isEqualTo(new Choice(0.5, 20));
        assertThat(CostThreshold.choose(new double[] {0.5, 0.5, 0.5}, new int[] {0, 1, 0}, 10, 10))
                .isEqualTo(new Choice(INF, 10));
    }

    @Test
    @DisplayName("of equal costs, the highest threshold: it blocks fewest orders")
    void tiesGoToTheHighestThreshold() {
        // Blocking nothing and blocking both cost 10.
        assertThat(CostThreshold.choose(new double[] {0.9, 0.5}, new int[] {0, 1}, 10, 10))
                .isEqualTo(new Choice(INF, 10));
        // Blocking the top one and blocking all three cost 3.
        assertThat(CostThreshold.choose(new double[] {0.9, 0.6, 0.5}, new int[] {1, 0, 1}, 3, 3))
                .isEqualTo(new Choice(0.9, 3));
    }

    @Test
    @DisplayName("blocks nothing when nothing is fraud, when blocking costs more, or when nothing costs anything")
    void blocksNothing() {
        assertThat(CostThreshold.choose(new double[] {0.9, 0.1}, new int[] {0, 0}, 100, 1))
                .isEqualTo(new Choice(INF, 0));
        assertThat(CostThreshold.choose(new double[] {0.9, 0.8, 0.7}, new int[] {0, 0, 1}, 1.5, 1))
                .isEqualTo(new Choice(INF, 1.5));
        assertThat(CostThreshold.choose(new double[] {0.9, 0.8}, new int[] {1, 0}, 0, 0))
                .isEqualTo(new Choice(INF, 0));
        assertThat(CostThreshold.choose(new double[0], new int[0], 100, 1)).isEqualTo(new Choice(INF, 0));
    }

    @Test
    @DisplayName("blocks everything when blocking is free and a fraud hides at the bottom")
    void blocksEverything() {
        assertThat(CostThreshold.choose(new double[] {-2, 7, 3}, new int[] {1, 0, 0}, 40, 0))
                .isEqualTo(new Choice(-2, 0));
    }

    static Stream<Arguments> refused() {
        double[] two = {0.5, 0.4};
        int[] labels = {1, 0};
        return Stream.of(
                Arguments.of("arrays of different lengths", new double[] {0.5}, labels, 1.0, 1.0),
                Arguments.of("a label 2", two, new int[] {2, 0}, 1.0, 1.0),
                Arguments.of("a NaN score", new double[] {Double.NaN, 0.4}, labels, 1.0, 1.0),
                Arguments.of("an infinite score", new double[] {Double.POSITIVE_INFINITY, 0.4}, labels, 1.0, 1.0),
                Arguments.of("a negative miss cost", two, labels, -1.0, 1.0),
                Arguments.of("a negative block cost", two, labels, 1.0, -0.5),
                Arguments.of("a NaN cost", two, labels, Double.NaN, 1.0),
                Arguments.of("an infinite cost", two, labels, 1.0, Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    @DisplayName("refuses with IllegalArgumentException")
    void refuses(String what, double[] scores, int[] labels, double missCost, double blockCost) {
        assertThatThrownBy(() -> CostThreshold.choose(scores, labels, missCost, blockCost))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("refuses null arrays with NullPointerException")
    void refusesNull() {
        assertThatThrownBy(() -> CostThreshold.choose(null, new int[0], 1, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CostThreshold.choose(new double[0], null, 1, 1))
                .isInstanceOf(NullPointerException.class);
    }
}
