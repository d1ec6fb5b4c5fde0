package dev.mlkatas.crf.evaluation;

import dev.mlkatas.crf.BioTags;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How well predicted tags match the gold ones: token accuracy, entity-span precision, recall and F1
 * (a span counts only when its type and both ends are right), and the share of queries whose predicted
 * tags are not valid BIO.
 *
 * <p>Example: {@code TaggingMetrics.of(goldTags, predictedTags).spanF1()}.
 */
public record TaggingMetrics(int queries, double tokenAccuracy, double spanPrecision, double spanRecall,
        double spanF1, double invalidRate) {

    /** Compares {@code predicted} with {@code gold}, query by query. */
    public static TaggingMetrics of(List<int[]> gold, List<int[]> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold queries but " + predicted.size() + " predicted");
        }
        long tokens = 0;
        long correct = 0;
        long goldSpans = 0;
        long predictedSpans = 0;
        long matched = 0;
        long invalid = 0;
        for (int q = 0; q < gold.size(); q++) {
            int[] g = gold.get(q);
            int[] p = predicted.get(q);
            if (g.length != p.length) {
                throw new IllegalArgumentException("query " + q + ": " + g.length + " gold tags but " + p.length
                        + " predicted");
            }
            for (int t = 0; t < g.length; t++) {
                tokens++;
                if (g[t] == p[t]) {
                    correct++;
                }
            }
            Set<Span> expected = new HashSet<>(Span.of(g));
            List<Span> found = Span.of(p);
            goldSpans += expected.size();
            predictedSpans += found.size();
            matched += found.stream().filter(expected::contains).count();
            if (!BioTags.isValid(p)) {
                invalid++;
            }
        }
        double precision = predictedSpans == 0 ? 0 : (double) matched / predictedSpans;
        double recall = goldSpans == 0 ? 0 : (double) matched / goldSpans;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TaggingMetrics(gold.size(), tokens == 0 ? 0 : (double) correct / tokens, precision, recall, f1,
                gold.isEmpty() ? 0 : (double) invalid / gold.size());
    }
}
