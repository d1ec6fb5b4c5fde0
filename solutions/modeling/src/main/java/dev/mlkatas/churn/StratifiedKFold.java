package dev.mlkatas.churn;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A stratified k-fold split (reference). Shuffle the rows, put them in order of class (keeping the
 * shuffled order within a class), and deal them out to the folds like cards, one fold after the other
 * without restarting between classes. Every class is then spread within one row of even, and so are the
 * folds' sizes.
 */
public final class StratifiedKFold {

    private StratifiedKFold() {
    }

    /**
     * Splits the rows into {@code k} folds at random, every class spread evenly.
     *
     * <p>Example: {@code split(new int[] {1, 0, 0, 1, 0, 0}, 2, 7)} could be {@code [[0, 2, 5], [1, 3, 4]]}.
     *
     * @param labels the class of each row
     * @param k the number of folds, from 2 to the number of rows
     * @param seed the seed of the shuffle
     * @return {@code k} arrays of row indexes, each sorted ascending; together they hold every row once
     */
    public static int[][] split(int[] labels, int k, long seed) {
        Objects.requireNonNull(labels, "labels must not be null");
        int n = labels.length;
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("k must be from 2 to the number of rows (" + n + "), not " + k);
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        // A stable sort by class keeps the shuffle within each class. Box-free: sort (class, position) keys.
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = ((long) labels[rows[i]] << 32) | i;
        }
        Arrays.sort(keyed);

        int[] sizes = new int[k];
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            int row = rows[(int) keyed[i]];
            fold[row] = i % k;
            sizes[i % k]++;
        }
        int[][] folds = new int[k][];
        int[] filled = new int[k];
        for (int f = 0; f < k; f++) {
            folds[f] = new int[sizes[f]];
        }
        for (int row = 0; row < n; row++) {
            folds[fold[row]][filled[fold[row]]++] = row;
        }
        return folds;
    }
}
