package dev.mlkatas.dispatch.report;

import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import dev.mlkatas.output.ChartFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A map of the routes: the depot as a black square, each route a coloured line from the depot through its
 * customers and back, as PNG and SVG.
 *
 * <p>Example: {@code RouteMap.write(instance, routes, "C101: 10 routes", 1.0, out.file("routes"))}
 */
public final class RouteMap {

    private RouteMap() {
    }

    /** Draws the routes; coordinates are divided by {@code scale} (minutes per kilometre on the city's map). */
    public static void write(Instance instance, List<List<Integer>> routes, String title, double scale, Path file)
            throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(900).title(title)
                .xAxisTitle(scale == 1 ? "x" : "km east").yAxisTitle(scale == 1 ? "y" : "km north").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(routes.size() <= 12);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int r = 0; r < routes.size(); r++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            add(instance.depot(), scale, xs, ys);
            for (int customer : routes.get(r)) {
                add(instance.stop(customer), scale, xs, ys);
            }
            add(instance.depot(), scale, xs, ys);
            XYSeries series = chart.addSeries("route " + (r + 1), xs, ys);
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        XYSeries depot = chart.addSeries("depot", List.of(instance.depot().x() / scale),
                List.of(instance.depot().y() / scale));
        depot.setMarker(SeriesMarkers.SQUARE);
        depot.setMarkerColor(Color.BLACK);
        depot.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        ChartFiles.save(chart, file);
    }

    private static void add(Stop stop, double scale, List<Double> xs, List<Double> ys) {
        xs.add(stop.x() / scale);
        ys.add(stop.y() / scale);
    }
}
