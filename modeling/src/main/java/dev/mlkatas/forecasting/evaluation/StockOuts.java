package dev.mlkatas.forecasting.evaluation;

import dev.mlkatas.forecasting.data.ClosingDays;
import dev.mlkatas.forecasting.data.SalesTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Sales are demand censored by the shelf: a day with no sales on an empty shelf says nothing of demand. The
 * rule, the same for simulated and real input (which records no stock): a day is taken as a stock-out when it
 * sold nothing, the shop was open, and the same weekday sold at least {@value #MIN_USUAL} on average over the
 * four weeks before. Such a day is not scored, and the models learn from that four-week mean in its place.
 *
 * <p>Example: {@code StockOuts s = StockOuts.detect(table); s.censored().get(0)[100]} says whether day 100
 * of the first series is taken as a stock-out.
 *
 * @param censored per series, the days taken as stock-outs
 * @param demand per series, the sales with each stock-out replaced by its four-week weekday mean
 */
public record StockOuts(List<boolean[]> censored, List<double[]> demand) {

    /** The mean sales of the same weekday over the four weeks before, above which a zero is suspicious. */
    public static final double MIN_USUAL = 2;

    public static StockOuts detect(SalesTable table) {
        List<boolean[]> censored = new ArrayList<>();
        List<double[]> demand = new ArrayList<>();
        for (SalesTable.Series series : table.series()) {
            double[] sales = series.sales();
            double[] filled = sales.clone();
            boolean[] flagged = new boolean[sales.length];
            for (int day = 28; day < sales.length; day++) {
                double usual = (filled[day - 7] + filled[day - 14] + filled[day - 21] + filled[day - 28]) / 4;
                if (sales[day] == 0 && usual >= MIN_USUAL && !ClosingDays.isClosed(table.date(day))) {
                    flagged[day] = true;
                    filled[day] = usual;
                }
            }
            censored.add(flagged);
            demand.add(filled);
        }
        return new StockOuts(List.copyOf(censored), List.copyOf(demand));
    }

    public int count() {
        int count = 0;
        for (boolean[] flags : censored) {
            for (boolean flag : flags) {
                count += flag ? 1 : 0;
            }
        }
        return count;
    }
}
