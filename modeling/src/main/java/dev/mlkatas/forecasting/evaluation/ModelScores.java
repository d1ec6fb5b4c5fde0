package dev.mlkatas.forecasting.evaluation;

import dev.mlkatas.forecasting.Backtest;
import dev.mlkatas.forecasting.Split;
import dev.mlkatas.forecasting.data.SalesTable;
import java.util.Arrays;
import java.util.List;

/**
 * How one model did in the backtest, on the days that are not stock-outs: WAPE over every series (by
 * {@link Backtest#wape}), MASE per series (by {@link Backtest#mase}, scaled on the history before the first
 * origin) and its mean and median, and WAPE by lead time.
 *
 * <p>Example: {@code ModelScores.of(table, stockOuts, backtest, Model.HOLT_WINTERS).wape()}
 *
 * @param meanMase the mean of the series' finite MASEs
 * @param unscaledSeries series whose history repeats its weeks exactly, so that their MASE is infinite or 0
 */
public record ModelScores(ModelBacktest.Model model, double wape, double meanMase, double medianMase,
        double[] maseBySeries, double[] wapeByLead, int scoredDays, int unscaledSeries) {

    public static ModelScores of(SalesTable table, StockOuts stockOuts, ModelBacktest backtest,
            ModelBacktest.Model model) {
        List<Split> splits = backtest.splits();
        int series = table.series().size();
        int horizon = ModelBacktest.HORIZON;
        double[] allActual = new double[series * splits.size() * horizon];
        double[] allForecast = new double[allActual.length];
        double[][] leadActual = new double[horizon][allActual.length];
        double[][] leadForecast = new double[horizon][allActual.length];
        int[] leadCount = new int[horizon];
        int count = 0;
        double[] mase = new double[series];
        int unscaled = 0;
        for (int s = 0; s < series; s++) {
            double[] sales = table.series().get(s).sales();
            boolean[] censored = stockOuts.censored().get(s);
            double[] actual = new double[splits.size() * horizon];
            double[] forecast = new double[actual.length];
            int n = 0;
            for (int k = 0; k < splits.size(); k++) {
                double[] week = backtest.forecasts()[model.ordinal()][s][k];
                for (int h = 0; h < week.length; h++) {
                    int t = splits.get(k).origin() + h;
                    if (!censored[t]) {
                        actual[n] = sales[t];
                        forecast[n++] = week[h];
                        leadActual[h][leadCount[h]] = sales[t];
                        leadForecast[h][leadCount[h]++] = week[h];
                    }
                }
            }
            System.arraycopy(actual, 0, allActual, count, n);
            System.arraycopy(forecast, 0, allForecast, count, n);
            count += n;
            double[] history = Arrays.copyOfRange(stockOuts.demand().get(s), 0, splits.get(0).trainEnd());
            mase[s] = n == 0 ? Double.NaN : Backtest.mase(Arrays.copyOf(actual, n), Arrays.copyOf(forecast, n), history,
                    ModelBacktest.PERIOD);
            unscaled += Double.isFinite(mase[s]) && mase[s] != 0 ? 0 : 1;
        }
        double[] byLead = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            byLead[h] = leadCount[h] == 0 ? Double.NaN
                    : Backtest.wape(Arrays.copyOf(leadActual[h], leadCount[h]),
                            Arrays.copyOf(leadForecast[h], leadCount[h]));
        }
        double[] finite = Arrays.stream(mase).filter(m -> Double.isFinite(m) && m != 0).sorted().toArray();
        double mean = finite.length == 0 ? Double.NaN : Arrays.stream(finite).average().orElse(Double.NaN);
        double median = finite.length == 0 ? Double.NaN
                : (finite[(finite.length - 1) / 2] + finite[finite.length / 2]) / 2;
        return new ModelScores(model, Backtest.wape(Arrays.copyOf(allActual, count), Arrays.copyOf(allForecast, count)),
                mean, median, mase, byLead, count, unscaled);
    }
}
