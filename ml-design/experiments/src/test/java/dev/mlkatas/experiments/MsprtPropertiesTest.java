package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Task 4's properties: looking after every batch of users, Welch's test stopped at the first p &lt; alpha
 * (naive peeking) rejects far more often than alpha when nothing changed, the mSPRT does not, and the mSPRT
 * still finds a real effect.
 */
class MsprtPropertiesTest {

    private static final int EXPERIMENTS = 400;
    private static final int LOOKS = 40;
    private static final int BATCH = 25;

    @Property(tries = 100)
    void likelihoodRatioIsTheMixtureOfNormalLikelihoodRatios(@ForAll @DoubleRange(min = -3, max = 3) double d,
            @ForAll @DoubleRange(min = 0.05, max = 2) double v, @ForAll @DoubleRange(min = 0.05, max = 2) double tau2) {
        // The integral over theta ~ N(0, tau2) of exp((theta d - theta^2 / 2) / v), by the midpoint rule.
        double sd = Math.sqrt(tau2);
        double step = sd / 200;
        double integral = 0;
        for (double theta = -12 * sd + step / 2; theta < 12 * sd; theta += step) {
            double prior = Math.exp(-theta * theta / (2 * tau2)) / Math.sqrt(2 * Math.PI * tau2);
            integral += prior * Math.exp((theta * d - theta * theta / 2) / v) * step;
        }
        assertThat(Msprt.likelihoodRatio(d, v, tau2)).isCloseTo(integral, within(1e-6 * integral));
    }

    @Property(tries = 1)
    void naivePeekingInflatesTheFalsePositiveRateAndTheMsprtDoesNot(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int naive = 0;
        int sequential = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            double[] treatment = MetricTestsPropertiesTest.normals(random, LOOKS * BATCH, 0, 1);
            double[] control = MetricTestsPropertiesTest.normals(random, LOOKS * BATCH, 0, 1);
            naive += peekWithWelch(treatment, control) ? 1 : 0;
            sequential += Msprt.firstRejection(differences(treatment, control), knownVariances(), 0.1, 0.05) >= 0
                    ? 1 : 0;
        }
        // With 40 looks about a fifth of A/A tests stop; a fixed test at one look would stop 5 %.
        assertThat(naive).as("naive peeking: %d of %d A/A tests stopped with p < 0.05", naive, EXPERIMENTS)
                .isGreaterThan((int) (EXPERIMENTS * 0.12));
        Binomial.assertAtMost("mSPRT rejections of A/A tests", sequential, EXPERIMENTS, 0.05);
    }

    @Property(tries = 2)
    void alwaysValidPValuesAreBelowAlphaExactlyFromTheFirstRejection(@ForAll long seed,
            @ForAll @DoubleRange(min = 0, max = 0.4) double effect) {
        SplittableRandom random = new SplittableRandom(seed);
        int found = 0;
        for (int e = 0; e < EXPERIMENTS / 4; e++) {
            double[] treatment = MetricTestsPropertiesTest.normals(random, LOOKS * BATCH, effect, 1);
            double[] control = MetricTestsPropertiesTest.normals(random, LOOKS * BATCH, 0, 1);
            double[] differences = differences(treatment, control);
            int first = Msprt.firstRejection(differences, knownVariances(), 0.1, 0.05);
            double[] p = Msprt.alwaysValidPValues(differences, knownVariances(), 0.1);
            for (int look = 0; look < LOOKS; look++) {
                assertThat(p[look] <= 0.05).as("look %d, first rejection %d", look, first)
                        .isEqualTo(first >= 0 && look >= first);
            }
            found += first >= 0 ? 1 : 0;
        }
        if (effect >= 0.3) {
            assertThat(found).as("a 0.3 sd effect found by 1,000 users a group").isGreaterThan(EXPERIMENTS / 8);
        }
    }

    @Property(tries = 100)
    void pValuesAreOneOverLambdaAtTheirMinimum(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = random.doubles(12, -1, 1).toArray();
        double[] variances = random.doubles(12, 0.01, 1).toArray();

        double[] p = Msprt.alwaysValidPValues(differences, variances, 0.2);

        double lowest = 1;
        for (int look = 0; look < p.length; look++) {
            lowest = Math.min(lowest, 1 / Msprt.likelihoodRatio(differences[look], variances[look], 0.2));
            assertThat(p[look]).isCloseTo(lowest, within(1e-12));
        }
    }

    /** Welch's test at every look; true when some look has p &lt; 0.05. */
    private static boolean peekWithWelch(double[] treatment, double[] control) {
        for (int look = 1; look <= LOOKS; look++) {
            int n = look * BATCH;
            if (MetricTests.welch(Arrays.copyOf(treatment, n), Arrays.copyOf(control, n), 0.05).pValue() < 0.05) {
                return true;
            }
        }
        return false;
    }

    private static double[] differences(double[] treatment, double[] control) {
        double[] differences = new double[LOOKS];
        double sum = 0;
        for (int look = 0; look < LOOKS; look++) {
            for (int i = look * BATCH; i < (look + 1) * BATCH; i++) {
                sum += treatment[i] - control[i];
            }
            differences[look] = sum / ((look + 1) * BATCH);
        }
        return differences;
    }

    /** The variance of the difference in means after each look, with both variances known to be 1. */
    private static double[] knownVariances() {
        double[] variances = new double[LOOKS];
        for (int look = 0; look < LOOKS; look++) {
            variances[look] = 2.0 / ((look + 1) * BATCH);
        }
        return variances;
    }
}
