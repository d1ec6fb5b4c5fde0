package dev.mlkatas.dispatch;

import java.util.Optional;

/**
 * The assignment problem: give every row (a batch of orders) its own column (a shopper) so that the total cost
 * is least.
 *
 * <p>Example: {@code Assignment.hungarian(new double[][] {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}})} is
 * {@code Optional[[1, 0, 2]]}, total cost 5.
 */
public final class Assignment {

    private Assignment() {
    }

    /**
     * The column of each row, or empty when some row is left with forbidden columns only. Rows are served in
     * order, each taking the cheapest column no earlier row took.
     */
    public static Optional<int[]> hungarian(double[][] cost) {
        validate(cost);
        int rows = cost.length;
        if (rows == 0) {
            return Optional.of(new int[0]);
        }
        int columns = cost[0].length;
        boolean[] taken = new boolean[columns];
        int[] assignment = new int[rows];
        for (int row = 0; row < rows; row++) {
            int cheapest = -1;
            for (int column = 0; column < columns; column++) {
                if (taken[column] || cost[row][column] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (cheapest < 0 || cost[row][column] < cost[row][cheapest]) {
                    cheapest = column;
                }
            }
            if (cheapest < 0) {
                return Optional.empty();
            }
            taken[cheapest] = true;
            assignment[row] = cheapest;
        }
        return Optional.of(assignment);
    }

    private static void validate(double[][] cost) {
        if (cost.length == 0) {
            return;
        }
        int columns = cost[0].length;
        if (cost.length > columns) {
            throw new IllegalArgumentException("cannot give " + cost.length + " rows a column each out of "
                    + columns + " columns");
        }
        for (int row = 0; row < cost.length; row++) {
            if (cost[row].length != columns) {
                throw new IllegalArgumentException("row " + row + " has " + cost[row].length + " costs, row 0 has "
                        + columns);
            }
            for (double c : cost[row]) {
                if (Double.isNaN(c) || c == Double.NEGATIVE_INFINITY) {
                    throw new IllegalArgumentException("row " + row + " has the cost " + c
                            + ": a cost is a number or plus infinity");
                }
            }
        }
    }
}
