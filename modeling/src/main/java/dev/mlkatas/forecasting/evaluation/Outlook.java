package dev.mlkatas.forecasting.evaluation;

import dev.mlkatas.forecasting.HoltWinters;
import dev.mlkatas.forecasting.HoltWintersParameters;
import dev.mlkatas.forecasting.data.ClosingDays;
import dev.mlkatas.forecasting.data.SalesTable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the shelves get: Holt-Winters refitted on the whole history of the busiest series and its forecast of
 * the next week (0 on the days the shops close), with an 80 % interval from that series' backtest errors; and
 * how often such intervals held over every series, built on the first half of the origins and checked on the
 * second.
 *
 * <p>Example: {@code Outlook o = Outlook.of(table, stockOuts, backtest); o.forecast()[0]} is tomorrow's forecast.
 *
 * @param series the series shown: the one with the most sales
 * @param coverage the share of the second half's scored days inside the first half's 80 % intervals
 */
public record Outlook(int series, HoltWintersParameters parameters, double[] forecast, Interval interval,
        double coverage) {

    /** The interval's lower ends, 0 on closing days. */
    public double[] lower() {
        double[] lower = interval.lower(forecast);
        for (int h = 0; h < lower.length; h++) {
            lower[h] = forecast[h] == 0 ? 0 : lower[h];
        }
        return lower;
    }

    /** The interval's upper ends, 0 on closing days. */
    public double[] upper() {
        double[] upper = interval.upper(forecast);
        for (int h = 0; h < upper.length; h++) {
            upper[h] = forecast[h] == 0 ? 0 : upper[h];
        }
        return upper;
    }

    public static Outlook of(SalesTable table, StockOuts stockOuts, ModelBacktest backtest) {
        int busiest = 0;
        double most = -1;
        for (int s = 0; s < table.series().size(); s++) {
            double total = 0;
            for (double value : table.series().get(s).sales()) {
                total += value;
            }
            if (total > most) {
                most = total;
                busiest = s;
            }
        }
        double[] history = stockOuts.demand().get(busiest);
        HoltWintersParameters parameters = HoltWinters.fit(history, ModelBacktest.PERIOD);
        double[] forecast = HoltWinters.forecast(history, ModelBacktest.PERIOD, parameters, ModelBacktest.HORIZON);
        for (int h = 0; h < forecast.length; h++) {
            // Holt-Winters knows no holidays; the calendar does, and a closed shop sells nothing.
            forecast[h] = ClosingDays.isClosed(table.date(table.days() + h)) ? 0 : Math.max(0, forecast[h]);
        }
        int origins = backtest.splits().size();
        Interval interval = Interval.fromErrors(errors(table, stockOuts, backtest, busiest, 0, origins));
        int inside = 0;
        int checked = 0;
        for (int s = 0; s < table.series().size(); s++) {
            Interval early = Interval.fromErrors(errors(table, stockOuts, backtest, s, 0, origins / 2));
            for (int k = origins / 2; k < origins; k++) {
                double[] week = backtest.forecasts()[ModelBacktest.Model.HOLT_WINTERS.ordinal()][s][k];
                for (int h = 0; h < week.length; h++) {
                    int t = backtest.splits().get(k).origin() + h;
                    if (!stockOuts.censored().get(s)[t]) {
                        inside += early.covers(table.series().get(s).sales()[t], week[h], h) ? 1 : 0;
                        checked++;
                    }
                }
            }
        }
        return new Outlook(busiest, parameters, forecast, interval, checked == 0 ? Double.NaN
                : (double) inside / checked);
    }

    /** Holt-Winters' backtest errors (actual - forecast) of one series, by lead time, for origins [from, to). */
    static double[][] errors(SalesTable table, StockOuts stockOuts, ModelBacktest backtest, int s, int from, int to) {
        double[][] errors = new double[ModelBacktest.HORIZON][];
        for (int h = 0; h < errors.length; h++) {
            List<Double> values = new ArrayList<>();
            for (int k = from; k < to; k++) {
                int t = backtest.splits().get(k).origin() + h;
                if (!stockOuts.censored().get(s)[t]) {
                    values.add(table.series().get(s).sales()[t]
                            - backtest.forecasts()[ModelBacktest.Model.HOLT_WINTERS.ordinal()][s][k][h]);
                }
            }
            errors[h] = values.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return errors;
    }
}
