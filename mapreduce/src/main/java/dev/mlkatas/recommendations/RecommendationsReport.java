package dev.mlkatas.recommendations;

import dev.mlkatas.output.JsonFile;
import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.recommendations.Affinity.Related;
import dev.mlkatas.recommendations.AssociationRules.Rule;
import dev.mlkatas.recommendations.Substitutes.Substitute;
import dev.mlkatas.recommendations.simulation.Catalog;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the job's results: {@code related.csv}, {@code substitutes.csv}, {@code rules.csv},
 * {@code summary.json}, {@code report.md} and the charts; for a simulated shop also {@code ground-truth.csv}.
 *
 * <p>Example: {@code RecommendationsReport.write(output, data, findings, Catalog.standard(), settings,
 * 42)}
 */
final class RecommendationsReport {

    private RecommendationsReport() {
    }

    static void write(OutputDirectory output, Dataset data, Findings findings, Catalog truth,
            Findings.Settings settings, long seed) throws IOException {
        CoCounts counts = findings.counts();
        try (CSVPrinter csv = printer(output, "related.csv", "product", "aisle", "rank", "related", "cosine",
                "together", "lift")) {
            for (Map.Entry<String, List<Related>> entry : findings.related().entrySet()) {
                int rank = 0;
                for (Related related : entry.getValue()) {
                    csv.printRecord(entry.getKey(), RecommendationsJob.aisle(data, entry.getKey()), ++rank,
                            related.item(), related.score(), related.together(),
                            Affinity.lift(counts, entry.getKey(), related.item()));
                }
            }
        }
        try (CSVPrinter csv = printer(output, "substitutes.csv", "item", "other", "aisle", "score", "switchers",
                "together", "lift")) {
            for (Substitute s : findings.substitutes()) {
                csv.printRecord(s.item(), s.other(), RecommendationsJob.aisle(data, s.item()), s.score(), s.switchers(),
                        s.together(), Affinity.lift(counts, s.item(), s.other()));
            }
        }
        try (CSVPrinter csv = printer(output, "rules.csv", "antecedent", "consequent", "count", "support",
                "confidence", "lift")) {
            for (Rule rule : findings.rules()) {
                csv.printRecord(String.join(" | ", rule.antecedent()), rule.consequent(), rule.count(), rule.support(),
                        rule.confidence(), rule.lift());
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", data.source());
        summary.put("baskets", counts.baskets());
        summary.put("items", counts.items().size());
        summary.put("customers", data.orders().stream().map(Order::customer).distinct().count());
        summary.put("settings", settings);
        summary.put("rules", findings.rules().size());
        summary.put("substitutePairs", findings.substitutes().size());
        if (findings.popularity() != null) {
            summary.put("nextBasket", Map.of("k", settings.top(), "popularity", findings.popularity(),
                    "usualItems", findings.personal()));
        }
        if (truth != null) {
            summary.put("seed", seed);
            summary.put("complementsRecovered", recovered(findings, truth.complements(), true));
            summary.put("complementsPlanted", truth.complements().size());
            summary.put("substitutesRecovered", recovered(findings, truth.substitutes(), false));
            summary.put("substitutesPlanted", truth.substitutes().size());
            try (CSVPrinter csv = printer(output, "ground-truth.csv", "kind", "item", "other", "recovered")) {
                for (List<String> pair : truth.complements()) {
                    csv.printRecord("complement", pair.get(0), pair.get(1), findings.related(pair.get(0), pair.get(1)));
                }
                for (List<String> pair : truth.substitutes()) {
                    csv.printRecord("substitute", pair.get(0), pair.get(1),
                            findings.topSubstitute(pair.get(0), pair.get(1)));
                }
            }
        }
        JsonFile.write(summary, output.file("summary.json"));
        Files.writeString(output.file("report.md"), ReportText.of(data, findings, truth, settings),
                StandardCharsets.UTF_8);
        RecommendationCharts.save(output, findings);
    }

    /** How many planted pairs the run found: as related items (complements), as top substitutes (substitutes). */
    static long recovered(Findings findings, List<List<String>> pairs, boolean complements) {
        return pairs.stream().filter(p -> complements ? findings.related(p.get(0), p.get(1))
                : findings.topSubstitute(p.get(0), p.get(1))).count();
    }

    private static CSVPrinter printer(OutputDirectory output, String name, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(output.file(name), StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * value);
    }
}
