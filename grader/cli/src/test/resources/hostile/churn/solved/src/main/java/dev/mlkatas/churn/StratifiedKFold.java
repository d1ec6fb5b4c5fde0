package dev.mlkatas.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

public final class StratifiedKFold {

    private StratifiedKFold() {
    }

    public static int[][] split(int[] labels, int k, long seed) {
        Objects.requireNonNull(labels, "labels must not be null");
        if (k < 2 || k > labels.length) {
            throw new IllegalArgumentException("k must be from 2 to " + labels.length + ", not " + k);
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            rows.add(i);
        }
        Collections.shuffle(rows, new Random(seed));
        rows.sort((a, b) -> Integer.compare(labels[a], labels[b]));
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            folds.get(i % k).add(rows.get(i));
        }
        int[][] result = new int[k][];
        for (int f = 0; f < k; f++) {
            result[f] = folds.get(f).stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(result[f]);
        }
        return result;
    }
}
