package dev.mlkatas.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Task 1: the Hungarian algorithm, worked examples")
class AssignmentTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    @DisplayName("the statement's example: rows 0, 1, 2 take columns 1, 0, 2 at a total cost of 5")
    void statementExample() {
        Optional<int[]> columns = Assignment.hungarian(new double[][] {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}});

        assertThat(columns).hasValueSatisfying(c -> assertThat(c).containsExactly(1, 0, 2));
    }

    @Test
    @DisplayName("the greedy row minimum is not optimal: row 0 must give up its cheapest column")
    void beatsGreedy() {
        // Greedy: row 0 takes column 0 (1), row 1 is left with column 1 (100): 101. Best: 2 + 3 = 5.
        Optional<int[]> columns = Assignment.hungarian(new double[][] {{1, 2}, {3, 100}});

        assertThat(columns).hasValueSatisfying(c -> assertThat(c).containsExactly(1, 0));
    }

    @Test
    @DisplayName("fewer rows than columns: every row is assigned, the dearest column stays free")
    void rectangular() {
        Optional<int[]> columns = Assignment.hungarian(new double[][] {{7, 3, 9, 4}, {2, 8, 6, 1}});

        assertThat(columns).hasValueSatisfying(c -> assertThat(c).containsExactly(1, 3));
    }

    @Test
    @DisplayName("negative costs are costs like any other: a profit of 5 is taken")
    void negativeCosts() {
        Optional<int[]> columns = Assignment.hungarian(new double[][] {{-5, 0}, {0, 1}});

        assertThat(columns).hasValueSatisfying(c -> assertThat(c).containsExactly(0, 1));
    }

    @Test
    @DisplayName("a forbidden pair is avoided even when it is the only cheap one")
    void avoidsForbiddenPairs() {
        Optional<int[]> columns = Assignment.hungarian(new double[][] {{INF, 5, 9}, {1, INF, 2}, {INF, 4, INF}});

        assertThat(columns).hasValueSatisfying(c -> assertThat(c).containsExactly(2, 0, 1));
    }

    @Test
    @DisplayName("no assignment of finite cost: empty, not an exception")
    void emptyWhenEveryAssignmentIsForbidden() {
        // Rows 0 and 1 can only take column 0.
        assertThat(Assignment.hungarian(new double[][] {{3, INF, INF}, {4, INF, INF}, {1, 2, 3}})).isEmpty();
        assertThat(Assignment.hungarian(new double[][] {{INF}})).isEmpty();
    }

    @Test
    @DisplayName("no rows: an empty assignment; one row: its cheapest column")
    void smallest() {
        assertThat(Assignment.hungarian(new double[0][])).hasValueSatisfying(c -> assertThat(c).isEmpty());
        assertThat(Assignment.hungarian(new double[][] {{6, 2, 8, 2.5}}))
                .hasValueSatisfying(c -> assertThat(c).containsExactly(1));
    }

    @Test
    @DisplayName("600 x 600 in polynomial time: a planted assignment of cost 0 among costs of at least 1")
    void largeMatrixInPolynomialTime() {
        int n = 600;
        java.util.Random random = new java.util.Random(7);
        int[] planted = new int[n];
        for (int i = 0; i < n; i++) {
            planted[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = planted[i];
            planted[i] = planted[j];
            planted[j] = t;
        }
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = j == planted[i] ? 0 : 1 + random.nextInt(1000);
            }
        }
        // O(n^2 m) is about 2e8 steps, a fraction of a second; the limit is generous for a busy machine, and an
        // O(n^4) or exhaustive search needs hours.
        Optional<int[]> columns = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> Assignment.hungarian(cost));

        assertThat(columns).hasValueSatisfying(c -> assertThat(c).containsExactly(planted));
    }

    static Stream<Arguments> badMatrices() {
        return Stream.of(
                Arguments.of("more rows than columns", new double[][] {{1}, {2}}),
                Arguments.of("ragged rows", new double[][] {{1, 2}, {3}}),
                Arguments.of("a NaN", new double[][] {{1, Double.NaN}, {3, 4}}),
                Arguments.of("minus infinity", new double[][] {{1, 2}, {Double.NEGATIVE_INFINITY, 4}}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMatrices")
    @DisplayName("refuses matrices the statement rules out")
    void refuses(String what, double[][] cost) {
        assertThatIllegalArgumentException().isThrownBy(() -> Assignment.hungarian(cost));
    }
}
