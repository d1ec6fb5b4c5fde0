package dev.mlkatas.ranking.rankers;

import java.util.Arrays;
import smile.base.cart.Loss;

/**
 * LambdaMART's gradients (Burges, "From RankNet to LambdaRank to LambdaMART: An Overview", 2010), as a
 * Smile {@link Loss} so that Smile's regression trees can fit them.
 *
 * <p>For every pair of one query's results where {@code i} has the higher grade, with current scores
 * {@code s} and ranks {@code r} (by score), RankNet's pairwise gradient {@code ρ = 1 / (1 + e^(s_i - s_j))}
 * is scaled by how much NDCG would change if the two swapped places,
 * {@code |ΔNDCG| = |2^g_i - 2^g_j| · |1/log2(1 + r_i) - 1/log2(1 + r_j)| / IDCG}, and by the pair's weight
 * (the weight of {@code i}, the result the shopper acted on: with inverse propensity weights this is the
 * counterfactual pairwise estimator of Joachims, Swaminathan and Schnabel, 2017). Then
 * {@code λ_i += w |ΔNDCG| ρ}, {@code λ_j -= w |ΔNDCG| ρ}, and the second derivatives
 * {@code h += w |ΔNDCG| ρ (1 - ρ)} for both. A tree is grown on the λs by least squares (Smile's split
 * search) and each leaf outputs one Newton step, {@code Σ λ / Σ h} over its examples.
 *
 * <p>Examples are stored query by query: query {@code q} holds {@code [queryStart[q], queryStart[q + 1])}.
 *
 * <p>Example: {@code gradients.update(scores)} before each tree, then
 * {@code new RegressionTree(x, gradients, ...)}.
 */
final class LambdaGradients implements Loss {

    private final int[] queryStart;
    private final int[] grade;
    private final double[] weight;
    private final double[] idealDcg;
    private final double[] lambda;
    private final double[] hessian;

    LambdaGradients(int[] queryStart, int[] grade, double[] weight) {
        this.queryStart = queryStart;
        this.grade = grade;
        this.weight = weight;
        this.idealDcg = new double[queryStart.length - 1];
        for (int q = 0; q < idealDcg.length; q++) {
            int[] sorted = Arrays.copyOfRange(grade, queryStart[q], queryStart[q + 1]);
            Arrays.sort(sorted);
            double dcg = 0;
            for (int rank = 1; rank <= sorted.length; rank++) {
                dcg += gain(sorted[sorted.length - rank]) * discount(rank);
            }
            idealDcg[q] = dcg;
        }
        this.lambda = new double[grade.length];
        this.hessian = new double[grade.length];
    }

    /** Recomputes every λ and second derivative at the current scores. */
    void update(double[] scores) {
        Arrays.fill(lambda, 0);
        Arrays.fill(hessian, 0);
        for (int q = 0; q < idealDcg.length; q++) {
            if (idealDcg[q] > 0) {
                update(queryStart[q], queryStart[q + 1], scores, idealDcg[q]);
            }
        }
    }

    private void update(int from, int to, double[] scores, double ideal) {
        int size = to - from;
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = from + i;
        }
        // Ties keep the order the examples came in, so the first round is deterministic.
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double[] rankDiscount = new double[size];
        for (int rank = 0; rank < size; rank++) {
            rankDiscount[order[rank] - from] = discount(rank + 1);
        }
        for (int i = from; i < to; i++) {
            if (grade[i] == 0) {
                continue; // most results were ignored: only a result with a grade can be the better of a pair
            }
            for (int j = from; j < to; j++) {
                if (grade[i] <= grade[j]) {
                    continue;
                }
                double delta = Math.abs((gain(grade[i]) - gain(grade[j]))
                        * (rankDiscount[i - from] - rankDiscount[j - from])) / ideal;
                double rho = 1 / (1 + Math.exp(scores[i] - scores[j]));
                double push = weight[i] * delta * rho;
                double curvature = weight[i] * delta * rho * (1 - rho);
                lambda[i] += push;
                lambda[j] -= push;
                hessian[i] += curvature;
                hessian[j] += curvature;
            }
        }
    }

    /** The leaf's Newton step: {@code Σ λ / Σ h} over its examples, counting each as often as it was sampled. */
    @Override
    public double output(int[] nodeSamples, int[] sampleCount) {
        double push = 0;
        double curvature = 0;
        for (int i : nodeSamples) {
            push += sampleCount[i] * lambda[i];
            curvature += sampleCount[i] * hessian[i];
        }
        return curvature > 0 ? push / curvature : 0;
    }

    /** Rankings do not change when every score shifts by the same amount: no intercept is needed. */
    @Override
    public double intercept(double[] y) {
        return 0;
    }

    /** What the trees fit: the λs. */
    @Override
    public double[] response() {
        return lambda;
    }

    @Override
    public double[] residual() {
        return lambda;
    }

    @Override
    public String toString() {
        return "LambdaMART";
    }

    static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    static double discount(int rank) {
        return 1 / (Math.log(rank + 1) / Math.log(2));
    }
}
