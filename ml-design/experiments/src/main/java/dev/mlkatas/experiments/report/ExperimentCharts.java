package dev.mlkatas.experiments.report;

import dev.mlkatas.experiments.analysis.Looks;
import dev.mlkatas.output.ChartFiles;
import dev.mlkatas.output.OutputDirectory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The chart of the report, as PNG and SVG: the p-value over time as someone who peeks sees it (Welch's test
 * on the users so far) and the mSPRT's always-valid p-value, against the line p = alpha.
 *
 * <p>Example: {@code ExperimentCharts.write(results.looks(), 0.05, out)} writes {@code p-values.png} and
 * {@code p-values.svg}.
 */
public final class ExperimentCharts {

    /** The file name, without extension. */
    public static final String P_VALUES = "p-values";

    private static final double FLOOR = 1e-8;

    private ExperimentCharts() {
    }

    public static void write(Looks looks, double alpha, OutputDirectory out) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("p-value over time: peeking at Welch's test vs the always-valid mSPRT")
                .xAxisTitle("users in the experiment").yAxisTitle("p-value (log scale)").build();
        Styler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisLogarithmic(true).setYAxisMin(FLOOR).setYAxisMax(1.0);
        double[] users = Arrays.stream(looks.users()).asDoubleStream().toArray();
        if (users.length == 0) {
            users = new double[] {0};
        }
        line(chart, "Welch's p-value, looked at every time (naive)", users, floor(looks.naive(), users.length));
        line(chart, "mSPRT always-valid p-value", users, floor(looks.alwaysValid(), users.length));
        XYSeries threshold = chart.addSeries(String.format(java.util.Locale.ROOT, "alpha = %.3g", alpha),
                new double[] {users[0], users[users.length - 1]}, new double[] {alpha, alpha});
        threshold.setMarker(SeriesMarkers.NONE);
        threshold.setLineColor(new Color(150, 150, 150));
        threshold.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
        ChartFiles.save(chart, out.file(P_VALUES));
    }

    private static void line(XYChart chart, String name, double[] x, double[] y) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.NONE);
    }

    /** A log axis cannot show 0: p-values below the floor are drawn at it. */
    private static double[] floor(double[] p, int length) {
        double[] floored = new double[length];
        Arrays.fill(floored, 1.0);
        for (int i = 0; i < p.length; i++) {
            floored[i] = Math.max(FLOOR, p[i]);
        }
        return floored;
    }
}
