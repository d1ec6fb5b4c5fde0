package dev.mlkatas.churn.evaluation;

import dev.mlkatas.churn.Auc;
import dev.mlkatas.churn.StratifiedKFold;
import dev.mlkatas.churn.data.ChurnData;
import dev.mlkatas.churn.models.ChurnLearner;
import dev.mlkatas.customers.CustomerTable;
import dev.mlkatas.customers.EncodedFeatures;
import dev.mlkatas.customers.MedianImputer;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.output.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Cross-validates every churn model on the calibration rows with stratified folds ({@link StratifiedKFold}),
 * then fits each on all of them and scores the holdout. Missing numbers are filled with medians learnt
 * inside each fold; text columns are one-hot encoded once for all rows.
 *
 * <p>Example: {@code ModelComparison.run(data, new Settings(5, 7, 150), progress).best()}
 */
public final class ModelComparison {

    /** How to compare: {@code k} folds, the seed of folds and fits, the size of the tree ensembles. */
    public record Settings(int folds, long seed, int trees) {}

    /**
     * One model's results.
     *
     * @param foldAucs the AUC on each validation fold
     * @param outOfFold each calibration row's probability from the fold model that did not see it
     * @param holdoutScores each holdout row's probability from the model fitted on all calibration rows
     */
    public record ModelResult(ChurnLearner learner, double[] foldAucs, double[] outOfFold, double[] holdoutScores,
            ChurnMetrics holdout) {

        public double cvMean() {
            return Arrays.stream(foldAucs).average().orElse(Double.NaN);
        }

        /** The sample standard deviation of the fold AUCs. */
        public double cvSd() {
            double mean = cvMean();
            double squares = Arrays.stream(foldAucs).map(a -> (a - mean) * (a - mean)).sum();
            return Math.sqrt(squares / (foldAucs.length - 1));
        }
    }

    /** Everything the report needs. */
    public record Comparison(Settings settings, List<ModelResult> results, int[] calibrationLabels,
            int[] holdoutLabels, List<String> features, List<String> preprocessing) {

        /** The model with the best mean cross-validated AUC. */
        public ModelResult best() {
            ModelResult best = results.get(0);
            for (ModelResult result : results) {
                if (result.cvMean() > best.cvMean()) {
                    best = result;
                }
            }
            return best;
        }
    }

    private ModelComparison() {
    }

    public static Comparison run(ChurnData data, Settings settings, Progress progress) {
        CustomerTable calibration = data.calibration();
        int[] labels = calibration.labels();
        requireEnoughOfEachClass(calibration, settings.folds());
        EncodedFeatures encoded = EncodedFeatures.of(calibration.append(data.holdout()));
        int calibrationRows = calibration.rows();
        int[] allCalibration = IntStream.range(0, calibrationRows).toArray();
        int[] holdoutRows = IntStream.range(calibrationRows, encoded.x().length).toArray();

        int[][] folds = StratifiedKFold.split(labels, settings.folds(), settings.seed());
        List<ChurnLearner> learners = List.of(ChurnLearner.values());
        double[][] foldAucs = new double[learners.size()][settings.folds()];
        double[][] outOfFold = new double[learners.size()][calibrationRows];
        for (int f = 0; f < folds.length; f++) {
            int[] test = folds[f];
            int[] train = complement(test, calibrationRows);
            MedianImputer imputer = MedianImputer.fit(encoded.x(), train);
            double[][] trainX = imputer.apply(encoded.x(), train);
            double[][] testX = imputer.apply(encoded.x(), test);
            int[] trainY = pick(labels, train);
            int[] testY = pick(labels, test);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "fold %d/%d:", f + 1, folds.length));
            for (int m = 0; m < learners.size(); m++) {
                ChurnLearner learner = learners.get(m);
                double[] scores;
                double seconds;
                try (Progress.Step step = progress.step("fold " + (f + 1) + ": fitting " + learner.title())) {
                    scores = learner.fit(trainX, trainY, settings.seed(), settings.trees()).score(testX);
                    seconds = step.seconds();
                }
                foldAucs[m][f] = Auc.of(testY, scores);
                for (int i = 0; i < test.length; i++) {
                    outOfFold[m][test[i]] = scores[i];
                }
                line.append(String.format(Locale.ROOT, " %s AUC %.3f (%.1f s)%s", learner.title(), foldAucs[m][f], seconds,
                        m + 1 < learners.size() ? "," : ""));
            }
            progress.say(line.toString());
        }

        MedianImputer imputer = MedianImputer.fit(encoded.x(), allCalibration);
        double[][] calibrationX = imputer.apply(encoded.x(), allCalibration);
        double[][] holdoutX = imputer.apply(encoded.x(), holdoutRows);
        int[] holdoutLabels = data.holdout().labels();
        List<ModelResult> results = new ArrayList<>();
        for (int m = 0; m < learners.size(); m++) {
            ChurnLearner learner = learners.get(m);
            double[] scores;
            try (Progress.Step step = progress.step("fitting " + learner.title() + " on all calibration rows")) {
                scores = learner.fit(calibrationX, labels, settings.seed(), settings.trees()).score(holdoutX);
            }
            ChurnMetrics metrics = ChurnMetrics.of(holdoutLabels, scores);
            progress.say(String.format(Locale.ROOT, "holdout: %s AUC %.3f", learner.title(), metrics.auc()));
            results.add(new ModelResult(learner, foldAucs[m], outOfFold[m], scores, metrics));
        }
        List<String> preprocessing = new ArrayList<>(encoded.notes());
        preprocessing.addAll(imputer.describe(encoded.x(), allCalibration, encoded.names()));
        return new Comparison(settings, List.copyOf(results), labels, holdoutLabels, encoded.names(),
                List.copyOf(preprocessing));
    }

    private static void requireEnoughOfEachClass(CustomerTable table, int k) {
        int positives = table.positives();
        int fewest = Math.min(positives, table.rows() - positives);
        if (fewest < k) {
            throw new BadInputException("label '" + table.labelName() + "' has only " + fewest + " calibration rows of class "
                    + (positives == fewest ? "1" : "0") + ": " + k + " folds need at least " + k + " of each class");
        }
    }

    private static int[] complement(int[] rows, int n) {
        boolean[] taken = new boolean[n];
        for (int row : rows) {
            taken[row] = true;
        }
        return IntStream.range(0, n).filter(i -> !taken[i]).toArray();
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] picked = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }
}
