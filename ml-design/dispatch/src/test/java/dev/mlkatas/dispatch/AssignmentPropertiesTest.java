package dev.mlkatas.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The Hungarian algorithm against brute force over every assignment of small matrices, forbidden pairs included. */
@Label("Task 1: the Hungarian algorithm against brute force")
class AssignmentPropertiesTest {

    @Property(tries = 400)
    @Label("finds an assignment exactly when one of finite cost exists, and its cost is the least")
    void agreesWithBruteForce(@ForAll("matrices") double[][] cost) {
        double best = bruteForce(cost, 0, new boolean[cost.length == 0 ? 0 : cost[0].length]);

        Optional<int[]> columns = Assignment.hungarian(cost);

        if (best == Double.POSITIVE_INFINITY) {
            assertThat(columns).isEmpty();
        } else {
            assertThat(columns).isPresent();
            int[] c = columns.get();
            assertThat(c).hasSize(cost.length);
            assertThat(c).doesNotHaveDuplicates();
            double total = 0;
            for (int i = 0; i < c.length; i++) {
                assertThat(c[i]).isBetween(0, cost[i].length - 1);
                total += cost[i][c[i]];
            }
            assertThat(total).isCloseTo(best, offset(1e-6));
        }
    }

    @Property(tries = 100)
    @Label("adding a constant to a row changes no assignment's ranking: the cost rises by exactly that")
    void rowShiftInvariance(@ForAll("matrices") double[][] cost, @ForAll("shifts") int shift) {
        double[][] shifted = new double[cost.length][];
        for (int i = 0; i < cost.length; i++) {
            shifted[i] = cost[i].clone();
            for (int j = 0; j < shifted[i].length; j++) {
                shifted[i][j] += i == 0 ? shift : 0;
            }
        }
        Optional<int[]> plain = Assignment.hungarian(cost);
        Optional<int[]> moved = Assignment.hungarian(shifted);

        assertThat(moved.isPresent()).isEqualTo(plain.isPresent());
        if (plain.isPresent() && cost.length > 0) {
            assertThat(total(shifted, moved.get())).isCloseTo(total(cost, plain.get()) + shift,
                    offset(1e-6));
        }
    }

    @Provide
    Arbitrary<double[][]> matrices() {
        Arbitrary<Double> entry = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(-20, 50).map(Integer::doubleValue)),
                Tuple.of(1, Arbitraries.just(Double.POSITIVE_INFINITY)));
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 2))
                .flatAs((n, extra) -> entry.array(double[].class).ofSize(n + extra).array(double[][].class)
                        .ofSize(n));
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(-30, 30);
    }

    private static double total(double[][] cost, int[] columns) {
        double sum = 0;
        for (int i = 0; i < columns.length; i++) {
            sum += cost[i][columns[i]];
        }
        return sum;
    }

    /** The least total cost of rows from {@code row} on, over the columns not yet taken. */
    private static double bruteForce(double[][] cost, int row, boolean[] taken) {
        if (row == cost.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < taken.length; j++) {
            if (!taken[j]) {
                taken[j] = true;
                best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, taken));
                taken[j] = false;
            }
        }
        return best;
    }
}
