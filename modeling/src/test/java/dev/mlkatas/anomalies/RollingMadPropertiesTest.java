package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.anomalies.RollingMad.Verdict;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The detector against a brute-force window: copy the w values before each point, sort them, take the middle,
 * then sort the distances from it and take their middle. Streams are long enough for values to leave the
 * window many times, and drawn from few values on purpose, so that ties and a MAD of 0 come up.
 */
class RollingMadPropertiesTest {

    record Stream(double[] values, int window, double k) {}

    @Provide
    Arbitrary<Stream> streams() {
        Arbitrary<Double> few = Arbitraries.integers().between(-4, 4).map(i -> (double) i);
        Arbitrary<Double> many = Arbitraries.doubles().between(-1e4, 1e4).ofScale(3);
        Arbitrary<Double> spikes = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.doubles().between(0, 10).ofScale(2)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(50, 500).ofScale(1)));
        Arbitrary<double[]> values = Arbitraries.<Arbitrary<Double>>of(few, many, spikes)
                .flatMap(v -> v.list().ofMinSize(0).ofMaxSize(300)
                        .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray()));
        return Combinators.combine(values, Arbitraries.integers().between(1, 24),
                Arbitraries.doubles().between(0, 6).ofScale(2)).as(Stream::new);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The verdicts by sorting every window afresh: O(w log w) a point. */
    static List<Verdict> bruteForce(double[] values, int window, double k) {
        Verdict[] verdicts = new Verdict[values.length];
        for (int t = 0; t < values.length; t++) {
            if (t < window) {
                verdicts[t] = new Verdict(Double.NaN, Double.NaN, 0, false);
                continue;
            }
            double[] before = Arrays.copyOfRange(values, t - window, t);
            Arrays.sort(before);
            double median = median(before);
            double[] distances = new double[window];
            for (int i = 0; i < window; i++) {
                distances[i] = Math.abs(before[i] - median);
            }
            Arrays.sort(distances);
            double mad = median(distances);
            double distance = Math.abs(values[t] - median);
            double score = mad > 0 ? distance / (1.4826 * mad) : distance == 0 ? 0 : Double.POSITIVE_INFINITY;
            verdicts[t] = new Verdict(median, mad, score, score > k);
        }
        return List.of(verdicts);
    }

    @Property(tries = 300)
    void agreesWithSortingEveryWindow(@ForAll("streams") Stream stream) {
        RollingMad detector = new RollingMad(stream.window(), stream.k());
        List<Verdict> expected = bruteForce(stream.values(), stream.window(), stream.k());

        for (int t = 0; t < stream.values().length; t++) {
            Verdict actual = detector.next(stream.values()[t]);
            Verdict oracle = expected.get(t);
            String at = "value " + t + " of " + Arrays.toString(stream.values()) + ", window " + stream.window();
            if (Double.isNaN(oracle.median())) {
                assertThat(actual).as(at).isEqualTo(oracle);
                continue;
            }
            assertThat(actual.median()).as(at).isCloseTo(oracle.median(), within(1e-9));
            assertThat(actual.mad()).as(at).isCloseTo(oracle.mad(), within(1e-9));
            if (Double.isInfinite(oracle.score())) {
                assertThat(actual.score()).as(at).isEqualTo(Double.POSITIVE_INFINITY);
            } else {
                assertThat(actual.score()).as(at).isCloseTo(oracle.score(), within(1e-9 * (1 + oracle.score())));
            }
            if (Math.abs(oracle.score() - stream.k()) > 1e-9) {
                assertThat(actual.anomaly()).as(at).isEqualTo(oracle.anomaly());
            }
        }
    }

    @Property(tries = 100)
    void scoresDoNotChangeWhenValuesAreMirroredAndStretched(@ForAll("streams") Stream stream) {
        RollingMad plain = new RollingMad(stream.window(), stream.k());
        RollingMad moved = new RollingMad(stream.window(), stream.k());

        for (double value : stream.values()) {
            double a = plain.next(value).score();
            // Times -4 is exact in binary, so the scores must agree to rounding.
            double b = moved.next(-4 * value).score();
            if (Double.isInfinite(a)) {
                assertThat(b).isEqualTo(Double.POSITIVE_INFINITY);
            } else {
                assertThat(b).isCloseTo(a, within(1e-6 * (1 + a)));
            }
        }
    }
}
