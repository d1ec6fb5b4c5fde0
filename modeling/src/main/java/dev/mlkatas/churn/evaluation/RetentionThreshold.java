package dev.mlkatas.churn.evaluation;

/**
 * Which customers to send a retention offer: everyone whose churn probability is at least a threshold. An
 * offer costs {@code offerCost} whoever gets it, and is worth {@code saveValue} when it goes to a customer
 * who would have left (what keeping them brings, times the chance the offer keeps them). The threshold is
 * the one that would have earned most on the cross-validated probabilities; the holdout then says what it
 * earns on customers no model has seen.
 *
 * <p>Example: {@code RetentionThreshold.choose(labels, outOfFold, 5, 40).evaluate(holdoutLabels, holdoutScores)}
 *
 * @param threshold offer to customers at or above this probability
 * @param offerCost what one offer costs
 * @param saveValue what an offer to a churner is worth
 * @param breakEven the probability at which an offer pays for itself, offerCost / saveValue
 */
public record RetentionThreshold(double threshold, double offerCost, double saveValue, double breakEven) {

    /** What the threshold does on some labelled rows. */
    public record Outcome(int rows, int offers, int churners, int churnersReached, double profit) {

        public double profitPerThousand() {
            return rows == 0 ? 0 : 1000 * profit / rows;
        }
    }

    public static RetentionThreshold choose(int[] labels, double[] probabilities, double offerCost, double saveValue) {
        int[] order = ChurnMetrics.riskiestFirst(probabilities);
        double best = 0;
        // Offering nobody earns 0: a threshold above every probability.
        double threshold = Math.nextUp(1.0);
        double profit = 0;
        for (int i = 0; i < order.length; i++) {
            profit += labels[order[i]] * saveValue - offerCost;
            boolean lastOfTie = i + 1 == order.length || probabilities[order[i + 1]] != probabilities[order[i]];
            if (lastOfTie && profit > best) {
                best = profit;
                threshold = probabilities[order[i]];
            }
        }
        return new RetentionThreshold(threshold, offerCost, saveValue, offerCost / saveValue);
    }

    public Outcome evaluate(int[] labels, double[] probabilities) {
        int offers = 0;
        int churners = 0;
        int reached = 0;
        for (int i = 0; i < labels.length; i++) {
            churners += labels[i];
            if (probabilities[i] >= threshold) {
                offers++;
                reached += labels[i];
            }
        }
        return new Outcome(labels.length, offers, churners, reached, reached * saveValue - offers * offerCost);
    }
}
