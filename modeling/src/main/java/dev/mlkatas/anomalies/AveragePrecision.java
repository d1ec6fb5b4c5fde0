package dev.mlkatas.anomalies;

/**
 * Task 1 of the anomalies kata: average precision, the area under the precision-recall curve as a sum of steps,
 * the way scikit-learn's {@code average_precision_score} computes it.
 *
 * <p>This is one of the three files you edit ({@code ./kata show anomalies} prints the statement,
 * {@code ./kata test anomalies} grades it). The anomalies job uses it for every AP it reports.
 */
public final class AveragePrecision {

    private AveragePrecision() {
    }

    /**
     * AP = Σ (R_k − R_{k−1}) · P_k over the distinct scores from the highest down, where P_k and R_k are the
     * precision and recall of flagging every row whose score is at least the k-th distinct score, and R_0 = 0.
     * Tied scores are one threshold: they are flagged together.
     *
     * <p>Example: {@code AveragePrecision.of(new int[] {0, 1, 1, 0, 1}, new double[] {0.1, 0.9, 0.4, 0.4, 0.2})}
     * is {@code 29.0 / 36}.
     *
     * @param labels 1 for a fraud, 0 for a good order
     * @param scores one finite score per row, higher meaning more likely fraud
     * @return the average precision, above 0 and at most 1
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the arrays differ in length, a label is not 0 or 1, a score is NaN or
     *     infinite, or no label is 1 (recall is undefined then)
     */
    public static double of(int[] labels, double[] scores) {
        throw new UnsupportedOperationException(
                "Task 1 is yours: sum recall steps times precision in AveragePrecision.of (./kata hint anomalies)");
    }
}
