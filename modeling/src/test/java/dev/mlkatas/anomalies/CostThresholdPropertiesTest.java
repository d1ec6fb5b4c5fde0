package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.anomalies.CostThreshold.Choice;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The chosen threshold against brute force: every candidate threshold (positive infinity and each score) costed
 * from scratch, the least cost kept, ties to the highest threshold. Costs are whole numbers, so every cost is
 * exact and ties are real ties.
 */
class CostThresholdPropertiesTest {

    record Orders(double[] scores, int[] labels, double missCost, double blockCost) {}

    @Provide
    Arbitrary<Orders> orders() {
        Arbitrary<Double> tied = Arbitraries.integers().between(0, 5).map(i -> i / 4.0);
        Arbitrary<Double> spread = Arbitraries.doubles().between(-100, 100);
        return Arbitraries.integers().between(0, 40).flatMap(n -> Combinators.combine(
                Arbitraries.oneOf(tied, spread).list().ofSize(n),
                Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 12))
                .as((scores, labels, miss, block) -> new Orders(
                        scores.stream().mapToDouble(Double::doubleValue).toArray(), labels, miss, block)));
    }

    static double cost(Orders o, double threshold) {
        int missed = 0;
        int blocked = 0;
        for (int i = 0; i < o.scores().length; i++) {
            boolean block = o.scores()[i] >= threshold;
            if (o.labels()[i] == 1 && !block) {
                missed++;
            }
            if (o.labels()[i] == 0 && block) {
                blocked++;
            }
        }
        return o.missCost() * missed + o.blockCost() * blocked;
    }

    static Choice bruteForce(Orders o) {
        List<Double> candidates = new ArrayList<>(List.of(Double.POSITIVE_INFINITY));
        for (double s : o.scores()) {
            candidates.add(s);
        }
        Choice best = null;
        for (double t : candidates) {
            double c = cost(o, t);
            if (best == null || c < best.cost() || c == best.cost() && t > best.threshold()) {
                best = new Choice(t, c);
            }
        }
        return best;
    }

    @Property(tries = 500)
    void agreesWithBruteForce(@ForAll("orders") Orders o) {
        Choice choice = CostThreshold.choose(o.scores(), o.labels(), o.missCost(), o.blockCost());

        assertThat(choice).isEqualTo(bruteForce(o));
    }

    @Property(tries = 200)
    void costsWhatItsThresholdCostsAndNoMoreThanBlockingAllOrNothing(@ForAll("orders") Orders o) {
        Choice choice = CostThreshold.choose(o.scores(), o.labels(), o.missCost(), o.blockCost());

        assertThat(choice.cost()).isEqualTo(cost(o, choice.threshold()));
        assertThat(choice.cost()).isLessThanOrEqualTo(cost(o, Double.POSITIVE_INFINITY))
                .isLessThanOrEqualTo(cost(o, Double.NEGATIVE_INFINITY));
    }
}
