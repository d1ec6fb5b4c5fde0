package dev.mlkatas.forecasting.report;

import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.forecasting.evaluation.ModelBacktest;
import dev.mlkatas.forecasting.evaluation.ModelScores;
import dev.mlkatas.forecasting.evaluation.Outlook;
import dev.mlkatas.forecasting.evaluation.StockOuts;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of the forecasting job found, for {@link ForecastReport}, {@link ForecastCharts} and
 * {@link ForecastSummary}.
 *
 * <p>Example: {@code new ForecastRun(inputs, seed, table, stockOuts, backtest, scores, outlook, trees, seconds)}
 *
 * @param scores one per backtested model, in the order of {@link ModelBacktest.Model}
 */
public record ForecastRun(Map<String, Object> inputs, long seed, SalesTable table, StockOuts stockOuts,
        ModelBacktest backtest, List<ModelScores> scores, Outlook outlook, int trees, double seconds) {

    /** Stock-outs the simulation made that the rule found, and all it made; null for a file. */
    public int[] simulatedStockOutsFound() {
        if (table.stockOuts() == null) {
            return null;
        }
        int found = 0;
        int all = 0;
        for (int s = 0; s < table.series().size(); s++) {
            boolean[] truth = table.stockOuts().get(s);
            for (int t = 0; t < truth.length; t++) {
                all += truth[t] ? 1 : 0;
                found += truth[t] && stockOuts.censored().get(s)[t] ? 1 : 0;
            }
        }
        return new int[] {found, all};
    }
}
