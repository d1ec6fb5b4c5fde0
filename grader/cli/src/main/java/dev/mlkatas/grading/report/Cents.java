package dev.mlkatas.grading.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Points in hundredths, shared out so that rounded parts add up exactly to their rounded whole: the largest
 * remainder method (each part rounded down, the hundredths left over going to the largest remainders).
 *
 * <p>Example: {@code Cents.apportion(new double[] {100 / 3.0, 100 / 3.0, 100 / 3.0}, 10_000)} is
 * {@code [3334, 3333, 3333]}.
 */
final class Cents {

    private Cents() {}

    /** {@code points} rounded to hundredths. */
    static long of(double points) {
        return Math.round(points * 100);
    }

    /** Hundredths as points, e.g. {@code 3334} as {@code 33.34}. */
    static double points(long cents) {
        return cents / 100.0;
    }

    /**
     * Shares {@code total} hundredths among parts in proportion to {@code exact}; the parts add up to
     * {@code total}, and each is within one hundredth of its exact share. Ties go to the earlier part.
     */
    static long[] apportion(double[] exact, long total) {
        double sum = Arrays.stream(exact).sum();
        long[] parts = new long[exact.length];
        if (exact.length == 0 || sum <= 0) {
            return parts;
        }
        double[] shares = new double[exact.length];
        long given = 0;
        for (int i = 0; i < exact.length; i++) {
            shares[i] = total * exact[i] / sum;
            parts[i] = (long) Math.floor(shares[i]);
            given += parts[i];
        }
        Integer[] byRemainder = IntStream.range(0, exact.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> parts[i] - shares[i]).thenComparing(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; given < total; k = (k + 1) % exact.length) {
            parts[byRemainder[k]]++;
            given++;
        }
        return parts;
    }
}
