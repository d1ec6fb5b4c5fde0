package dev.mlkatas.anomalies;

/**
 * Task 3 of the anomalies kata: the threshold that costs least, when a fraud that is paid and a good order that
 * is blocked cost different amounts.
 *
 * <p>This is one of the three files you edit ({@code ./kata show anomalies} prints the statement,
 * {@code ./kata test anomalies} grades it). The anomalies job uses it to choose every model's threshold.
 */
public final class CostThreshold {

    private CostThreshold() {
    }

    /**
     * The threshold chosen and what it costs.
     *
     * @param threshold block an order when its score is at least this; positive infinity blocks nothing
     * @param cost missCost · frauds not blocked + blockCost · good orders blocked
     */
    public record Choice(double threshold, double cost) {
    }

    /**
     * The threshold, among positive infinity and every distinct score, whose total cost is least; of equal costs,
     * the highest threshold (the one that blocks fewest orders). An order is blocked when its score is at least
     * the threshold.
     *
     * <p>Example: {@code CostThreshold.choose(new double[] {0.9, 0.8, 0.3, 0.1}, new int[] {1, 0, 1, 0}, 100, 10)}
     * is {@code Choice(0.3, 10)}: blocking the top three misses no fraud and blocks one good order.
     *
     * @param scores one finite score per order, higher meaning more likely fraud
     * @param labels 1 for a fraud, 0 for a good order
     * @param missCost what a fraud that is paid costs, finite and at least 0
     * @param blockCost what a good order that is blocked costs, finite and at least 0
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the arrays differ in length, a label is not 0 or 1, a score is not
     *     finite, or a cost is negative or not finite
     */
    public static Choice choose(double[] scores, int[] labels, double missCost, double blockCost) {
        throw new UnsupportedOperationException(
                "Task 3 is yours: try every distinct score as a threshold in CostThreshold.choose "
                        + "(./kata hint anomalies)");
    }
}
