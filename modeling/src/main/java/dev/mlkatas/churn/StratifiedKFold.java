package dev.mlkatas.churn;

/**
 * Task 2 of the churn kata: a stratified k-fold split.
 *
 * <p>This is one of the two files you edit. The churn job cross-validates every model on these folds, and
 * a table of one row per customer gets its holdout from them too.
 */
public final class StratifiedKFold {

    private StratifiedKFold() {
    }

    /**
     * Splits the rows {@code 0 .. labels.length - 1} into {@code k} folds at random (by {@code seed}), so that
     * every class is spread evenly: each fold holds, of every class, within one row of its share
     * (count of the class ÷ k), and the folds' sizes differ by at most one row.
     *
     * <p>Example: {@code split(new int[] {1, 0, 0, 1, 0, 0}, 2, 7)} could be {@code [[0, 2, 5], [1, 3, 4]]}:
     * each fold has one of the two 1s and two of the four 0s.
     *
     * @param labels the class of each row (any int values: 0 and 1 for churn)
     * @param k the number of folds, from 2 to the number of rows
     * @param seed the seed of the shuffle: the same seed gives the same folds
     * @return {@code k} arrays of row indexes, each sorted ascending; together they hold every row once
     * @throws NullPointerException if {@code labels} is null
     * @throws IllegalArgumentException if {@code k} is below 2 or above the number of rows
     */
    public static int[][] split(int[] labels, int k, long seed) {
        throw new UnsupportedOperationException(
                "Task 2 is yours: split the rows into stratified folds in StratifiedKFold.split (./kata hint churn when stuck)");
    }
}
