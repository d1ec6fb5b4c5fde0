package dev.mlkatas.ranking.rankers;

import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * How likely a shopper is to look at each position of a results page, estimated from the search log
 * alone by <b>intervention harvesting</b> (Agarwal et al., "Estimating Position Bias without Intrusive
 * Interventions", WSDM 2019).
 *
 * <p>The click model is position-based: a result is clicked when it is examined and relevant,
 * {@code P(click | query, product, position k) = θ_k · γ(query, product)}. Clicks alone cannot tell a low
 * {@code θ} from a low {@code γ}, but the log holds natural experiments: the same (query, product) pair
 * shown at different positions, by different rankers or a shuffled page. Its relevance is the same at
 * both, so the difference in its click rate is the positions'. For every two positions {@code k < k'}
 * and the pairs {@code S} shown at both, with {@code ctr_k(d)} a pair's click rate at {@code k}:
 * <pre>
 *     θ_k' / θ_k  ≈  Σ_{d ∈ S} w_d ctr_k'(d) / Σ_{d ∈ S} w_d ctr_k(d),   w_d = n_k n_k' / (n_k + n_k')
 * </pre>
 * (each click rate is an unbiased estimate of {@code θ γ}, so the ratio of the sums is consistent however
 * few times each pair was shown; {@code w_d}, the harmonic mean of the pair's impressions at the two
 * positions, quiets the pairs seen once). The log-ratios of all position pairs are then reconciled by
 * weighted least squares on {@code log θ} with {@code θ_1 = 1}, each weighted by the inverse of its
 * variance, {@code c c' / (c + c')} for {@code c, c'} clicks behind its two sums.
 *
 * <p>Why not the EM of the position-based model (Wang et al., WSDM 2018): it fits one relevance per
 * (query, product) pair, and on a log where most pairs were shown a handful of times those many
 * parameters overfit and bias {@code θ} (on a simulated log with five impressions per pair it put
 * position 2 at 0.59 where the truth was 0.5). The ratio above needs no per-pair parameter.
 *
 * <p>A log whose pages never change holds no experiment: every position then keeps propensity 1 (so
 * weights of 1, plain training), and a position no experiment reaches takes the value of the nearest one
 * above it. {@link Propensities#pairsAtSeveralPositions()} says how much evidence there was.
 *
 * <p>Queries are matched as typed, ignoring case and surrounding spaces.
 *
 * <p>Example: {@code Propensities propensities = PropensityEstimator.estimate(log);} then
 * {@code propensities.at(5)} is how often position 5 is examined relative to the top.
 */
public final class PropensityEstimator {

    private PropensityEstimator() {
    }

    /**
     * The examination probability of every position the log shows, 1 at position 1.
     *
     * @throws IllegalArgumentException if the log shows no result, or nothing at position 1
     */
    public static Propensities estimate(SearchLog log) {
        Cells cells = Cells.of(log);
        int positions = cells.maxPosition();
        // Per position pair (k < k'): the weighted click-rate sums at k and at k', and the clicks behind them.
        double[][] lower = new double[positions + 1][positions + 1];
        double[][] upper = new double[positions + 1][positions + 1];
        double[][] lowerClicks = new double[positions + 1][positions + 1];
        double[][] upperClicks = new double[positions + 1][positions + 1];
        int[] start = cells.pairStart();
        for (int pair = 0; pair + 1 < start.length; pair++) {
            for (int a = start[pair]; a < start[pair + 1]; a++) {
                for (int b = start[pair]; b < start[pair + 1]; b++) {
                    int k = cells.position()[a];
                    int kk = cells.position()[b];
                    if (k >= kk) {
                        continue;
                    }
                    double shownK = cells.shown()[a];
                    double shownKk = cells.shown()[b];
                    double weight = shownK * shownKk / (shownK + shownKk);
                    lower[k][kk] += weight * cells.clicks()[a] / shownK;
                    upper[k][kk] += weight * cells.clicks()[b] / shownKk;
                    lowerClicks[k][kk] += cells.clicks()[a];
                    upperClicks[k][kk] += cells.clicks()[b];
                }
            }
        }
        double[] logTheta = reconcile(positions, lower, upper, lowerClicks, upperClicks);
        double[] byPosition = new double[positions];
        for (int k = 1; k <= positions; k++) {
            byPosition[k - 1] = Double.isNaN(logTheta[k]) ? (k == 1 ? 1 : byPosition[k - 2]) : Math.exp(logTheta[k]);
        }
        return new Propensities(byPosition, cells.pairsAtSeveralPositions(), Propensities.DEFAULT_MAX_WEIGHT);
    }

    /**
     * The weighted least-squares {@code log θ} of every position connected to position 1 by a chain of
     * measured ratios, {@code log θ_1 = 0}; {@code NaN} for the others.
     */
    private static double[] reconcile(int positions, double[][] lower, double[][] upper, double[][] lowerClicks,
            double[][] upperClicks) {
        double[][] weight = new double[positions + 1][positions + 1];
        double[][] logRatio = new double[positions + 1][positions + 1];
        for (int k = 1; k <= positions; k++) {
            for (int kk = k + 1; kk <= positions; kk++) {
                if (lower[k][kk] > 0 && upper[k][kk] > 0) {
                    double c = lowerClicks[k][kk];
                    double cc = upperClicks[k][kk];
                    weight[k][kk] = c * cc / (c + cc);
                    weight[kk][k] = weight[k][kk];
                    logRatio[k][kk] = Math.log(upper[k][kk] / lower[k][kk]);
                    logRatio[kk][k] = -logRatio[k][kk];
                }
            }
        }
        List<Integer> connected = connectedToTheTop(weight);
        double[] logTheta = new double[positions + 1];
        Arrays.fill(logTheta, Double.NaN);
        logTheta[1] = 0;
        int unknowns = connected.size() - 1;
        if (unknowns == 0) {
            return logTheta;
        }
        // Normal equations of Σ w_kk' (x_k' - x_k - logRatio_kk')² with x_1 = 0: a weighted graph Laplacian.
        int[] index = new int[positions + 1];
        Arrays.fill(index, -1);
        for (int i = 0; i < unknowns; i++) {
            index[connected.get(i + 1)] = i;
        }
        DMatrixRMaj laplacian = new DMatrixRMaj(unknowns, unknowns);
        DMatrixRMaj target = new DMatrixRMaj(unknowns, 1);
        for (int k : connected) {
            for (int kk : connected) {
                if (k == kk || weight[k][kk] == 0) {
                    continue;
                }
                // The equation of x_k gathers w (x_k - x_kk - logRatio(kk -> k)).
                if (index[k] >= 0) {
                    laplacian.add(index[k], index[k], weight[k][kk]);
                    if (index[kk] >= 0) {
                        laplacian.add(index[k], index[kk], -weight[k][kk]);
                    }
                    target.add(index[k], 0, weight[k][kk] * logRatio[kk][k]);
                }
            }
        }
        DMatrixRMaj solution = new DMatrixRMaj(unknowns, 1);
        if (!CommonOps_DDRM.solve(laplacian, target, solution)) {
            throw new IllegalStateException("the position-bias equations of " + unknowns + " positions are singular");
        }
        for (int k = 1; k < connected.size(); k++) {
            logTheta[connected.get(k)] = solution.get(index[connected.get(k)], 0);
        }
        return logTheta;
    }

    /** Position 1 first, then every position reachable from it through measured ratios. */
    private static List<Integer> connectedToTheTop(double[][] weight) {
        List<Integer> connected = new ArrayList<>(List.of(1));
        boolean[] seen = new boolean[weight.length];
        seen[1] = true;
        Deque<Integer> queue = new ArrayDeque<>(List.of(1));
        while (!queue.isEmpty()) {
            int k = queue.poll();
            for (int kk = 1; kk < weight.length; kk++) {
                if (!seen[kk] && weight[k][kk] > 0) {
                    seen[kk] = true;
                    connected.add(kk);
                    queue.add(kk);
                }
            }
        }
        return connected;
    }

    /**
     * The log counted by (query, product, position): how often shown, how often clicked; the cells of
     * pair {@code p} are {@code [pairStart[p], pairStart[p + 1])}.
     */
    private record Cells(int[] pairStart, int[] position, int[] shown, int[] clicks, int maxPosition,
            int pairsAtSeveralPositions) {

        static Cells of(SearchLog log) {
            Map<String, Integer> pairIds = new HashMap<>();
            Map<Long, int[]> cells = new HashMap<>();
            int maxPosition = 0;
            boolean top = false;
            for (Search search : log.searches()) {
                String query = search.query().trim().toLowerCase(Locale.ROOT);
                for (Impression impression : search.impressions()) {
                    if (impression.position() < 1) {
                        throw new IllegalArgumentException("search " + search.id() + ": position "
                                + impression.position() + " is below 1 (the top)");
                    }
                    int pairId = pairIds.computeIfAbsent(query + '\u0000' + impression.productId(),
                            key -> pairIds.size());
                    int[] cell = cells.computeIfAbsent((long) pairId << 32 | impression.position(),
                            key -> new int[] {pairId, impression.position(), 0, 0});
                    cell[2]++;
                    cell[3] += impression.clicked() ? 1 : 0;
                    maxPosition = Math.max(maxPosition, impression.position());
                    top |= impression.position() == 1;
                }
            }
            if (cells.isEmpty()) {
                throw new IllegalArgumentException("the search log shows no result at all: nothing to estimate "
                        + "position bias from");
            }
            if (!top) {
                throw new IllegalArgumentException("the search log shows nothing at position 1, which the other "
                        + "positions are measured against");
            }
            List<int[]> sorted = new ArrayList<>(cells.values());
            sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            int[] pairStart = new int[pairIds.size() + 1];
            for (int[] cell : sorted) {
                pairStart[cell[0] + 1]++;
            }
            int several = 0;
            for (int pair = 0; pair < pairIds.size(); pair++) {
                several += pairStart[pair + 1] > 1 ? 1 : 0;
                pairStart[pair + 1] += pairStart[pair];
            }
            return new Cells(pairStart, column(sorted, 1), column(sorted, 2), column(sorted, 3), maxPosition,
                    several);
        }

        private static int[] column(List<int[]> cells, int index) {
            return cells.stream().mapToInt(cell -> cell[index]).toArray();
        }
    }
}
