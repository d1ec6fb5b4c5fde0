package dev.mlkatas.churn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/** Stratified k-fold: group the rows by class, shuffle each group, deal each group round the folds. */
public final class StratifiedKFold {

    private StratifiedKFold() {
    }

    /**
     * Splits the rows into k folds, every class spread evenly.
     *
     * @param labels the class of each row
     * @param k the number of folds
     * @param seed the seed of the shuffle
     * @return the folds, each sorted
     */
    public static int[][] split(int[] labels, int k, long seed) {
        Objects.requireNonNull(labels, "labels is null");
        if (k < 2 || k > labels.length) {
            throw new IllegalArgumentException("k must be between 2 and " + labels.length + ": " + k);
        }
        Map<Integer, List<Integer>> byClass = new TreeMap<>();
        for (int row = 0; row < labels.length; row++) {
            byClass.computeIfAbsent(labels[row], label -> new ArrayList<>()).add(row);
        }
        Random random = new Random(seed);
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (List<Integer> rows : byClass.values()) {
            Collections.shuffle(rows, random);
            for (int i = 0; i < rows.size(); i++) {
                folds.get(i % k).add(rows.get(i));
            }
        }
        int[][] result = new int[k][];
        for (int f = 0; f < k; f++) {
            result[f] = folds.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return result;
    }
}
