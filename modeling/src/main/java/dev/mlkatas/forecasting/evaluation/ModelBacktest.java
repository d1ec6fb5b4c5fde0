package dev.mlkatas.forecasting.evaluation;

import dev.mlkatas.forecasting.Backtest;
import dev.mlkatas.forecasting.HoltWinters;
import dev.mlkatas.forecasting.HoltWintersParameters;
import dev.mlkatas.forecasting.Split;
import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.forecasting.models.Autoregression;
import dev.mlkatas.forecasting.models.BoostedTrees;
import dev.mlkatas.forecasting.models.SeasonalNaive;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.output.Progress;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every model forecast from every origin of the rolling-origin backtest ({@link Backtest#rollingOrigin}),
 * learning only from the training range of each split. Holt-Winters and the boosted trees are refitted every
 * {@value #REFIT_EVERY} origins (Holt-Winters runs forward with its last parameters in between), as a shop would
 * retrain monthly; the seasonal naive forecast and AR are cheap and made afresh each time.
 *
 * <p>The boosted trees are a side comparison: when the history before the first origin is too short for their
 * lags, they are left out with a reason ({@link #treesLeftOut}) and the other three models are backtested all
 * the same.
 *
 * <p>Example: {@code ModelBacktest b = ModelBacktest.run(table, stockOuts, 26, 100, 7, progress);
 * b.forecasts()[Model.HOLT_WINTERS.ordinal()][s][k]} is the week forecast for series s from origin k.
 *
 * @param forecasts per model, series and split, the forecast of each day of the horizon; {@code null} for a
 *     model that was left out
 * @param parameters each series' Holt-Winters parameters at the last refit
 * @param treesLeftOut why the boosted trees were not backtested, or {@code null} when they were
 */
public record ModelBacktest(List<Split> splits, double[][][][] forecasts, HoltWintersParameters[] parameters,
        String treesLeftOut) {

    public static final int PERIOD = 7;
    public static final int HORIZON = BoostedTrees.MAX_HORIZON;
    public static final int REFIT_EVERY = 4;
    static final int AR_ORDER = 14;
    /**
     * The least history before the first origin: four weeks, so that Holt-Winters is fitted on more than its two
     * initial seasons and AR(14) has twice its order of days.
     */
    static final int MIN_HISTORY = 28;
    /** The history the boosted trees need before the first origin: their lags reach five weeks back, plus a few. */
    static final int TREES_HISTORY = 63;

    /** The models compared, in the order of the report. */
    public enum Model {
        SEASONAL_NAIVE("seasonal naive", "seasonalNaive"),
        HOLT_WINTERS("Holt-Winters", "holtWinters"),
        AUTOREGRESSION("AR(14), Yule-Walker", "autoregression"),
        BOOSTED_TREES("gradient-boosted trees", "boostedTrees");

        private final String label;
        private final String key;

        Model(String label, String key) {
            this.label = label;
            this.key = key;
        }

        public String label() {
            return label;
        }

        /** The model's name in summary.json. */
        public String key() {
            return key;
        }
    }

    /** The first origin that leaves room for {@code origins} weekly origins before the end of the table. */
    public static int firstOrigin(SalesTable table, int origins) {
        int initial = table.days() - HORIZON - PERIOD * (origins - 1);
        if (initial < MIN_HISTORY) {
            throw new BadInputException(table.source() + ": " + table.days() + " days are too few for " + origins
                    + " weekly origins; the backtest needs " + (MIN_HISTORY + HORIZON + PERIOD * (origins - 1))
                    + " (" + MIN_HISTORY + " days before the first origin): choose fewer --origins");
        }
        return initial;
    }

    public static ModelBacktest run(SalesTable table, StockOuts stockOuts, int origins, int trees, long seed,
            Progress progress) {
        List<Split> splits = Backtest.rollingOrigin(table.days(), firstOrigin(table, origins), HORIZON, PERIOD);
        int series = table.series().size();
        double[][][][] forecasts = new double[Model.values().length][series][splits.size()][];
        List<double[]> demand = stockOuts.demand();
        HoltWintersParameters[] parameters = new HoltWintersParameters[series];
        try (Progress.Step step = progress.step("backtesting the seasonal naive forecast, Holt-Winters and AR on "
                + series + " series × " + splits.size() + " origins")) {
            IntStream.range(0, series).parallel().forEach(s -> {
                for (int k = 0; k < splits.size(); k++) {
                    Split split = splits.get(k);
                    double[] training = Arrays.copyOfRange(demand.get(s), split.trainStart(), split.trainEnd());
                    if (k % REFIT_EVERY == 0) {
                        parameters[s] = HoltWinters.fit(training, PERIOD);
                    }
                    forecasts[Model.SEASONAL_NAIVE.ordinal()][s][k] = SeasonalNaive.forecast(training, PERIOD,
                            split.horizon());
                    forecasts[Model.HOLT_WINTERS.ordinal()][s][k] = atLeastZero(HoltWinters.forecast(training, PERIOD,
                            parameters[s], split.horizon()));
                    forecasts[Model.AUTOREGRESSION.ordinal()][s][k] = Autoregression.forecast(training, AR_ORDER,
                            split.horizon());
                }
            });
        }
        int history = splits.get(0).trainEnd();
        if (history < TREES_HISTORY) {
            forecasts[Model.BOOSTED_TREES.ordinal()] = null;
            return new ModelBacktest(splits, forecasts, parameters, "their lags need " + TREES_HISTORY
                    + " days before the first origin and this history gives " + history + "; choose fewer --origins "
                    + "to compare them");
        }
        try (Progress.Step step = progress.step("backtesting the gradient-boosted trees (" + trees + " trees, refitted "
                + "every " + REFIT_EVERY + " origins)")) {
            BoostedTrees model = null;
            for (int k = 0; k < splits.size(); k++) {
                Split split = splits.get(k);
                if (k % REFIT_EVERY == 0) {
                    model = BoostedTrees.fit(table, demand, stockOuts.censored(), split.trainEnd(), trees, seed + k);
                }
                for (int s = 0; s < series; s++) {
                    forecasts[Model.BOOSTED_TREES.ordinal()][s][k] = model.forecast(table, demand, s, split.origin(),
                            split.horizon());
                }
            }
        }
        return new ModelBacktest(splits, forecasts, parameters, null);
    }

    /** The models that were backtested, in the order of {@link Model}. */
    public List<Model> models() {
        return Arrays.stream(Model.values()).filter(model -> forecasts[model.ordinal()] != null).toList();
    }

    private static double[] atLeastZero(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(0, values[i]);
        }
        return values;
    }
}
