package dev.mlkatas.experiments.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.experiments.data.Experiment;
import dev.mlkatas.experiments.data.Experiment.Arm;
import dev.mlkatas.experiments.simulation.FreeDeliveryExperiment.Simulated;
import dev.mlkatas.experiments.simulation.FreeDeliveryExperiment.Truth;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The simulated experiment: the grocery world's customers and orders, with the treatment's effect on top. */
class FreeDeliveryExperimentTest {

    @Test
    @DisplayName("every user ordered in the pre-period, and the arms hold the users in order of arrival")
    void usersOfTheWorld() {
        Experiment e = FreeDeliveryExperiment.simulate(Truth.defaults(3000, 5)).experiment();

        assertThat(e.users()).isEqualTo(3000);
        long treated = 0;
        for (boolean arm : e.inTreatment()) {
            treated += arm ? 1 : 0;
        }
        assertThat(e.treatment().users()).isEqualTo(treated);
        assertThat(e.control().users()).isEqualTo(3000 - treated);
        for (Arm arm : new Arm[] {e.treatment(), e.control()}) {
            assertThat(Arrays.stream(arm.covariate()).min().orElseThrow()).isPositive();
            assertThat(Arrays.stream(arm.metric()).min().orElseThrow()).isNotNegative();
            assertThat(Arrays.stream(arm.denominator()).min().orElseThrow()).isNotNegative();
        }
        assertThat(e.source()).startsWith("the grocery world, seed 5: 3,000 customers");
    }

    @Test
    @DisplayName("the same seed gives the same experiment; another seed, another world")
    void seeded() {
        Experiment once = FreeDeliveryExperiment.simulate(Truth.defaults(2000, 3)).experiment();
        Experiment again = FreeDeliveryExperiment.simulate(Truth.defaults(2000, 3)).experiment();
        Experiment other = FreeDeliveryExperiment.simulate(Truth.defaults(2000, 4)).experiment();

        assertThat(again.inTreatment()).isEqualTo(once.inTreatment());
        assertThat(again.treatment().metric()).isEqualTo(once.treatment().metric());
        assertThat(again.control().covariate()).isEqualTo(once.control().covariate());
        assertThat(other.control().covariate()).isNotEqualTo(once.control().covariate());
    }

    @Test
    @DisplayName("every order of a treated user doubled at half the value: spend unchanged, orders even")
    void plantedOnTopOfTheWorld() {
        Simulated doubled = FreeDeliveryExperiment.simulate(new Truth(2000, 1.0, -0.5, 9));
        Simulated untouched = FreeDeliveryExperiment.simulate(new Truth(2000, 0, 0, 9));

        assertThat(doubled.truth().spendLift()).isZero();
        assertThat(doubled.trueDifference()).isZero();
        assertThat(Arrays.stream(doubled.experiment().treatment().denominator()).filter(n -> n % 2 != 0)).isEmpty();
        // The users, their arms and the control are the world's whatever the treatment does.
        assertThat(doubled.experiment().inTreatment()).isEqualTo(untouched.experiment().inTreatment());
        assertThat(doubled.experiment().control().metric()).isEqualTo(untouched.experiment().control().metric());
        assertThat(doubled.untreatedMean()).isEqualTo(untouched.untreatedMean());
        double[] twice = Arrays.stream(untouched.experiment().treatment().denominator()).map(n -> 2 * n).toArray();
        assertThat(doubled.experiment().treatment().denominator()).isEqualTo(twice);
        for (int i = 0; i < twice.length; i++) {
            assertThat(doubled.experiment().treatment().metric()[i])
                    .isCloseTo(untouched.experiment().treatment().metric()[i], within(0.011));
        }
    }

    @Test
    @DisplayName("the true difference is the planted share of what the users spend without the treatment")
    void trueDifference() {
        Simulated s = FreeDeliveryExperiment.simulate(Truth.defaults(4000, 2));
        Simulated none = FreeDeliveryExperiment.simulate(new Truth(4000, 0, 0, 2));
        Experiment e = none.experiment();
        double total = Arrays.stream(e.treatment().metric()).sum() + Arrays.stream(e.control().metric()).sum();

        assertThat(s.truth().spendLift()).isCloseTo(0.0185, within(1e-12));
        assertThat(s.untreatedMean()).isCloseTo(total / e.users(), within(0.01));
        assertThat(s.trueDifference()).isEqualTo(s.truth().spendLift() * s.untreatedMean());
    }

    @Test
    @DisplayName("an extra order's chance outside 0 to 1 is refused")
    void refusesAnImpossibleChance() {
        assertThatThrownBy(() -> new Truth(100, 1.5, 0, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("orderLift is a chance, from 0 to 1, not 1.5");
    }
}
