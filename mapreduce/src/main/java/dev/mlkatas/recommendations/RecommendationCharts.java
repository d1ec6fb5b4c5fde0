package dev.mlkatas.recommendations;

import dev.mlkatas.output.ChartFiles;
import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.recommendations.Affinity.Related;
import dev.mlkatas.recommendations.Substitutes.Substitute;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * The job's charts, as PNG and SVG: complements and substitutes on lift, and the next-basket hit rate and
 * recall of the two recommenders.
 *
 * <p>Example: {@code RecommendationCharts.save(output, findings)} writes {@code pairs.png} and {@code pairs.svg}.
 */
final class RecommendationCharts {

    /** The strongest substitute pairs drawn; past these the pairs are customers' ordinary variety. */
    private static final int TOP_SUBSTITUTES = 15;

    private RecommendationCharts() {
    }

    static void save(OutputDirectory output, Findings findings) throws IOException {
        CoCounts counts = findings.counts();
        XYChart pairs = new XYChartBuilder().width(900).height(600)
                .title("Complements share baskets (lift > 1), substitutes share customers (lift < 1)")
                .xAxisTitle("lift").yAxisTitle("baskets together").build();
        pairs.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        List<Double> liftsRelated = new ArrayList<>();
        List<Double> together = new ArrayList<>();
        for (Map.Entry<String, List<Related>> entry : findings.related().entrySet()) {
            for (Related related : entry.getValue()) {
                if (entry.getKey().compareTo(related.item()) < 0) {
                    liftsRelated.add(Affinity.lift(counts, entry.getKey(), related.item()));
                    together.add((double) related.together());
                }
            }
        }
        List<Double> liftsSubstitutes = new ArrayList<>();
        List<Double> substitutesTogether = new ArrayList<>();
        List<Substitute> strongest = findings.substitutes();
        for (Substitute s : strongest.subList(0, Math.min(TOP_SUBSTITUTES, strongest.size()))) {
            liftsSubstitutes.add(Affinity.lift(counts, s.item(), s.other()));
            substitutesTogether.add((double) counts.count(s.item(), s.other()));
        }
        if (!liftsRelated.isEmpty()) {
            pairs.addSeries("related (top cosine)", liftsRelated, together);
        }
        if (!liftsSubstitutes.isEmpty()) {
            pairs.addSeries("top " + TOP_SUBSTITUTES + " substitute pairs", liftsSubstitutes, substitutesTogether);
        }
        if (liftsRelated.isEmpty() && liftsSubstitutes.isEmpty()) {
            pairs.addSeries("no pair met the minimum count", List.of(1.0), List.of(0.0));
        }
        ChartFiles.save(pairs, output.file("pairs"));
        if (findings.popularity() != null) {
            CategoryChart next = new CategoryChartBuilder().width(700).height(500)
                    .title("The next basket: " + findings.popularity().customers() + " customers' last orders")
                    .xAxisTitle("recommender").yAxisTitle("share").build();
            List<String> names = List.of("most popular", "usual items first");
            next.addSeries("hit rate", names, List.of(findings.popularity().hitRate(), findings.personal().hitRate()));
            next.addSeries("recall", names, List.of(findings.popularity().recall(), findings.personal().recall()));
            ChartFiles.save(next, output.file("next-basket"));
        }
    }
}
