package dev.mlkatas.anomalies.report;

import dev.mlkatas.anomalies.evaluation.ModelResult;
import dev.mlkatas.output.ChartFiles;
import dev.mlkatas.output.OutputDirectory;
import java.awt.Color;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the anomalies report, as PNG and SVG: every detector's precision-recall curve, with the fraud
 * rate as the floor a random score reaches; and every detector's cost against the share of orders blocked, with
 * its cheapest point marked.
 *
 * <p>Example: {@code AnomalyCharts.write(run, out)} writes {@code precision-recall.png}, {@code .svg} and so on.
 */
public final class AnomalyCharts {

    /** The file names, without extension, in the order the report shows them. */
    public static final List<String> NAMES = List.of("precision-recall", "cost-by-threshold");

    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c)};

    private AnomalyCharts() {
    }

    public static void write(AnomalyRun run, OutputDirectory out) throws IOException {
        int[] labels = run.testLabels();
        XYChart pr = new XYChartBuilder().width(1000).height(650)
                .title("Precision against recall on the test orders: the area is the AP")
                .xAxisTitle("recall (share of frauds blocked)").yAxisTitle("precision (share of blocked, fraud)")
                .build();
        style(pr);
        pr.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.0).setXAxisMax(1.0);
        XYChart cost = new XYChartBuilder().width(1000).height(650)
                .title("Total cost against the share of test orders blocked, the cheap end (cheapest point marked)")
                .xAxisTitle("share of orders blocked").yAxisTitle("cost").build();
        style(cost);
        // The cheap end is where the decision is: show blocking up to three times the most any cheapest point blocks.
        double shown = 0.02;
        for (ModelResult r : run.results()) {
            shown = Math.max(shown, 3.0 * (r.caught() + r.blockedGood()) / labels.length);
        }
        cost.getStyler().setXAxisMin(0.0).setXAxisMax(Math.min(1.0, shown));
        cost.getStyler().setXAxisDecimalPattern("0.0%").setYAxisDecimalPattern("#,##0");
        for (int m = 0; m < run.results().size(); m++) {
            ModelResult r = run.results().get(m);
            Curves curves = Curves.of(labels, r.scores(), run.settings().missCost(), run.settings().blockCost());
            XYSeries s = pr.addSeries(String.format(java.util.Locale.ROOT, "%s (AP %.3f)", r.title(),
                    r.averagePrecision()), curves.stepRecall(), curves.stepPrecision());
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(COLOURS[m % COLOURS.length]);
            int within = 0;
            while (within < curves.blockedShare().length && curves.blockedShare()[within] <= shown) {
                within++;
            }
            XYSeries c = cost.addSeries(r.title(), Arrays.copyOf(curves.blockedShare(), within),
                    Arrays.copyOf(curves.cost(), within));
            c.setMarker(SeriesMarkers.NONE);
            c.setLineColor(COLOURS[m % COLOURS.length]);
            double share = (double) (r.caught() + r.blockedGood()) / labels.length;
            XYSeries best = cost.addSeries(r.key() + " cheapest", new double[] {share},
                    new double[] {r.choice().cost()});
            best.setMarker(SeriesMarkers.DIAMOND);
            best.setMarkerColor(COLOURS[m % COLOURS.length]);
            best.setShowInLegend(false);
        }
        double rate = (double) run.testFrauds() / labels.length;
        XYSeries floor = pr.addSeries("fraud rate: a random score's precision", new double[] {0, 1},
                new double[] {rate, rate});
        floor.setMarker(SeriesMarkers.NONE);
        floor.setLineColor(Color.GRAY);
        ChartFiles.save(pr, out.file(NAMES.get(0)));
        ChartFiles.save(cost, out.file(NAMES.get(1)));
    }

    private static void style(XYChart chart) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setYAxisDecimalPattern("0.00");
    }
}
