package dev.mlkatas.churn.report;

import dev.mlkatas.churn.evaluation.ChurnMetrics;
import dev.mlkatas.churn.evaluation.ModelComparison.ModelResult;
import dev.mlkatas.churn.evaluation.RetentionThreshold;
import dev.mlkatas.churn.evaluation.RetentionThreshold.Outcome;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.md}: the churn run for a reader who is not a data scientist. It says what the AUC means
 * with this run's own numbers, how much the cross-validation says to trust them, and which customers to
 * send a retention offer.
 *
 * <p>Example: {@code Files.writeString(out.file("report.md"), ChurnReport.markdown(run))}
 */
public final class ChurnReport {

    private ChurnReport() {
    }

    public static String markdown(ChurnRun run) {
        StringBuilder md = new StringBuilder();
        ModelResult best = run.best();
        ChurnMetrics holdout = best.holdout();
        int[] holdoutLabels = run.comparison().holdoutLabels();
        int leavers = Arrays.stream(holdoutLabels).sum();
        String label = run.data().calibration().labelName();

        md.append("# Who is about to leave: churn report\n\n");
        md.append(f("Seed %d. Inputs: %s.%n%n", run.comparison().settings().seed(), inputs(run.inputs())));

        md.append("## In one paragraph\n\n");
        md.append(f("Pick one customer who left and one who stayed, at random: the %s ranks the one who left as "
                + "riskier **%.0f %% of the time** (its AUC on the holdout, %.3f; a coin toss would be right 50 %% of the "
                + "time). Sort customers by that risk and **the riskiest 10 %% of customers hold %.0f %% of everyone who "
                + "left** (%.1f times their share, since %.0f %% of customers left overall).%n%n",
                best.learner().title(), 100 * holdout.auc(), holdout.auc(), 100 * holdout.topDecileCapture(),
                holdout.topDecileLift(), 100 * holdout.baseRate()));
        md.append(offerParagraph(run));

        md.append("## The data\n\n");
        for (String line : run.data().description()) {
            md.append("- ").append(line).append('\n');
        }
        int[] calibrationLabels = run.comparison().calibrationLabels();
        md.append(f("- %d calibration rows (%.1f %% with %s = 1), %d holdout rows (%.1f %%).%n", calibrationLabels.length,
                100.0 * Arrays.stream(calibrationLabels).sum() / calibrationLabels.length, label, holdoutLabels.length,
                100.0 * leavers / holdoutLabels.length));
        md.append("- Features: ").append(String.join(", ", run.comparison().features())).append(".\n");
        for (String note : run.comparison().preprocessing()) {
            md.append("- ").append(note).append('\n');
        }
        md.append('\n');

        md.append("## The models\n\n");
        md.append(f("Each model was cross-validated on the calibration rows with %d stratified folds (each fold keeps the "
                + "share of leavers), then fitted on all of them and scored once on the holdout.%n%n",
                run.comparison().settings().folds()));
        md.append("| model | CV AUC (mean ± sd) | holdout AUC | log loss | Brier score | top-decile lift | top 10 % holds |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (ModelResult result : run.comparison().results()) {
            ChurnMetrics m = result.holdout();
            md.append(f("| %s%s | %.3f ± %.3f | %.3f | %.3f | %.3f | %.2f | %.0f %% |%n", result.learner().title(),
                    result == best ? " (best)" : "", result.cvMean(), result.cvSd(), m.auc(), m.logLoss(), m.brier(),
                    m.topDecileLift(), 100 * m.topDecileCapture()));
        }
        double low = Arrays.stream(best.foldAucs()).min().orElseThrow();
        double high = Arrays.stream(best.foldAucs()).max().orElseThrow();
        md.append(f("%nThe best model is the one with the highest mean cross-validated AUC. Its AUC moved between %.3f "
                + "and %.3f from fold to fold: differences between models smaller than about %.3f (the standard deviation) "
                + "are noise, not a reason to prefer one.%n%n", low, high, best.cvSd()));

        md.append("## How to read the AUC (for the leadership meeting)\n\n");
        md.append(f("- **What it is.** Take every pair of one customer who left and one who stayed. The AUC is the share of "
                + "pairs in which the model gives the leaver the higher risk: here %.0f %%. 50 %% is guessing, 100 %% "
                + "would be a perfect ordering.%n", 100 * holdout.auc()));
        md.append("- **What it is not.** It is not accuracy, and it says nothing about whether a predicted 30 % really "
                + "means 3 in 10: that is what the calibration chart and the log loss and Brier score check.\n");
        md.append(f("- **Why a ranking matters.** A retention budget never covers everyone. With the customers sorted by "
                + "risk, calling the top 10 %% reaches %.0f %% of the leavers instead of 10 %% for a random list.%n",
                100 * holdout.topDecileCapture()));
        md.append("- **Why cross-validation.** One split can be lucky. Five folds give five AUCs; their spread is how "
                + "much any single number can be trusted. The holdout comes later in time and was never used to choose "
                + "anything, so it is the fairest estimate of next quarter.\n\n");

        md.append("## Charts (holdout)\n\n");
        md.append("![ROC curve](roc.png)\n\nROC: every point is a threshold. Up and to the left is better; the area under "
                + "the line is the AUC.\n\n");
        md.append("![Calibration](calibration.png)\n\nCalibration: customers grouped by predicted probability, against "
                + "the share of them who left. On the diagonal, a predicted 30 % means 30 %.\n\n");
        md.append("![Cumulative gains](gains.png)\n\nCumulative gains: contact customers riskiest first; the line shows "
                + "the share of leavers reached for each share of customers contacted.\n\n");
        md.append("SVG versions of the charts sit beside the PNGs; every figure is in `summary.json`.\n");
        return md.toString();
    }

    private static String offerParagraph(ChurnRun run) {
        RetentionThreshold threshold = run.threshold();
        Outcome holdout = run.onHoldout();
        StringBuilder md = new StringBuilder();
        md.append("## Who should get a retention offer\n\n");
        md.append(f("An offer costs %.2f whoever gets it and is worth %.2f when it reaches a customer who would have left "
                + "(what keeping them brings, times the chance the offer keeps them). ", threshold.offerCost(),
                threshold.saveValue()));
        if (holdout.offers() == 0 && threshold.threshold() > 1) {
            md.append("At these figures no threshold paid off on the cross-validated predictions: **send no offers**, "
                    + "or make them cheaper or better.\n\n");
            return md.toString();
        }
        md.append(f("**Recommendation: send the offer to customers whose predicted churn probability is at least %.2f** "
                + "(by the %s). That threshold earned the most on the cross-validated predictions of the calibration "
                + "rows. If the probabilities were perfectly calibrated the break-even would be %.2f / %.2f = %.3f.%n%n",
                threshold.threshold(), run.best().learner().title(), threshold.offerCost(), threshold.saveValue(),
                threshold.breakEven()));
        md.append(f("On the holdout it would have sent %d offers to %d customers (%.0f %%), reaching %d of the %d who left "
                + "(%.0f %%), for a net of %.2f, or %.2f per 1,000 customers.%n%n", holdout.offers(), holdout.rows(),
                100.0 * holdout.offers() / holdout.rows(), holdout.churnersReached(), holdout.churners(),
                100.0 * holdout.churnersReached() / Math.max(1, holdout.churners()), holdout.profit(),
                holdout.profitPerThousand()));
        return md.toString();
    }

    private static String inputs(Map<String, Object> inputs) {
        StringBuilder text = new StringBuilder();
        inputs.forEach((key, value) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(' ').append(value));
        return text.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
