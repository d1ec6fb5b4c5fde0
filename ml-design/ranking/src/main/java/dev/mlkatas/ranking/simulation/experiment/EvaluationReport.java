package dev.mlkatas.ranking.simulation.experiment;

import dev.mlkatas.output.ChartFiles;
import dev.mlkatas.ranking.simulation.experiment.OfflineEvaluation.Row;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * The offline evaluation as people read it: a table on the terminal, the same as CSV, and a chart of
 * NDCG@k per ranker and query segment.
 *
 * <p>Example: {@code EvaluationReport.print(rows, 10, out); EvaluationReport.chart(rows, 10, dir.resolve("ndcg"));}
 */
public final class EvaluationReport {

    private static final String[] COLUMNS = {"ranker", "segment", "queries", "ndcg", "mrr", "precision", "recall"};

    private EvaluationReport() {
    }

    public static void print(List<Row> rows, int k, PrintWriter out) {
        out.printf("%-22s %-11s %7s %9s %7s %7s %7s%n", "ranker", "segment", "queries", "NDCG@" + k, "MRR",
                "P@" + k, "R@" + k);
        String previous = null;
        for (Row row : rows) {
            if (previous != null && !previous.equals(row.ranker())) {
                out.println();
            }
            previous = row.ranker();
            out.printf(Locale.ROOT, "%-22s %-11s %7d %9.3f %7.3f %7.3f %7.3f%n", row.ranker(), row.segmentLabel(),
                    row.queries(), row.ndcg(), row.mrr(), row.precision(), row.recall());
        }
    }

    public static void csv(List<Row> rows, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file);
                CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setRecordSeparator('\n').get().print(writer)) {
            for (Row row : rows) {
                csv.printRecord(row.ranker(), row.segmentLabel(), row.queries(), row.ndcg(), row.mrr(), row.precision(),
                        row.recall());
            }
        }
    }

    /** NDCG@k per segment, one bar per ranker; written as PNG and SVG. */
    public static void chart(List<Row> rows, int k, Path withoutExtension) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(900).height(500)
                .title("Offline evaluation on held-out queries").xAxisTitle("query segment")
                .yAxisTitle("NDCG@" + k).build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        Map<String, Map<String, Double>> byRanker = new LinkedHashMap<>();
        LinkedHashSet<String> segments = new LinkedHashSet<>();
        for (Row row : rows) {
            byRanker.computeIfAbsent(row.ranker(), r -> new LinkedHashMap<>()).put(row.segmentLabel(), row.ndcg());
            segments.add(row.segmentLabel());
        }
        List<String> xs = new ArrayList<>(segments);
        byRanker.forEach((ranker, values) -> chart.addSeries(ranker, xs,
                xs.stream().map(segment -> values.getOrDefault(segment, 0.0)).toList()));
        ChartFiles.save(chart, withoutExtension);
    }
}
