package dev.mlkatas.ltv;

import java.util.List;

/**
 * Task 2 of the lifetime-value kata: the BG/NBD log-likelihood.
 *
 * <p>This is one of the two files you edit. The lifetime-value job maximises it over the four parameters
 * (with Smile's BFGS, on their logarithms) to fit the model; its standard errors come from its curvature.
 */
public final class BgNbdLikelihood {

    private BgNbdLikelihood() {
    }

    /**
     * The log-likelihood of the customers' summaries under the BG/NBD model with these parameters: the sum
     * over customers of the log of the probability (density) of their x repeat transactions, the last at
     * t_x, observed for a time T.
     *
     * <p>Example: with {@code r = alpha = a = b = 1}, a customer with {@code x = 1, t_x = 1, T = 2} has
     * likelihood {@code 13/72}, so {@code of(new BgNbdParameters(1, 1, 1, 1), List.of(new RfmSummary(1, 1, 2, 0)))}
     * is {@code ln(13/72)}, about {@code -1.7117}.
     *
     * @param parameters r, alpha, a and b
     * @param customers one summary per customer (their monetary value plays no part); may be empty
     * @return the log-likelihood, a finite number (a density: it can be above 0 when times are short)
     * @throws NullPointerException if an argument is null
     */
    public static double of(BgNbdParameters parameters, List<RfmSummary> customers) {
        throw new UnsupportedOperationException(
                "Task 2 is yours: write the BG/NBD log-likelihood in BgNbdLikelihood.of (./kata hint ltv when stuck)");
    }
}
