package dev.mlkatas.ltv.probabilistic;

/**
 * Gauss's hypergeometric function, in the form the BG/NBD forecast needs it. Neither the JDK nor Smile has
 * it.
 *
 * <p>Example: {@code Hypergeometric.scaled(2, 3, 4, 0.5)} is {@code (1 - 0.5)^2 · 2F1(2, 3; 4; 0.5)}.
 */
final class Hypergeometric {

    private static final int MAX_TERMS = 1_000_000;

    private Hypergeometric() {
    }

    /**
     * {@code (1 - z)^a · 2F1(a, b; c; z)} for positive a, b, c and 0 ≤ z < 1, by the power series. Each
     * term is carried as a logarithm: with many repeat purchases the factor (1 - z)^a underflows and the
     * series overflows, while their product is a probability.
     */
    static double scaled(double a, double b, double c, double z) {
        if (z == 0) {
            return 1;
        }
        double logTerm = a * Math.log1p(-z);
        double logZ = Math.log(z);
        double sum = 0;
        double largest = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < MAX_TERMS; j++) {
            double term = Math.exp(logTerm);
            sum += term;
            largest = Math.max(largest, logTerm);
            // Terms shrink for good once j is past the peak; stop when they no longer change the sum.
            if (logTerm < largest && term < 1e-16 * sum) {
                return sum;
            }
            logTerm += Math.log((a + j) * (b + j) / ((c + j) * (j + 1))) + logZ;
        }
        return sum;
    }
}
