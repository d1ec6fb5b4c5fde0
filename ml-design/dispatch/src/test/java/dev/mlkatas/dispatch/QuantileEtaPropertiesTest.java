package dev.mlkatas.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** The pinball loss and the empirical quantile against brute force on small samples of minutes. */
@Label("Task 3: the pinball loss and the empirical quantile, against brute force")
class QuantileEtaPropertiesTest {

    @Property(tries = 300)
    @Label("the empirical quantile is a sample value that minimises the mean pinball loss over all sample values")
    void empiricalQuantileMinimisesThePinballLoss(@ForAll("minutes") double[] minutes, @ForAll("taus") double tau) {
        double q = QuantileEta.empiricalQuantile(minutes, tau);

        assertThat(minutes).contains(q);
        double atQ = meanLoss(minutes, q, tau);
        for (double other : minutes) {
            assertThat(atQ).isLessThanOrEqualTo(meanLoss(minutes, other, tau) + 1e-9);
        }
    }

    @Property(tries = 300)
    @Label("the empirical quantile is the smallest sample value with a share tau at or below it")
    void empiricalQuantileByCounting(@ForAll("minutes") double[] minutes, @ForAll("taus") double tau) {
        double expected = Arrays.stream(minutes).sorted()
                .filter(v -> Arrays.stream(minutes).filter(x -> x <= v).count() >= tau * minutes.length)
                .findFirst().orElseThrow();

        double[] before = minutes.clone();

        assertThat(QuantileEta.empiricalQuantile(minutes, tau)).isEqualTo(expected);
        assertThat(minutes).as("the values, left as they were").containsExactly(before);
    }

    @Property(tries = 300)
    @Label("mean pinball is the mean of the textbook formula; coverage counts actual <= predicted")
    void meanPinballAndCoverageByDefinition(@ForAll("minutes") double[] actual, @ForAll("taus") double tau,
            @ForAll @DoubleRange(min = -20, max = 20) double shift) {
        double[] predicted = Arrays.stream(actual).map(a -> Math.round(a + shift - 10 * Math.sin(a))).toArray();

        assertThat(QuantileEta.meanPinball(actual, predicted, tau))
                .isCloseTo(meanLoss(actual, predicted, tau), offset(1e-9));
        long covered = 0;
        for (int i = 0; i < actual.length; i++) {
            covered += actual[i] <= predicted[i] ? 1 : 0;
        }
        assertThat(QuantileEta.coverage(actual, predicted)).isEqualTo((double) covered / actual.length);
    }

    @Property(tries = 200)
    @Label("predicting later than the actual costs 1 - tau a minute, earlier costs tau a minute; never negative")
    void pinballIsAsymmetric(@ForAll @DoubleRange(min = 0, max = 200) double actual,
            @ForAll @DoubleRange(min = 0, max = 200) double predicted, @ForAll("taus") double tau) {
        double loss = QuantileEta.pinball(actual, predicted, tau);

        assertThat(loss).isGreaterThanOrEqualTo(0);
        double expected = actual >= predicted ? tau * (actual - predicted) : (1 - tau) * (predicted - actual);
        assertThat(loss).isCloseTo(expected, offset(1e-9));
    }

    private static double meanLoss(double[] actual, double constant, double tau) {
        double[] predicted = new double[actual.length];
        Arrays.fill(predicted, constant);
        return meanLoss(actual, predicted, tau);
    }

    private static double meanLoss(double[] actual, double[] predicted, double tau) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = actual[i] - predicted[i];
            sum += Math.max(tau * d, (tau - 1) * d);
        }
        return sum / actual.length;
    }

    /** Whole minutes, ties on purpose: 1 to 30 deliveries of 5 to 60 minutes. */
    @Provide
    Arbitrary<double[]> minutes() {
        return Arbitraries.integers().between(5, 60).map(Integer::doubleValue).array(double[].class).ofMinSize(1)
                .ofMaxSize(30);
    }

    /** The quantiles a dispatcher asks for, and the awkward ones whose tau times n is not exact in doubles. */
    @Provide
    Arbitrary<Double> taus() {
        return Arbitraries.oneOf(Arbitraries.of(0.1, 0.5, 0.7, 0.9, 0.95, 0.3, 0.6),
                Arbitraries.doubles().between(0.01, 0.99));
    }
}
