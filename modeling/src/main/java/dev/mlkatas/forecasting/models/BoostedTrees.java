package dev.mlkatas.forecasting.models;

import dev.mlkatas.forecasting.data.ClosingDays;
import dev.mlkatas.forecasting.data.SalesTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;

/**
 * Smile's gradient-boosted regression trees, one model for every store and item, on features known a week
 * ahead: the sales of the same weekday 1 to 4 weeks before and the mean of the 28 days ending a week before
 * (each divided by that mean plus one, so that milk and coffee share one model), the weekday, the month, and
 * whether the shops close that day or the next two. It forecasts up to 7 days after its origin.
 *
 * <p>Example: {@code BoostedTrees model = BoostedTrees.fit(table, demand, censored, origin, 100, 7);
 * double[] week = model.forecast(table, demand, s, origin, 7);}
 */
public final class BoostedTrees {

    /** The longest horizon: every lag is at least a week. */
    public static final int MAX_HORIZON = 7;
    static final String[] NAMES = {"store", "item", "weekday", "month", "closed", "eve", "lag7", "lag14", "lag21",
        "lag28", "level"};
    private static final int FIRST_DAY = 35;
    private static final int MAX_ROWS = 60_000;

    private final GradientTreeBoost model;

    private BoostedTrees(GradientTreeBoost model) {
        this.model = model;
    }

    /** Learns from the days before {@code origin} of every series, stock-outs left out, the most recent first. */
    public static BoostedTrees fit(SalesTable table, List<double[]> demand, List<boolean[]> censored, int origin,
            int trees, long seed) {
        int series = table.series().size();
        int days = Math.min(origin - FIRST_DAY, Math.max(28, MAX_ROWS / series));
        int[][] codes = codes(table);
        List<double[]> rows = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            for (int t = origin - days; t < origin; t++) {
                if (!censored.get(s)[t]) {
                    double[] x = features(table, codes, demand.get(s), s, t);
                    rows.add(x);
                    targets.add(demand.get(s)[t] / scale(demand.get(s), t));
                }
            }
        }
        DataFrame frame = DataFrame.of(rows.toArray(double[][]::new), NAMES)
                .merge(DoubleVector.of("sales", targets.stream().mapToDouble(Double::doubleValue).toArray()));
        // Smile draws the subsamples from the calling thread's generator: seed it.
        MathEx.setSeed(seed);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs("sales"), frame, Loss.ls(), trees, 6, 32, 20, 0.1,
                0.7);
        return new BoostedTrees(model);
    }

    /** The days {@code origin .. origin + horizon - 1} of series {@code s}, never below zero. */
    public double[] forecast(SalesTable table, List<double[]> demand, int s, int origin, int horizon) {
        if (horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("the boosted trees forecast at most " + MAX_HORIZON + " days ahead");
        }
        double[] forecast = new double[horizon];
        int[][] codes = codes(table);
        double[][] x = new double[horizon][];
        for (int h = 0; h < horizon; h++) {
            x[h] = features(table, codes, demand.get(s), s, origin + h);
        }
        DataFrame frame = DataFrame.of(x, NAMES);
        for (int h = 0; h < horizon; h++) {
            forecast[h] = Math.max(0, model.predict(frame.get(h)) * scale(demand.get(s), origin + h));
        }
        return forecast;
    }

    /** The features of day t, from values at least a week before it. */
    private static double[] features(SalesTable table, int[][] codes, double[] y, int s, int t) {
        LocalDate date = table.date(t);
        double scale = scale(y, t);
        return new double[] {codes[s][0], codes[s][1],
            date.getDayOfWeek().getValue(), date.getMonthValue(), ClosingDays.isClosed(date) ? 1 : 0,
            ClosingDays.isEve(date) ? 1 : 0, y[t - 7] / scale, y[t - 14] / scale, y[t - 21] / scale, y[t - 28] / scale,
            scale};
    }

    /** Each series' store and item as numbers: their places among the stores and items of the table. */
    private static int[][] codes(SalesTable table) {
        List<String> stores = table.stores();
        List<String> items = table.items();
        int[][] codes = new int[table.series().size()][];
        for (int s = 0; s < codes.length; s++) {
            SalesTable.Series series = table.series().get(s);
            codes[s] = new int[] {stores.indexOf(series.store()), items.indexOf(series.item())};
        }
        return codes;
    }

    /** One plus the mean of the 28 days ending a week before day t. */
    private static double scale(double[] y, int t) {
        double sum = 0;
        for (int d = t - 34; d <= t - 7; d++) {
            sum += y[d];
        }
        return 1 + sum / 28;
    }
}
