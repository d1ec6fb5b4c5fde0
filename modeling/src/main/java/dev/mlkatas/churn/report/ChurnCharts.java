package dev.mlkatas.churn.report;

import dev.mlkatas.churn.evaluation.ChurnMetrics;
import dev.mlkatas.churn.evaluation.ChurnMetrics.Bin;
import dev.mlkatas.churn.evaluation.ChurnMetrics.Point;
import dev.mlkatas.churn.evaluation.ModelComparison.Comparison;
import dev.mlkatas.churn.evaluation.ModelComparison.ModelResult;
import dev.mlkatas.output.ChartFiles;
import dev.mlkatas.output.OutputDirectory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The three charts of the churn report, on the holdout: ROC, calibration (reliability) and cumulative
 * gains, one line per model and a grey reference line, each as PNG and SVG.
 *
 * <p>Example: {@code ChurnCharts.write(comparison, out)} writes {@code roc.png}, {@code roc.svg} and so on.
 */
public final class ChurnCharts {

    /** The file names, without extension, in the order the report shows them. */
    public static final List<String> NAMES = List.of("roc", "calibration", "gains");

    private static final Color REFERENCE = new Color(150, 150, 150);

    private ChurnCharts() {
    }

    public static void write(Comparison comparison, OutputDirectory out) throws IOException {
        int[] labels = comparison.holdoutLabels();

        XYChart roc = chart("ROC on the holdout: who left, ranked by each model", "false-positive rate (stayers flagged)",
                "true-positive rate (leavers caught)");
        reference(roc, "chance (AUC 0.5)", new double[] {0, 1}, new double[] {0, 1});
        for (ModelResult result : comparison.results()) {
            line(roc, String.format(Locale.ROOT, "%s (AUC %.3f)", result.learner().title(), result.holdout().auc()),
                    ChurnMetrics.roc(labels, result.holdoutScores()));
        }
        ChartFiles.save(roc, out.file("roc"));

        XYChart calibration = chart("Calibration on the holdout: predicted churn against what happened",
                "predicted probability of leaving (bin mean)", "share who left");
        reference(calibration, "perfectly calibrated", new double[] {0, 1}, new double[] {0, 1});
        for (ModelResult result : comparison.results()) {
            List<Bin> bins = ChurnMetrics.calibration(labels, result.holdoutScores());
            XYSeries series = calibration.addSeries(result.learner().title(),
                    bins.stream().mapToDouble(Bin::meanProbability).toArray(),
                    bins.stream().mapToDouble(Bin::observedRate).toArray());
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        ChartFiles.save(calibration, out.file("calibration"));

        XYChart gains = chart("Cumulative gains on the holdout: contact the riskiest first",
                "share of customers contacted", "share of leavers reached");
        reference(gains, "random order", new double[] {0, 1}, new double[] {0, 1});
        for (ModelResult result : comparison.results()) {
            line(gains, String.format(Locale.ROOT, "%s (top 10 %%: %.0f %%)", result.learner().title(),
                    100 * result.holdout().topDecileCapture()), ChurnMetrics.gains(labels, result.holdoutScores()));
        }
        ChartFiles.save(gains, out.file("gains"));
    }

    private static XYChart chart(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(800).height(600).title(title).xAxisTitle(x).yAxisTitle(y).build();
        Styler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.InsideSE);
        styler.setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
        return chart;
    }

    private static void reference(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(REFERENCE);
        series.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    }

    private static void line(XYChart chart, String name, List<Point> points) {
        XYSeries series = chart.addSeries(name, points.stream().mapToDouble(Point::x).toArray(),
                points.stream().mapToDouble(Point::y).toArray());
        series.setMarker(SeriesMarkers.NONE);
    }
}
