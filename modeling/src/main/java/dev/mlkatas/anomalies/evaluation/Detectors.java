package dev.mlkatas.anomalies.evaluation;

import dev.mlkatas.anomalies.AveragePrecision;
import dev.mlkatas.anomalies.CostThreshold;
import dev.mlkatas.anomalies.RollingMad;
import dev.mlkatas.anomalies.data.Transactions;
import dev.mlkatas.output.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import smile.anomaly.IsolationForest;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.math.MathEx;
import smile.validation.metric.AUC;

/**
 * The three detectors on the last part of the transactions in time order: the kata's rolling median and MAD on
 * the amounts (no labels, no features), Smile's isolation forest on the features (no labels) and Smile's
 * gradient-boosted trees trained on the labelled first part. Each is scored with AP, ROC AUC and the
 * cost-optimal threshold.
 *
 * <p>Example: {@code Detectors.run(transactions, settings, progress)}
 */
public final class Detectors {

    /**
     * How the detectors are set up and what mistakes cost.
     *
     * @param testShare the last share of the rows, in time order, that every detector is scored on
     * @param window the rolling detector's window
     * @param k the rolling detector's flag, in scaled MADs
     * @param trees the trees of the forest and of the boosted model
     * @param missCost what a paid fraud costs
     * @param blockCost what a blocked good order costs
     * @param seed the seed of the models' random choices
     */
    public record Settings(double testShare, int window, double k, int trees, double missCost, double blockCost,
            long seed) {
    }

    private Detectors() {
    }

    /**
     * Why the boosted trees cannot learn from the training part (it holds no fraud, or nothing but fraud), or
     * empty when they can. They are a side comparison: without them the other two detectors still run. The
     * reason is bare ({@code the first 70 % of the rows ... hold no fraud}); each output words it in its place.
     */
    public static Optional<String> boostedCannotLearn(Transactions t, Settings s) {
        int from = t.testStart(s.testShare());
        int frauds = Arrays.stream(t.label(), 0, from).sum();
        if (frauds > 0 && frauds < from) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the first %.0f %% of the rows in time order, which they "
                + "learn from, hold %s", 100 * (1 - s.testShare()),
                frauds == 0 ? "no fraud" : "nothing but fraud"));
    }

    /**
     * Every detector's result, in the order: rolling MAD, isolation forest, boosted trees; the boosted trees only
     * when they can learn ({@link #boostedCannotLearn}).
     */
    public static List<ModelResult> run(Transactions t, Settings s, Progress progress) {
        int from = t.testStart(s.testShare());
        int[] labels = Arrays.copyOfRange(t.label(), from, t.size());
        double[][] train = Arrays.copyOfRange(t.x(), 0, from);
        double[][] test = Arrays.copyOfRange(t.x(), from, t.size());
        int[] trainLabels = Arrays.copyOfRange(t.label(), 0, from);
        List<ModelResult> results = new ArrayList<>();
        results.add(score("rollingMad", "rolling median and MAD of the amount (window " + s.window() + ")", labels, s,
                progress, () -> rolling(t, from, s)));
        results.add(score("isolationForest", "isolation forest (Smile, " + s.trees() + " trees)", labels, s, progress,
                () -> isolation(train, test, s)));
        if (boostedCannotLearn(t, s).isEmpty()) {
            results.add(score("boostedTrees", "gradient-boosted trees (Smile, " + s.trees() + " trees)", labels, s,
                    progress, () -> boosted(train, trainLabels, test, s)));
        }
        return results;
    }

    private static ModelResult score(String key, String title, int[] labels, Settings s, Progress progress,
            Supplier<double[]> detector) {
        double[] scores;
        double seconds;
        try (Progress.Step step = progress.step(title)) {
            scores = detector.get();
            seconds = step.seconds();
        }
        // Infinite scores (a MAD of 0) rank above everything; AP and the threshold want finite numbers.
        double top = 0;
        for (double v : scores) {
            top = Double.isFinite(v) ? Math.max(top, v) : top;
        }
        double[] finite = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            finite[i] = Double.isFinite(scores[i]) ? scores[i] : top + 1;
        }
        CostThreshold.Choice choice = CostThreshold.choose(finite, labels, s.missCost(), s.blockCost());
        int caught = 0;
        int blockedGood = 0;
        for (int i = 0; i < finite.length; i++) {
            if (finite[i] >= choice.threshold()) {
                caught += labels[i];
                blockedGood += 1 - labels[i];
            }
        }
        return new ModelResult(key, title, finite, AveragePrecision.of(labels, finite), AUC.of(labels, finite),
                choice, caught, blockedGood, seconds);
    }

    /** The candidate's detector streams every amount; the scores of the test part are kept. */
    private static double[] rolling(Transactions t, int from, Settings s) {
        RollingMad detector = new RollingMad(s.window(), s.k());
        double[] scores = new double[t.size() - from];
        for (int i = 0; i < t.size(); i++) {
            double score = detector.next(t.amount()[i]).score();
            if (i >= from) {
                scores[i - from] = score;
            }
        }
        return scores;
    }

    private static double[] isolation(double[][] train, double[][] test, Settings s) {
        int[] varying = varyingColumns(train);
        // The original recipe: trees of 256 rows each, as deep as a balanced tree of them.
        int sample = Math.min(256, train.length);
        int depth = Math.max(1, (int) Math.ceil(Math.log(sample) / Math.log(2)));
        double[][] rows = select(train, varying);
        // Smile grows the trees in a parallel stream, each thread drawing from its own generator: in a pool of
        // one thread seeded first, the same seed gives the same forest.
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            IsolationForest forest = pool.submit(() -> {
                MathEx.setSeed(s.seed());
                return IsolationForest.fit(rows, s.trees(), depth, (double) sample / train.length, 0);
            }).get();
            return forest.score(select(test, varying));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while growing the isolation forest", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the isolation forest could not be grown: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static double[] boosted(double[][] train, int[] labels, double[][] test, Settings s) {
        MathEx.setSeed(s.seed());
        String[] names = new String[train[0].length];
        Arrays.setAll(names, c -> "x" + c);
        DataFrame frame = DataFrame.of(train, names).merge(IntVector.of("fraud", labels));
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs("fraud"), frame, s.trees(), 20, 6, 5, 0.05, 0.7);
        DataFrame rows = DataFrame.of(test, names);
        double[] posterior = new double[2];
        double[] scores = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            Tuple row = rows.get(i);
            model.predict(row, posterior);
            scores[i] = posterior[1];
        }
        return scores;
    }

    /** Columns that are not constant in the training part: a constant column only wastes the forest's splits. */
    static int[] varyingColumns(double[][] rows) {
        int columns = rows[0].length;
        return java.util.stream.IntStream.range(0, columns).filter(c -> {
            for (double[] row : rows) {
                if (row[c] != rows[0][c]) {
                    return true;
                }
            }
            return false;
        }).toArray();
    }

    private static double[][] select(double[][] rows, int[] columns) {
        double[][] out = new double[rows.length][columns.length];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < columns.length; c++) {
                out[i][c] = rows[i][columns[c]];
            }
        }
        return out;
    }
}
