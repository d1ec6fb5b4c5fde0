package dev.mlkatas.anomalies.report;

import dev.mlkatas.anomalies.evaluation.ModelResult;
import java.util.Locale;

/**
 * The anomalies job's {@code report.md}: what was read, how rare fraud is, each detector's AP beside its ROC AUC,
 * and what the cheapest threshold blocks and costs, in plain words with the run's own numbers.
 *
 * <p>Example: {@code Files.writeString(out.file("report.md"), AnomalyReport.markdown(run))}
 */
public final class AnomalyReport {

    private AnomalyReport() {
    }

    public static String markdown(AnomalyRun run) {
        StringBuilder md = new StringBuilder();
        int testOrders = run.testLabels().length;
        int frauds = run.testFrauds();
        md.append("# Which orders should not be paid?\n\n");
        md.append(f("Input: %s. %,d orders, %,d of them fraud (%.2f %%). Seed %d.%n%n",
                run.transactions().source(), run.transactions().size(), run.transactions().frauds(),
                100.0 * run.transactions().frauds() / run.transactions().size(), run.seed()));
        md.append(f("Every detector is judged on the last %.0f %% of the orders in time order: %,d orders, %,d frauds "
                + "(%.2f %%). The boosted trees learn from the %,d orders before them and their labels; the isolation "
                + "forest learns from the same orders without labels; the rolling detector watches nothing but the "
                + "amounts, one order after another, comparing each with the %d before it.%n%n",
                100 * run.settings().testShare(), testOrders, frauds, 100.0 * frauds / testOrders, run.testStart(),
                run.settings().window()));
        md.append("## How good is each detector?\n\n");
        md.append("| detector | AP | ROC AUC | cheapest threshold | frauds blocked | good orders blocked | cost |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (ModelResult r : run.results()) {
            md.append(f("| %s | %.3f | %.3f | %s | %d of %d | %,d | %,.0f |%n", r.title(), r.averagePrecision(),
                    r.rocAuc(), threshold(r), r.caught(), frauds, r.blockedGood(), r.choice().cost()));
        }
        if (run.boostedLeftOut() != null) {
            md.append(f("%nNo boosted trees in this run: %s.%n", run.boostedLeftOut()));
        }
        md.append(f("%nA score that knew nothing would have an AP of %.4f, the fraud rate, and a ROC AUC of 0.5. ",
                (double) frauds / testOrders));
        ModelResult best = run.best();
        md.append(f("The best detector here is the %s: AP %.3f. Its ROC AUC, %.3f, sounds better than it is: ROC "
                + "divides false alarms by the %,d good orders, so a few hundred wrongly blocked customers hardly "
                + "move it. AP divides by what is flagged, which is what the people who review flagged orders see.%n%n",
                best.title(), best.averagePrecision(), best.rocAuc(), testOrders - frauds));
        md.append("## What should we block?\n\n");
        md.append(f("A fraud that is paid costs %,.2f here; a good order that is blocked costs %,.2f (the margin, "
                + "the support call, the customer who may not come back). Paying every test order would cost "
                + "%,.0f. ", run.settings().missCost(), run.settings().blockCost(),
                run.settings().missCost() * frauds));
        md.append(f("Blocking every order the %s scores at or above %s costs %,.0f instead: %d of the %d frauds "
                + "blocked, %,d good orders blocked with them. The threshold comes from the costs, not from a "
                + "target rate: if a chargeback costs more, the cheapest threshold falls and more is blocked.%n%n",
                best.title(), threshold(best), best.choice().cost(), best.caught(), frauds, best.blockedGood()));
        md.append("![precision against recall](precision-recall.png)\n\n");
        md.append("![cost by share of orders blocked](cost-by-threshold.png)\n\n");
        md.append(f("The rolling detector needs no labels and no training: it is what runs on the first day, before "
                + "any chargeback has arrived, and it watches one number as it streams. Here it reaches AP %.3f on "
                + "the amounts alone, against %.3f for the %s.%n%n", run.results().get(0).averagePrecision(),
                best.averagePrecision(), best.title()));
        md.append(f("Run time %.1f s.%n", run.seconds()));
        return md.toString();
    }

    private static String threshold(ModelResult r) {
        return Double.isInfinite(r.choice().threshold()) ? "none (block nothing)"
                : f("%.4g", r.choice().threshold());
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
