package dev.mlkatas.ranking.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The oracle of the tie-aware metrics: every order of a list's items that a ranker with these scores could
 * have shown, one per way of breaking its ties. A tie-aware metric is the mean of the plain metric over
 * them.
 */
final class TieOrders {

    private TieOrders() {
    }

    /** Every order of the item indices whose scores never increase, by brute force. */
    static List<int[]> of(double[] scores) {
        List<int[]> orders = new ArrayList<>();
        extend(scores, new ArrayList<>(), new boolean[scores.length], orders);
        return orders;
    }

    private static void extend(double[] scores, List<Integer> prefix, boolean[] used, List<int[]> orders) {
        if (prefix.size() == scores.length) {
            orders.add(prefix.stream().mapToInt(Integer::intValue).toArray());
            return;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (!used[i]) {
                best = Math.max(best, scores[i]);
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (!used[i] && scores[i] == best) {
                used[i] = true;
                prefix.add(i);
                extend(scores, prefix, used, orders);
                prefix.remove(prefix.size() - 1);
                used[i] = false;
            }
        }
    }
}
