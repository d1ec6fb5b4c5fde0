package dev.mlkatas.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import dev.mlkatas.dispatch.data.SolomonFormat;
import dev.mlkatas.dispatch.evaluation.RouteAudit;
import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 2: routes with time windows, worked examples")
class RoutesTest {

    /** Depot at the origin open until {@code depotDue}; customers 1 (3,4), 2 (6,8), 3 (0,10); capacity 10. */
    private static Instance triangle(double depotDue, double dueOfTwo) {
        return new Instance("triangle", 2, 10, List.of(
                new Stop(0, 0, 0, 0, 0, depotDue, 0),
                new Stop(1, 3, 4, 4, 10, 20, 2),
                new Stop(2, 6, 8, 3, 0, dueOfTwo, 1),
                new Stop(3, 0, 10, 5, 0, 100, 0)));
    }

    @Test
    @DisplayName("distance: depot, customers in order, depot; an empty route is 0")
    void distance() {
        Instance instance = triangle(100, 16);

        assertThat(Routes.distance(instance, List.of())).isZero();
        assertThat(Routes.distance(instance, List.of(3))).isEqualTo(20.0);
        assertThat(Routes.distance(instance, List.of(2, 1))).isEqualTo(20.0);
        assertThat(Routes.distance(instance, List.of(1, 3))).isCloseTo(15 + Math.sqrt(45), offset(1e-12));
    }

    @Test
    @DisplayName("feasible: an early vehicle waits (1 at 5 waits to 10), then reaches 2 at 17, after its due 16")
    void waitingCountsTowardsTheNextWindow() {
        assertThat(Routes.feasible(triangle(100, 16), List.of(1, 2))).isFalse();
        assertThat(Routes.feasible(triangle(100, 17), List.of(1, 2))).as("arriving at the due date").isTrue();
        assertThat(Routes.feasible(triangle(100, 16), List.of(2, 1))).isTrue();
    }

    @Test
    @DisplayName("feasible: the vehicle is back at the depot by its due date (2, 1 returns at 23)")
    void depotCloses() {
        assertThat(Routes.feasible(triangle(22, 16), List.of(2, 1))).isFalse();
        assertThat(Routes.feasible(triangle(23, 16), List.of(2, 1))).isTrue();
        assertThat(Routes.feasible(triangle(23, 16), List.of())).isTrue();
    }

    @Test
    @DisplayName("feasible: demands 4 + 3 + 5 exceed the capacity 10, 4 + 5 do not")
    void capacity() {
        Instance wide = triangle(1000, 1000);

        assertThat(Routes.feasible(wide, List.of(2, 1, 3))).isFalse();
        assertThat(Routes.feasible(wide, List.of(1, 3))).isTrue();
    }

    @Test
    @DisplayName("feasible refuses the depot or a stop the instance does not have")
    void refusesStrangers() {
        assertThatIllegalArgumentException().isThrownBy(() -> Routes.feasible(triangle(100, 16), List.of(0)));
        assertThatIllegalArgumentException().isThrownBy(() -> Routes.feasible(triangle(100, 16), List.of(1, 4)));
    }

    /** Customers 1 at (10, 0) and 2 at (20, 0); their windows and the capacity vary. */
    private static Instance line(double readyOfOne, double dueOfTwo, int capacity) {
        return new Instance("line", 2, capacity, List.of(
                new Stop(0, 0, 0, 0, 0, 200, 0),
                new Stop(1, 10, 0, 5, readyOfOne, 100, 0),
                new Stop(2, 20, 0, 5, 0, dueOfTwo, 0)));
    }

    @Test
    @DisplayName("savings: equal savings of (1, 2) and (2, 1) merge 1 then 2; windows can force 2 then 1")
    void savingsOnALine() {
        assertThat(Routes.savings(line(0, 100, 10))).containsExactly(List.of(1, 2));
        assertThat(Routes.savings(line(30, 25, 10))).containsExactly(List.of(2, 1));
        assertThat(Routes.savings(line(0, 100, 9))).containsExactly(List.of(1), List.of(2));
    }

    @Test
    @DisplayName("savings refuses a customer no vehicle can reach in time")
    void savingsRefusesUnreachable() {
        assertThatIllegalArgumentException().isThrownBy(() -> Routes.savings(line(0, 15, 10)));
    }

    /** A square: 1 at (0, 10), 2 at (10, 10), 3 at (10, 0). */
    private static Instance square(double dueOfThree) {
        return new Instance("square", 1, 100, List.of(
                new Stop(0, 0, 0, 0, 0, 500, 0),
                new Stop(1, 0, 10, 1, 0, 500, 0),
                new Stop(2, 10, 10, 1, 0, 500, 0),
                new Stop(3, 10, 0, 1, 0, dueOfThree, 0)));
    }

    @Test
    @DisplayName("2-opt uncrosses 1, 3, 2 into 1, 2, 3 (48.28 to 40), unless a window forbids; 3, 1, 2 into 3, 2, 1")
    void twoOptUncrosses() {
        assertThat(Routes.twoOpt(square(500), List.of(1, 3, 2))).containsExactly(1, 2, 3);
        assertThat(Routes.twoOpt(square(15), List.of(3, 1, 2))).containsExactly(3, 2, 1);
        assertThat(Routes.twoOpt(square(500), List.of(1, 2, 3))).containsExactly(1, 2, 3);
        // 1, 2, 3 is shorter but reaches 3 at 30, after its due date 25: no reversal is both shorter and on time.
        assertThat(Routes.twoOpt(square(25), List.of(1, 3, 2))).containsExactly(1, 3, 2);
        assertThat(Routes.twoOpt(square(500), List.of())).isEmpty();
    }

    @Test
    @DisplayName("relocation moves 1 into 2's route (saving 20), the first of the moves that tie")
    void relocateMergesNeighbours() {
        Instance instance = new Instance("pair", 2, 10, List.of(
                new Stop(0, 0, 0, 0, 0, 200, 0),
                new Stop(1, 10, 0, 5, 0, 100, 0),
                new Stop(2, 11, 0, 5, 0, 100, 0)));

        assertThat(Routes.relocate(instance, List.of(List.of(1), List.of(2)))).containsExactly(List.of(1, 2));
        assertThat(Routes.improve(instance, List.of(List.of(2), List.of(1)))).containsExactly(List.of(2, 1));
    }

    /** Customers 1, 2, 3 at 10, 20 and 30 on a line from the depot: many moves tie, all distances whole. */
    private static Instance lineOfThree() {
        return new Instance("line3", 3, 100, List.of(
                new Stop(0, 0, 0, 0, 0, 500, 0),
                new Stop(1, 10, 0, 1, 0, 500, 0),
                new Stop(2, 20, 0, 1, 0, 500, 0),
                new Stop(3, 30, 0, 1, 0, 500, 0)));
    }

    @Test
    @DisplayName("ties go to the first move: 2-opt from 2, 1, 3 takes 1, 2, 3; relocation gives 1, 2, 3")
    void tiesGoToTheFirstMove() {
        // Reversing positions 0..1 and 1..2 both give 60; (0, 1) comes first.
        assertThat(Routes.twoOpt(lineOfThree(), List.of(2, 1, 3))).containsExactly(1, 2, 3);
        assertThat(Routes.relocate(lineOfThree(), List.of(List.of(1), List.of(2), List.of(3))))
                .containsExactly(List.of(1, 2, 3));
    }

    @Test
    @DisplayName("savings merges only on a saving above 0: across the depot the saving is exactly 0")
    void savingsIgnoresZeroSavings() {
        Instance across = new Instance("across", 2, 100, List.of(
                new Stop(0, 0, 0, 0, 0, 500, 0),
                new Stop(1, -10, 0, 1, 0, 500, 0),
                new Stop(2, 10, 0, 1, 0, 500, 0)));

        assertThat(Routes.savings(across)).containsExactly(List.of(1), List.of(2));
    }

    @Test
    @DisplayName("the 12 customers of tiny12.txt: savings in 4 routes (330.34), local search in 3 (278.10)")
    void tinyInstance() throws IOException {
        Instance instance;
        try (InputStream in = RoutesTest.class.getResourceAsStream("tiny12.txt")) {
            instance = SolomonFormat.parse("tiny12.txt",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }

        List<List<Integer>> savings = Routes.savings(instance);
        List<List<Integer>> improved = Routes.improve(instance, savings);

        assertThat(savings).isEqualTo(SAVINGS);
        assertThat(RouteAudit.of(instance, savings).distance()).isCloseTo(SAVINGS_DISTANCE, offset(1e-6));
        assertThat(improved).isEqualTo(IMPROVED);
        assertThat(RouteAudit.of(instance, improved).problems()).isEmpty();
        assertThat(RouteAudit.of(instance, improved).distance()).isCloseTo(IMPROVED_DISTANCE, offset(1e-6));
    }

    private static final List<List<Integer>> SAVINGS = List.of(List.of(2, 11), List.of(5, 8),
            List.of(6, 9, 3, 12), List.of(7, 1, 10, 4));
    private static final double SAVINGS_DISTANCE = 330.34487842167374;
    /** Relocation moves 2 and 11 into 5 and 8's route: a vehicle fewer. */
    private static final List<List<Integer>> IMPROVED = List.of(List.of(2, 5, 8, 11), List.of(6, 9, 3, 12),
            List.of(7, 1, 10, 4));
    private static final double IMPROVED_DISTANCE = 278.09756880662786;
}
