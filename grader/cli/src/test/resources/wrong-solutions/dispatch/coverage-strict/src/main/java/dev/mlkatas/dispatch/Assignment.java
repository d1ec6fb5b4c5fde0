package dev.mlkatas.dispatch;

import java.util.Arrays;
import java.util.Optional;

/**
 * The assignment problem: give every row (a batch of orders) its own column (a shopper) so that the total cost
 * is least, by the Hungarian algorithm with potentials, in O(n² m) for n rows and m columns.
 *
 * <p>Example: {@code Assignment.hungarian(new double[][] {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}})} is
 * {@code Optional[[1, 0, 2]]}, total cost 5.
 */
public final class Assignment {

    private Assignment() {
    }

    /**
     * The column of each row in an assignment of least total cost, or empty when every assignment uses an
     * infinite cost. Needs rows no longer than columns; {@code Double.POSITIVE_INFINITY} marks a forbidden pair.
     */
    public static Optional<int[]> hungarian(double[][] cost) {
        int n = cost.length;
        int m = check(cost);
        // 1-based as in the textbook: column 0 is a virtual column holding the row being added.
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOf = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOf[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = rowOf[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = -1;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double reduced = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (reduced < minv[j]) {
                            minv[j] = reduced;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                if (j1 < 0) {
                    // Every column left is forbidden to every row on the alternating paths: no finite assignment.
                    return Optional.empty();
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOf[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOf[j0] != 0);
            do {
                int j1 = way[j0];
                rowOf[j0] = rowOf[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOf = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOf[j] != 0) {
                columnOf[rowOf[j] - 1] = j - 1;
            }
        }
        return Optional.of(columnOf);
    }

    /** The number of columns, once every row is checked to have that many and no cost is NaN or minus infinity. */
    private static int check(double[][] cost) {
        int m = cost.length == 0 ? 0 : cost[0].length;
        for (double[] row : cost) {
            if (row.length != m) {
                throw new IllegalArgumentException("every row needs " + m + " costs, one per column");
            }
            for (double c : row) {
                if (Double.isNaN(c) || c == Double.NEGATIVE_INFINITY) {
                    throw new IllegalArgumentException("a cost must be a number or plus infinity, not " + c);
                }
            }
        }
        if (cost.length > m) {
            throw new IllegalArgumentException(cost.length + " rows cannot each have their own of " + m + " columns");
        }
        return m;
    }
}
