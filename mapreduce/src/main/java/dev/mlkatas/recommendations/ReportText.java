package dev.mlkatas.recommendations;

import static dev.mlkatas.recommendations.RecommendationsReport.number;
import static dev.mlkatas.recommendations.RecommendationsReport.percent;

import dev.mlkatas.recommendations.Affinity.Related;
import dev.mlkatas.recommendations.AssociationRules.Rule;
import dev.mlkatas.recommendations.Substitutes.Substitute;
import dev.mlkatas.recommendations.simulation.Catalog;
import java.util.List;
import java.util.Map;

/**
 * The report in plain words, with the run's own numbers: what complements and substitutes are, shown on the
 * strongest pairs this run found, the rules, and how the recommendations foresee the next basket.
 *
 * <p>Example: {@code Files.writeString(file, ReportText.of(data, findings, truth, settings))}
 */
final class ReportText {

    private ReportText() {
    }

    static String of(Dataset data, Findings findings, Catalog truth, Findings.Settings settings) {
        CoCounts counts = findings.counts();
        StringBuilder text = new StringBuilder();
        text.append("# Recommendations from ").append(counts.baskets()).append(" baskets\n\n");
        text.append("Input: ").append(data.source()).append(". ").append(counts.items().size())
                .append(" items. Co-occurrence was counted by the stripes job on Hadoop; every score below comes ")
                .append("from its counts.\n\n");
        text.append("## Complements: bought in the same basket\n\n");
        text.append("Two items are complements when they share baskets more often than chance. Lift compares the")
                .append(" baskets holding both with what independent choices would give (1 is chance); the damped")
                .append(" cosine ranks the related items of a product, ignoring pairs seen in fewer than ")
                .append(settings.minCount()).append(" baskets, where lift is noise.\n\n");
        Strongest complement = strongestComplement(findings);
        if (complement != null) {
            text.append("The strongest pair of this run: **").append(complement.item()).append("** and **")
                    .append(complement.other()).append("**, together in ").append(counts.count(complement.item(),
                            complement.other())).append(" baskets, lift ")
                    .append(number(Affinity.lift(counts, complement.item(), complement.other())))
                    .append(", confidence ").append(complement.item()).append(" ⇒ ").append(complement.other())
                    .append(" ").append(percent(Affinity.confidence(counts, complement.item(), complement.other())))
                    .append(".\n\n");
        }
        text.append("## Substitutes: bought by the same customers, in different orders\n\n");
        if (findings.substitutes().isEmpty()) {
            text.append(data.hasCustomers() ? "No pair of one aisle had " + settings.minSwitchers()
                    + " switchers or more.\n\n"
                    : "This input has no customers or aisles (one basket per line), so substitutes cannot be told"
                    + " apart: they need the orders of each customer.\n\n");
        } else {
            Substitute s = findings.substitutes().get(0);
            text.append("Substitutes replace each other: a customer buys one or the other, rarely both at once, ")
                    .append("so their lift is low although the same people buy them. The strongest pair: **")
                    .append(s.item()).append("** and **").append(s.other()).append("** (")
                    .append(RecommendationsJob.aisle(data, s.item())).append("): ").append(s.switchers())
                    .append(" customers bought both in different orders, ").append(s.together())
                    .append(" in one order, score ").append(number(s.score())).append(", lift ")
                    .append(number(Affinity.lift(counts, s.item(), s.other())))
                    .append(". When one is out of stock, offer the other; never show it as 'bought together'.\n\n");
        }
        text.append("## Association rules\n\n").append(findings.rules().size())
                .append(" rules with support ≥ ").append(settings.minSupport()).append(", confidence ≥ ")
                .append(settings.minConfidence()).append(" and at most ").append(settings.maxLength())
                .append(" items (rules.csv).");
        if (!findings.rules().isEmpty()) {
            Rule rule = findings.rules().get(0);
            text.append(" The strongest: ").append(String.join(" + ", rule.antecedent())).append(" ⇒ ")
                    .append(rule.consequent()).append(", confidence ").append(percent(rule.confidence()))
                    .append(", lift ").append(number(rule.lift())).append(".");
        }
        text.append("\n\n");
        if (findings.popularity() != null) {
            text.append("## The next basket\n\nEach customer's last order was held out. Recommending the ")
                    .append(settings.top()).append(" most popular items finds at least one item of it for ")
                    .append(percent(findings.popularity().hitRate())).append(" of ")
                    .append(findings.popularity().customers()).append(" customers (recall ")
                    .append(percent(findings.popularity().recall())).append("); recommending each customer's ")
                    .append("usual items first: ").append(percent(findings.personal().hitRate())).append(" (recall ")
                    .append(percent(findings.personal().recall())).append(").\n\n");
        }
        if (truth != null) {
            text.append("## Planted pairs\n\nThe simulated shop planted ").append(truth.complements().size())
                    .append(" complements and ").append(truth.substitutes().size()).append(" substitutes. Found: ")
                    .append(RecommendationsReport.recovered(findings, truth.complements(), true))
                    .append(" complements among the top ").append(settings.top()).append(" related items, ")
                    .append(RecommendationsReport.recovered(findings, truth.substitutes(), false))
                    .append(" substitutes as the strongest substitute of one of their items (ground-truth.csv).\n");
        }
        return text.toString();
    }

    /** A pair, first item in name order. */
    record Strongest(String item, String other) {}

    /** The related pair with the highest damped cosine. */
    private static Strongest strongestComplement(Findings findings) {
        Strongest best = null;
        double score = 0;
        for (Map.Entry<String, List<Related>> entry : findings.related().entrySet()) {
            for (Related related : entry.getValue()) {
                if (related.score() > score) {
                    score = related.score();
                    best = new Strongest(entry.getKey(), related.item());
                }
            }
        }
        return best;
    }
}
