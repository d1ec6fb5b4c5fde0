package dev.mlkatas.forecasting.report;

import dev.mlkatas.forecasting.data.ClosingDays;
import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.forecasting.evaluation.ModelBacktest;
import dev.mlkatas.forecasting.evaluation.ModelScores;
import dev.mlkatas.forecasting.evaluation.Outlook;
import dev.mlkatas.forecasting.evaluation.StockOuts;
import java.util.Comparator;
import java.util.Locale;

/**
 * {@code report.md} of a forecasting run: the data, how stock-outs were handled, each model's backtest WAPE and
 * MASE, and next week's forecast of the busiest series with its interval.
 *
 * <p>Example: {@code Files.writeString(out.file("report.md"), ForecastReport.markdown(run))}
 */
public final class ForecastReport {

    private ForecastReport() {
    }

    public static String markdown(ForecastRun run) {
        SalesTable table = run.table();
        StringBuilder md = new StringBuilder();
        md.append("# Demand for tomorrow's shelves: forecasting report\n\n");
        md.append(f("Seed %d. Sales: %s, %d series (%d stores, %d items), %d days from %s to %s. Run time %.1f s.%n%n",
                run.seed(), table.source(), table.series().size(), table.stores().size(), table.items().size(),
                table.days(), table.start(), table.date(table.days() - 1), run.seconds()));

        ModelScores naive = run.scores().get(0);
        ModelScores best = run.scores().stream().min(Comparator.comparingDouble(ModelScores::wape)).orElseThrow();
        Outlook outlook = run.outlook();
        String shown = table.series().get(outlook.series()).name();
        int open = 0;
        while (open < outlook.forecast().length - 1 && ClosingDays.isClosed(table.date(table.days() + open))) {
            open++;
        }
        md.append("## In one paragraph\n\n");
        md.append(f("Over the last %d weeks, forecasting each week from the week before, the %s forecast was off by "
                + "%.1f units per 100 sold (WAPE %.3f), against %.1f for the seasonal naive forecast (\"same day last "
                + "week\"). Its mean MASE is %.3f: below 1 means it beats the seasonal naive forecast's error on the "
                + "history. %s of %s, on %s: %.0f units, 80 %% interval %.0f to %.0f.%n%n",
                run.backtest().splits().size(), best.model().label(), 100 * best.wape(), best.wape(),
                100 * naive.wape(), best.meanMase(), open == 0 ? "Tomorrow's sales" : "The next sales", shown,
                table.date(table.days() + open), outlook.forecast()[open], outlook.lower()[open],
                outlook.upper()[open]));

        md.append("## The backtest\n\n");
        md.append(f("Rolling origin, expanding window: %d origins a week apart, the first on %s; from each, every "
                + "model "
                + "forecasts the next %d days learning only from the days before the origin. Holt-Winters (additive, "
                + "weekly season) and the boosted trees are refitted every %d origins; the seasonal naive forecast "
                + "and AR are made afresh at each. Forecasts below zero are raised to zero.%n%n",
                run.backtest().splits().size(), table.date(run.backtest().splits().get(0).origin()),
                ModelBacktest.HORIZON, ModelBacktest.REFIT_EVERY));
        md.append("| model | WAPE | mean MASE | median MASE | WAPE 1 day ahead | WAPE 7 days ahead |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (ModelScores s : run.scores()) {
            md.append(f("| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", s.model().label(), s.wape(), s.meanMase(),
                    s.medianMase(), s.wapeByLead()[0], s.wapeByLead()[s.wapeByLead().length - 1]));
        }
        md.append(f("%n- **WAPE** is the sum of absolute errors over the sum of sales, over every series and scored "
                + "day (%d): errors in units per unit sold, so busy items weigh most.%n", naive.scoredDays()));
        md.append("- **MASE** divides each series' mean absolute error by the mean error of \"same day last week\" on "
                + "its history before the first origin; the table gives its mean and median over series.\n");
        md.append("- **AR(14)** is fitted by Yule-Walker from Smile's autocorrelations (`TimeSeries.acf`) and the "
                + "Levinson-Durbin recursion: Smile's `AR.fit` needs the native BLAS, which this build leaves out.\n");
        if (run.backtest().treesLeftOut() == null) {
            md.append(f("- The **boosted trees** (Smile, %d trees) are one model for every series, on the sales of the "
                    + "same weekday 1 to 4 weeks before, the 4-week level, the weekday, the month and the closing "
                    + "days.%n", run.trees()));
        } else {
            md.append("- The **boosted trees** were left out of this backtest: " + run.backtest().treesLeftOut()
                    + ".\n");
        }
        if (naive.unscaledSeries() > 0) {
            md.append(f("- %d series repeat their weeks exactly in the history, so their MASE is 0 or infinite; they "
                    + "are left out of the MASE columns.%n", naive.unscaledSeries()));
        }

        md.append("\n## Stock-outs: sales are censored demand\n\n");
        StockOuts stockOuts = run.stockOuts();
        md.append(f("A day is taken as a stock-out when it sold nothing, the shops were open, and the same weekday "
                + "sold "
                + "at least %.0f on average over the four weeks before. %d days of %d were taken so. They are **not "
                + "scored** (the actual is not the demand), and every model learns from the four-week weekday mean in "
                + "their place, so that an empty shelf does not teach it to order less.",
                StockOuts.MIN_USUAL, stockOuts.count(), table.days() * table.series().size()));
        int[] found = run.simulatedStockOutsFound();
        if (found != null) {
            md.append(f(" The grocery world emptied these shelves on %d days; the rule found %d of them (it cannot see "
                    + "a day that would have sold little anyway).", found[1], found[0]));
        } else {
            md.append(" The file records no stock, so days that sold less than their demand without reaching zero "
                    + "cannot be told apart.");
        }
        md.append("\n\n## Next week on the shelf\n\n");
        md.append(f("Holt-Winters refitted on the whole history of %s (alpha %.3f, beta %.3f, gamma %.3f). The 80 %% "
                + "interval adds the 10th and 90th percentiles of this series' backtest errors at each lead time. "
                + "Built on the first half of the origins, such intervals held %.0f %% of the second half's days "
                + "over all series (80 %% is the aim).%n%n", shown, outlook.parameters().alpha(),
                outlook.parameters().beta(), outlook.parameters().gamma(), 100 * outlook.coverage()));
        md.append("| day | forecast | 80 % interval |\n|---|---:|---:|\n");
        double[] lower = outlook.lower();
        double[] upper = outlook.upper();
        for (int h = 0; h < outlook.forecast().length; h++) {
            String day = table.date(table.days() + h).getDayOfWeek().toString().substring(0, 3).toLowerCase(Locale.ROOT)
                    + " " + table.date(table.days() + h);
            md.append(ClosingDays.isClosed(table.date(table.days() + h)) ? "| " + day
                    + " | 0 | the shops are closed |\n"
                    : f("| %s | %.1f | %.1f to %.1f |%n", day, outlook.forecast()[h], lower[h], upper[h]));
        }
        md.append("\n## Charts\n\n");
        md.append("![Forecast against actual, and next week](forecast-vs-actual.png)\n\n");
        md.append("![WAPE by lead time](wape-by-lead-day.png)\n\n");
        md.append("SVG versions sit beside the PNGs; every figure is in `summary.json`.\n");
        return md.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
