package dev.mlkatas.ranking.rankers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How likely each position of a results page is to be examined, relative to the top (1 at position 1),
 * and the inverse propensity weights that undo it in training.
 *
 * <p>Why weights: the log's clicks and purchases happen mostly at the top because that is where shoppers
 * look, not only because the top is best. Weighting each example by {@code 1 / p(position)} makes the
 * expected training signal what it would be if every position were examined (Joachims, Swaminathan and
 * Schnabel, "Unbiased Learning-to-Rank with Biased Feedback", 2017).
 *
 * <p>Why clipped: the weight's variance grows as {@code 1 / p}; one lucky purchase at position 20 with
 * {@code p = 0.02} would count fifty times and could steer a whole tree. Weights are capped at
 * {@link #maxWeight()} ({@value #DEFAULT_MAX_WEIGHT} by default: a position examined a tenth as often as
 * the top counts ten times, deeper ones no more), trading a little bias at the bottom of the page for
 * stable training (the clipped estimator of Strehl et al., 2010).
 *
 * <p>Example: {@code PropensityEstimator.estimate(log).reweigh(queries)} gives the training queries their
 * weights; {@code Propensities.of(1, 0.5, 0.25).weight(3)} is 4.
 */
public final class Propensities {

    /** The largest weight an example gets: ten times the top position's. */
    public static final double DEFAULT_MAX_WEIGHT = 10;

    private final double[] byPosition;
    private final int pairsAtSeveralPositions;
    private final double maxWeight;

    Propensities(double[] byPosition, int pairsAtSeveralPositions, double maxWeight) {
        if (byPosition.length == 0) {
            throw new IllegalArgumentException("propensities need at least position 1");
        }
        for (int k = 0; k < byPosition.length; k++) {
            if (!(byPosition[k] > 0) || Double.isInfinite(byPosition[k])) {
                throw new IllegalArgumentException("the propensity of position " + (k + 1) + " is " + byPosition[k]
                        + ", not a positive number");
            }
        }
        if (!(maxWeight >= 1) || Double.isInfinite(maxWeight)) {
            throw new IllegalArgumentException("the largest weight must be a finite number of at least 1, not "
                    + maxWeight);
        }
        this.byPosition = byPosition.clone();
        this.pairsAtSeveralPositions = pairsAtSeveralPositions;
        this.maxWeight = maxWeight;
    }

    /**
     * Propensities given by hand, position 1 first, scaled so that position 1 is 1.
     *
     * <p>Example: {@code Propensities.of(1, 0.6, 0.4)}.
     */
    public static Propensities of(double... byPosition) {
        if (byPosition.length == 0 || !(byPosition[0] > 0)) {
            throw new IllegalArgumentException("propensities need a positive one for position 1, not "
                    + Arrays.toString(byPosition));
        }
        double[] scaled = new double[byPosition.length];
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] = byPosition[k] / byPosition[0];
        }
        return new Propensities(scaled, 0, DEFAULT_MAX_WEIGHT);
    }

    /** Every position examined as often as the top: weights of 1, plain training. */
    public static Propensities none() {
        return new Propensities(new double[] {1}, 0, DEFAULT_MAX_WEIGHT);
    }

    /**
     * How often {@code position} is examined relative to position 1; a position deeper than any the
     * estimate saw gets the deepest estimate.
     */
    public double at(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("position " + position + " is below 1 (the top)");
        }
        return byPosition[Math.min(position, byPosition.length) - 1];
    }

    /** The inverse propensity weight of an example shown at {@code position}: {@code min(1 / at(position), maxWeight())}. */
    public double weight(int position) {
        return Math.min(1 / at(position), maxWeight);
    }

    /** The cap on {@link #weight(int)}. */
    public double maxWeight() {
        return maxWeight;
    }

    /** The same propensities with another cap on the weights, at least 1. */
    public Propensities withMaxWeight(double newMaxWeight) {
        return new Propensities(byPosition, pairsAtSeveralPositions, newMaxWeight);
    }

    /** How many positions were estimated: the deepest position in the log. */
    public int positions() {
        return byPosition.length;
    }

    /**
     * The evidence behind the estimate: how many (query, product) pairs the log shows at more than one
     * position. With none, the log cannot tell position from relevance and the estimate is flat.
     */
    public int pairsAtSeveralPositions() {
        return pairsAtSeveralPositions;
    }

    /** The training queries with each example weighted by {@link #weight(int)} of its position. */
    public List<TrainingQuery> reweigh(List<TrainingQuery> queries) {
        List<TrainingQuery> weighted = new ArrayList<>(queries.size());
        for (TrainingQuery query : queries) {
            List<TrainingExample> shown = new ArrayList<>(query.shown().size());
            for (TrainingExample example : query.shown()) {
                shown.add(example.withWeight(weight(example.position())));
            }
            weighted.add(new TrainingQuery(query.query(), shown));
        }
        return weighted;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("propensities by position:");
        for (int k = 0; k < byPosition.length; k++) {
            text.append(String.format(Locale.ROOT, " %d=%.3f", k + 1, byPosition[k]));
        }
        return text.toString();
    }
}
