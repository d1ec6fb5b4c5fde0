package dev.mlkatas.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rounded per-test points that add up to the kata's points. */
@Label("Cents")
class CentsTest {

    @Test
    @DisplayName("shares 100 points among three tests as 33.34, 33.33, 33.33")
    void sharesAmongThree() {
        assertThat(Cents.apportion(new double[] {1, 1, 1}, 10_000)).containsExactly(3334, 3333, 3333);
    }

    @Test
    @DisplayName("shares 100 points among 7 tests weighted 1, 1, 1, 3, 3, 3, 2 so that they add up to 100")
    void sharesWeighted() {
        long[] parts = Cents.apportion(new double[] {1, 1, 1, 3, 3, 3, 2}, 10_000);

        assertThat(Arrays.stream(parts).sum()).isEqualTo(10_000);
        assertThat(parts).containsExactly(714, 714, 714, 2143, 2143, 2143, 1429);
    }

    @Property
    @Label("parts add up to the whole and each is within a hundredth of its exact share")
    void partsAddUp(@ForAll @Size(min = 1, max = 80) double[] weights,
            @ForAll @IntRange(min = 0, max = 100_000) int total) {
        double[] positive = Arrays.stream(weights).map(w -> Math.abs(w) % 1000 + 0.5).toArray();
        long[] parts = Cents.apportion(positive, total);
        double sum = Arrays.stream(positive).sum();

        assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
        for (int i = 0; i < parts.length; i++) {
            assertThat(Math.abs(parts[i] - total * positive[i] / sum)).isLessThan(1.0 + 1e-9);
        }
    }

    @Property
    @Label("a whole of points rounds to the nearest hundredth")
    void roundsToHundredths(@ForAll @DoubleRange(min = 0, max = 1000) double points) {
        assertThat(Math.abs(Cents.points(Cents.of(points)) - points)).isLessThanOrEqualTo(0.005 + 1e-9);
    }
}
