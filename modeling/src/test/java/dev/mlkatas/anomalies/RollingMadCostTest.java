package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cost of a point, with a limit far from what the statement's answer needs: a window of 100,000 slides over
 * 200,000 amounts. A few O(log w) walks a point take about a second in all; sorting each window again
 * (O(w log w) a point) or selecting the median and the MAD from a copy of it (O(w) a point, 2 · 10^10 steps in
 * all) take many minutes and are stopped at one.
 */
@DisplayName("RollingMad: the cost of a point")
class RollingMadCostTest {

    private static final int WINDOW = 100_000;

    @Test
    @DisplayName("a window of 100,000 slides over 200,000 amounts within a minute, and its verdicts are right")
    void largeWindowSlidesQuickly() {
        Random random = new Random(11);
        double[] amounts = new double[2 * WINDOW];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = Math.round(Math.exp(3.5 + 0.6 * random.nextGaussian()) * 100) / 100.0;
        }
        RollingMad.Verdict[] verdicts = new RollingMad.Verdict[amounts.length];

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            RollingMad detector = new RollingMad(WINDOW, 3.5);
            for (int i = 0; i < amounts.length; i++) {
                verdicts[i] = detector.next(amounts[i]);
            }
        });

        for (int t : new int[] {WINDOW, WINDOW + 1, 3 * WINDOW / 2, 2 * WINDOW - 1}) {
            double[] before = Arrays.copyOfRange(amounts, t - WINDOW, t);
            Arrays.sort(before);
            double median = (before[WINDOW / 2 - 1] + before[WINDOW / 2]) / 2;
            double[] distances = Arrays.stream(before).map(v -> Math.abs(v - median)).sorted().toArray();
            double mad = (distances[WINDOW / 2 - 1] + distances[WINDOW / 2]) / 2;
            assertThat(verdicts[t].median()).as("median at " + t).isCloseTo(median, within(1e-9));
            assertThat(verdicts[t].mad()).as("MAD at " + t).isCloseTo(mad, within(1e-9));
        }
    }
}
