package dev.mlkatas.experiments.analysis;

import dev.mlkatas.experiments.MetricTests;
import dev.mlkatas.experiments.Msprt;
import dev.mlkatas.experiments.data.Experiment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The experiment watched as it ran: after each of a number of evenly spaced looks, Welch's p-value on the
 * users so far (what someone who peeks sees) and the mSPRT's always-valid p-value, whose variance is the
 * plug-in one of the users so far.
 *
 * <p>Example: {@code Looks looks = Looks.compute(experiment, 50, 0.05, tau2); looks.firstMsprt()}
 *
 * @param users the users in the experiment at each look
 * @param naive Welch's p-value at each look
 * @param alwaysValid the mSPRT's always-valid p-value at each look
 * @param firstNaive the first look with naive p &lt; alpha, or -1
 * @param firstMsprt the first look at which the mSPRT rejects, or -1
 * @param tau2 the mixing variance used
 */
public record Looks(int[] users, double[] naive, double[] alwaysValid, int firstNaive, int firstMsprt,
        double tau2) {

    public static Looks compute(Experiment experiment, int looks, double alpha, double tau2) {
        boolean[] arms = experiment.inTreatment();
        double[] metricT = experiment.treatment().metric();
        double[] metricC = experiment.control().metric();
        List<int[]> points = new ArrayList<>();
        List<double[]> estimates = new ArrayList<>();
        double[] sums = new double[4];
        int nt = 0;
        int nc = 0;
        int next = 1;
        for (int i = 0; i < arms.length; i++) {
            if (arms[i]) {
                sums[0] += metricT[nt];
                sums[1] += metricT[nt] * metricT[nt];
                nt++;
            } else {
                sums[2] += metricC[nc];
                sums[3] += metricC[nc] * metricC[nc];
                nc++;
            }
            if ((long) (i + 1) * looks < (long) next * arms.length) {
                continue;
            }
            next++;
            double varianceT = (sums[1] - sums[0] * sums[0] / nt) / (nt - 1);
            double varianceC = (sums[3] - sums[2] * sums[2] / nc) / (nc - 1);
            double variance = varianceT / nt + varianceC / nc;
            if (nt >= 2 && nc >= 2 && variance > 0) {
                points.add(new int[] {i + 1, nt, nc});
                estimates.add(new double[] {sums[0] / nt - sums[2] / nc, variance});
            }
        }
        int size = points.size();
        int[] users = new int[size];
        double[] naive = new double[size];
        double[] differences = new double[size];
        double[] variances = new double[size];
        int firstNaive = -1;
        for (int k = 0; k < size; k++) {
            int[] point = points.get(k);
            users[k] = point[0];
            differences[k] = estimates.get(k)[0];
            variances[k] = estimates.get(k)[1];
            naive[k] = MetricTests.welch(Arrays.copyOf(metricT, point[1]), Arrays.copyOf(metricC, point[2]), alpha)
                    .pValue();
            if (firstNaive < 0 && naive[k] < alpha) {
                firstNaive = k;
            }
        }
        double[] alwaysValid = Msprt.alwaysValidPValues(differences, variances, tau2);
        return new Looks(users, naive, alwaysValid, firstNaive,
                Msprt.firstRejection(differences, variances, tau2, alpha), tau2);
    }

    public int size() {
        return users.length;
    }
}
