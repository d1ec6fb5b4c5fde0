package dev.mlkatas.ranking.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** NDCG@k with tie-aware DCG (McSherry and Najork). */
public final class Ndcg {

    private Ndcg() {
    }

    /**
     * NDCG@k of one ranked list.
     *
     * @param k the cut-off
     * @param scores the ranker's scores
     * @param grades the grades of the listed items
     * @param allJudgedGrades the grades of every judged item of the query
     * @return NDCG@k
     */
    public static double at(int k, double[] scores, int[] grades, int[] allJudgedGrades) {
        if (k < 1) {
            throw new IllegalArgumentException("k < 1: " + k);
        }
        if (scores.length != grades.length) {
            throw new IllegalArgumentException("scores and grades differ in length");
        }
        Map<Integer, Integer> judged = new HashMap<>();
        for (int grade : allJudgedGrades) {
            if (grade < 0) {
                throw new IllegalArgumentException("negative judged grade " + grade);
            }
            judged.merge(grade, 1, Integer::sum);
        }
        Map<Integer, Integer> listed = new HashMap<>();
        for (int i = 0; i < grades.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("NaN score at " + i);
            }
            if (grades[i] < 0) {
                throw new IllegalArgumentException("negative grade " + grades[i]);
            }
            listed.merge(grades[i], 1, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> entry : listed.entrySet()) {
            if (entry.getKey() > 0 && entry.getValue() > judged.getOrDefault(entry.getKey(), 0)) {
                throw new IllegalArgumentException("more items of grade " + entry.getKey() + " than judged");
            }
        }
        // The best this list could do: its own grades in descending order.
        int[] ideal = grades.clone();
        Arrays.sort(ideal);
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.length); i++) {
            idcg += gain(ideal[ideal.length - 1 - i]) / log2(i + 2);
        }
        if (idcg == 0) {
            return 0;
        }
        return dcg(k, scores, grades) / idcg;
    }

    private static double dcg(int k, double[] scores, int[] grades) {
        // Distinct scores, highest first; each group of tied items shares its average gain.
        List<Double> levels = new ArrayList<>();
        for (double score : scores) {
            double s = score == 0 ? 0.0 : score;
            if (!levels.contains(s)) {
                levels.add(s);
            }
        }
        levels.sort((x, y) -> Double.compare(y, x));
        double dcg = 0;
        int position = 0;
        for (double level : levels) {
            double gains = 0;
            int count = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] == level) {
                    gains += gain(grades[i]);
                    count++;
                }
            }
            for (int p = position; p < position + count && p < k; p++) {
                dcg += gains / count / log2(p + 2);
            }
            position += count;
        }
        return dcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
