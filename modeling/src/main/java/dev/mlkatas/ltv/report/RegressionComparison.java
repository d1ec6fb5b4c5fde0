package dev.mlkatas.ltv.report;

import dev.mlkatas.ltv.evaluation.SpendMetrics;

/**
 * The side comparison of a lifetime-value run: the gradient-boosted regression on the same holdout, or why it
 * did not run. The probabilistic models' results never depend on it.
 *
 * <p>Example: {@code new RegressionComparison.Skipped("only 3 customers ordered by 1997-01-01 ...")}
 */
public sealed interface RegressionComparison {

    /** The regression ran: its holdout spend per customer, the customers it learnt from, and its metrics. */
    record Ran(double[] spend, int trainingRows, SpendMetrics metrics) implements RegressionComparison {}

    /** The regression could not run on this data; {@code reason} says why in one sentence. */
    record Skipped(String reason) implements RegressionComparison {}
}
