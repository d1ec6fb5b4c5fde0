package dev.mlkatas.ltv.report;

import dev.mlkatas.ltv.RfmSummary;
import dev.mlkatas.ltv.evaluation.SpendMetrics;
import dev.mlkatas.output.ChartFiles;
import dev.mlkatas.output.OutputDirectory;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the lifetime-value report, as PNG and SVG: actual holdout spend by predicted decile for
 * both approaches, and BG/NBD's expected holdout transactions against the actual ones by calibration
 * frequency.
 *
 * <p>Example: {@code LtvCharts.write(run, out)} writes {@code holdout-deciles.png}, {@code .svg} and so on.
 */
public final class LtvCharts {

    /** The file names, without extension, in the order the report shows them. */
    public static final List<String> NAMES = List.of("holdout-deciles", "transactions-by-frequency");

    private static final int MAX_FREQUENCY = 30;

    private LtvCharts() {
    }

    public static void write(LtvRun run, OutputDirectory out) throws IOException {
        double[] actual = run.data().holdoutSpend();
        CategoryChart deciles = new CategoryChartBuilder().width(800).height(600)
                .title("Holdout spend by predicted decile: do the top-ranked customers spend most?")
                .xAxisTitle("decile of predicted holdout spend (1 = highest)").yAxisTitle("mean actual holdout spend")
                .build();
        deciles.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        deciles.getStyler().setChartBackgroundColor(Color.WHITE);
        deciles.getStyler().setYAxisDecimalPattern("#,##0");
        List<Integer> labels = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            labels.add(d);
        }
        deciles.addSeries("BG/NBD x Gamma-Gamma", labels,
                boxed(SpendMetrics.actualByPredictedDecile(actual, run.probabilisticSpend())));
        if (run.regression() instanceof RegressionComparison.Ran ran) {
            deciles.addSeries("gradient-boosted regression", labels,
                    boxed(SpendMetrics.actualByPredictedDecile(actual, ran.spend())));
        }
        ChartFiles.save(deciles, out.file("holdout-deciles"));

        List<RfmSummary> customers = run.data().summaries();
        int top = Math.min(MAX_FREQUENCY, customers.stream().mapToInt(RfmSummary::frequency).max().orElse(0));
        double[] predictedSum = new double[top + 1];
        double[] actualSum = new double[top + 1];
        int[] count = new int[top + 1];
        for (int c = 0; c < customers.size(); c++) {
            int x = Math.min(top, customers.get(c).frequency());
            predictedSum[x] += run.probabilisticTransactions()[c];
            actualSum[x] += run.data().holdoutTransactions()[c];
            count[x]++;
        }
        List<Double> xs = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        for (int x = 0; x <= top; x++) {
            if (count[x] > 0) {
                xs.add((double) x);
                predicted.add(predictedSum[x] / count[x]);
                observed.add(actualSum[x] / count[x]);
            }
        }
        XYChart frequency = new XYChartBuilder().width(800).height(600)
                .title("Holdout transactions by calibration frequency")
                .xAxisTitle("repeat transactions in calibration (" + top + " = " + top + " or more)")
                .yAxisTitle("mean transactions in the holdout").build();
        frequency.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        frequency.getStyler().setChartBackgroundColor(Color.WHITE);
        XYSeries actualSeries = frequency.addSeries("actual", xs, observed);
        actualSeries.setMarker(SeriesMarkers.CIRCLE);
        XYSeries model = frequency.addSeries("BG/NBD expected", xs, predicted);
        model.setMarker(SeriesMarkers.DIAMOND);
        ChartFiles.save(frequency, out.file("transactions-by-frequency"));
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
