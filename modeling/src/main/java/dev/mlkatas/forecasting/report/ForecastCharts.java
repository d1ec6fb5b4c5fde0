package dev.mlkatas.forecasting.report;

import dev.mlkatas.forecasting.Split;
import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.forecasting.evaluation.ModelBacktest;
import dev.mlkatas.forecasting.evaluation.ModelScores;
import dev.mlkatas.forecasting.evaluation.Outlook;
import dev.mlkatas.output.ChartFiles;
import dev.mlkatas.output.OutputDirectory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the forecasting report, as PNG and SVG: the busiest series' last eight weeks against
 * Holt-Winters' backtest forecasts, then next week's forecast with its 80 % interval; and each model's WAPE by
 * lead time.
 *
 * <p>Example: {@code ForecastCharts.write(run, out)} writes {@code forecast-vs-actual.png}, {@code .svg} and so on.
 */
public final class ForecastCharts {

    /** The file names, without extension, in the order the report shows them. */
    public static final List<String> NAMES = List.of("forecast-vs-actual", "wape-by-lead-day");

    private static final int SHOWN_DAYS = 56;

    private ForecastCharts() {
    }

    public static void write(ForecastRun run, OutputDirectory out) throws IOException {
        SalesTable table = run.table();
        Outlook outlook = run.outlook();
        int s = outlook.series();
        XYChart chart = new XYChartBuilder().width(1000).height(600)
                .title("Daily sales of " + table.series().get(s).name() + ": Holt-Winters' backtest and next week")
                .xAxisTitle("day").yAxisTitle("units sold").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setDatePattern("d MMM");
        List<Date> days = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        for (int t = Math.max(0, table.days() - SHOWN_DAYS); t < table.days(); t++) {
            days.add(date(table, t));
            actual.add(table.series().get(s).sales()[t]);
        }
        XYSeries actualSeries = chart.addSeries("actual", days, actual);
        actualSeries.setMarker(SeriesMarkers.CIRCLE);
        actualSeries.setLineColor(Color.DARK_GRAY);
        actualSeries.setMarkerColor(Color.DARK_GRAY);
        List<Date> backtestDays = new ArrayList<>();
        List<Double> backtest = new ArrayList<>();
        List<Split> splits = run.backtest().splits();
        for (int k = 0; k < splits.size(); k++) {
            double[] week = run.backtest().forecasts()[ModelBacktest.Model.HOLT_WINTERS.ordinal()][s][k];
            for (int h = 0; h < week.length; h++) {
                int t = splits.get(k).origin() + h;
                if (t >= table.days() - SHOWN_DAYS) {
                    backtestDays.add(date(table, t));
                    backtest.add(week[h]);
                }
            }
        }
        if (!backtest.isEmpty()) {
            XYSeries series = chart.addSeries("Holt-Winters, forecast a week ahead at each origin", backtestDays,
                    backtest);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(new Color(0x1f77b4));
        }
        List<Date> next = new ArrayList<>();
        for (int h = 0; h < outlook.forecast().length; h++) {
            next.add(date(table, table.days() + h));
        }
        XYSeries forecast = chart.addSeries("next week's forecast", next, boxed(outlook.forecast()));
        forecast.setMarker(SeriesMarkers.DIAMOND);
        forecast.setLineColor(new Color(0xd62728));
        forecast.setMarkerColor(new Color(0xd62728));
        for (boolean low : new boolean[] {true, false}) {
            double[] bound = low ? outlook.lower() : outlook.upper();
            XYSeries edge = chart.addSeries(low ? "80 % interval, lower" : "80 % interval, upper", next, boxed(bound));
            edge.setMarker(SeriesMarkers.NONE);
            edge.setLineColor(new Color(0xd62728));
            edge.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, 
                    new float[] {6, 4}, 0));
        }
        ChartFiles.save(chart, out.file(NAMES.get(0)));

        CategoryChart leads = new CategoryChartBuilder().width(800).height(600)
                .title("Backtest WAPE by lead time: how much worse is a week ahead than tomorrow?")
                .xAxisTitle("days after the origin").yAxisTitle("WAPE").build();
        leads.getStyler().setChartBackgroundColor(Color.WHITE);
        leads.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        leads.getStyler().setYAxisDecimalPattern("0.00");
        List<Integer> lead = new ArrayList<>();
        for (int h = 1; h <= ModelBacktest.HORIZON; h++) {
            lead.add(h);
        }
        for (ModelScores scores : run.scores()) {
            leads.addSeries(scores.model().label(), lead, boxed(scores.wapeByLead()));
        }
        ChartFiles.save(leads, out.file(NAMES.get(1)));
    }

    private static Date date(SalesTable table, int day) {
        return Date.from(table.date(day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
