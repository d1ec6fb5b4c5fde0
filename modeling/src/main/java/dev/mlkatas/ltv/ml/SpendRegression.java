package dev.mlkatas.ltv.ml;

import dev.mlkatas.customers.BehaviourFeatures;
import dev.mlkatas.customers.MedianImputer;
import dev.mlkatas.ltv.data.LtvData;
import dev.mlkatas.orders.CustomerHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;

/**
 * The machine-learning alternative to the probabilistic models: Smile's gradient-boosted regression trees
 * from a customer's behaviour ({@link BehaviourFeatures}) to what they spend next. It learns one holdout
 * length earlier, where the answer is known: features at (calibration end - holdout length), target the
 * spend up to the calibration end. Then it predicts the holdout from the features at the calibration end.
 * When the calibration period is shorter than the holdout, few customers or none had ordered that early, and
 * {@link #cannotLearn} says so instead.
 *
 * <p>Example: {@code double[] predicted = SpendRegression.predict(data, 7, 100).predictions();}
 *
 * @param predictions each calibration customer's predicted holdout spend, never below 0
 * @param trainingRows how many customers it learnt from
 */
public record SpendRegression(double[] predictions, int trainingRows) {

    private static final int MIN_TRAINING_ROWS = 20;

    /**
     * Why the regression cannot learn from {@code data}, in one sentence, if it cannot: it needs customers who
     * had ordered one holdout length before the calibration end, and a short calibration period has too few.
     */
    public static Optional<String> cannotLearn(LtvData data) {
        long start = data.calibrationEnd().toEpochDay() - data.holdoutDays();
        long learnable = data.histories().stream().filter(h -> BehaviourFeatures.hasOrdered(h, start)).count();
        if (learnable >= MIN_TRAINING_ROWS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the gradient-boosted comparison was skipped: it learns from "
                + "the customers who had ordered by %s, one holdout length (%d days) before the calibration end %s, "
                + "and needs %d of them, but there %s %d; a later --calibration-end gives it more history",
                data.calibrationEnd().minusDays(data.holdoutDays()), data.holdoutDays(), data.calibrationEnd(),
                MIN_TRAINING_ROWS, learnable == 1 ? "is" : "are", learnable));
    }

    /** Learns and predicts; {@link #cannotLearn} must be empty for {@code data}. */
    public static SpendRegression predict(LtvData data, long seed, int trees) {
        cannotLearn(data).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        long end = data.calibrationEnd().toEpochDay();
        long start = end - data.holdoutDays();
        List<double[]> training = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (CustomerHistory history : data.histories()) {
            if (!BehaviourFeatures.hasOrdered(history, start)) {
                continue;
            }
            training.add(BehaviourFeatures.at(history, start));
            double spend = 0;
            for (int i = 0; i < history.size(); i++) {
                if (history.epochDay(i) > start && history.epochDay(i) <= end) {
                    spend += history.amount(i);
                }
            }
            targets.add(spend);
        }
        double[][] x = training.toArray(double[][]::new);
        int[] all = IntStream.range(0, x.length).toArray();
        MedianImputer imputer = MedianImputer.fit(x, all);
        String[] names = BehaviourFeatures.NAMES.toArray(String[]::new);
        DataFrame frame = DataFrame.of(imputer.apply(x, all), names)
                .merge(DoubleVector.of("spend", targets.stream().mapToDouble(Double::doubleValue).toArray()));
        // Smile draws the subsamples from the calling thread's generator: seed it.
        MathEx.setSeed(seed);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs("spend"), frame, Loss.ls(), trees, 20, 8, 20, 0.05, 0.7);

        double[][] now = new double[data.customers()][];
        for (int c = 0; c < now.length; c++) {
            now[c] = BehaviourFeatures.at(data.histories().get(c), end);
        }
        int[] rows = IntStream.range(0, now.length).toArray();
        DataFrame current = DataFrame.of(imputer.apply(now, rows), names);
        double[] predictions = new double[now.length];
        for (int c = 0; c < now.length; c++) {
            predictions[c] = Math.max(0, model.predict(current.get(c)));
        }
        return new SpendRegression(predictions, x.length);
    }
}
