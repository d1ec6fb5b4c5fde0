package dev.mlkatas.churn;

/**
 * Task 1 of the churn kata: the area under the ROC curve, from scores, by hand.
 *
 * <p>This is one of the two files you edit ({@code ./kata show churn} prints the statement,
 * {@code ./kata test churn} grades it). The churn job uses it for every AUC it reports: cross-validation,
 * holdout, and the sentence in {@code report.md}.
 */
public final class Auc {

    private Auc() {
    }

    /**
     * The probability that a randomly chosen positive row scores higher than a randomly chosen negative
     * row, ties counting half: the Mann-Whitney U statistic divided by (positives × negatives).
     *
     * <p>Example: {@code Auc.of(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8})} is {@code 0.75}.
     *
     * @param labels 1 for a positive row (a customer who left), 0 for a negative one
     * @param scores one score per row, higher meaning more likely positive; any finite values
     * @return the AUC, from 0 to 1
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the arrays differ in length, a label is not 0 or 1, a score is NaN
     *     or infinite, or the labels have only one class (the AUC is undefined then)
     */
    public static double of(int[] labels, double[] scores) {
        throw new UnsupportedOperationException(
                "Task 1 is yours: compute the AUC from ranks in Auc.of (./kata hint churn when stuck)");
    }
}
