package dev.mlkatas.ltv.report;

import dev.mlkatas.grocery.world.GroundTruth;
import dev.mlkatas.ltv.TimeUnit;
import dev.mlkatas.ltv.evaluation.SpendMetrics;
import dev.mlkatas.ltv.probabilistic.BgNbdModel;
import dev.mlkatas.ltv.probabilistic.GammaGammaModel;
import java.util.Arrays;
import java.util.Locale;
import smile.math.MathEx;

/**
 * {@code report.md} of a lifetime-value run: the fitted models with standard errors and log-likelihoods,
 * how both approaches did on the holdout, and what the customer base is worth.
 *
 * <p>Example: {@code Files.writeString(out.file("report.md"), LtvReport.markdown(run))}
 */
public final class LtvReport {

    private LtvReport() {
    }

    public static String markdown(LtvRun run) {
        StringBuilder md = new StringBuilder();
        String unit = run.data().unit().label();
        md.append("# What a customer is worth: lifetime-value report\n\n");
        md.append(f("Seed %d. Transactions: %s, %d customers who ordered by the calibration end %s. Holdout: %s to %s "
                + "(%.1f %s). Time unit: %s; several orders on one day count as one transaction.%n%n", run.seed(),
                run.data().source(), run.data().customers(), run.data().calibrationEnd(),
                run.data().calibrationEnd().plusDays(1), run.data().holdoutEnd(), run.data().holdoutLength(), unit, unit));

        SpendMetrics probabilistic = run.probabilistic();
        SpendMetrics regression = run.regression() instanceof RegressionComparison.Ran ran ? ran.metrics() : null;
        md.append("## In one paragraph\n\n");
        md.append(f("Over the next %d weeks, discounted at %.0f %% a year, the customers are worth %s together, %s on "
                + "average (median %s): a few loyal customers carry most of it. On the holdout, the 10 %% of customers "
                + "the BG/NBD and Gamma-Gamma models rank highest spent %.0f %% of all holdout revenue%s.%n%n",
                run.lifetimeValue().horizonWeeks(), 100 * run.lifetimeValue().annualDiscountRate(),
                money(MathEx.sum(run.lifetimeValues())), money(MathEx.mean(run.lifetimeValues())),
                money(MathEx.median(run.lifetimeValues().clone())), 100 * probabilistic.topDecileRevenueShare(),
                regression == null ? "" : f(", and the gradient-boosted regression's top 10 %% spent %.0f %%",
                        100 * regression.topDecileRevenueShare())));

        md.append("## Probabilistic models (maximum likelihood, Smile's BFGS on log-parameters)\n\n");
        BgNbdModel bg = run.bgNbd();
        double[] se = bg.standardErrors();
        GroundTruth truth = run.truth();
        double alphaScale = run.data().unit() == TimeUnit.DAYS ? 7 : 1;
        md.append(f("BG/NBD on %d customers, log-likelihood %.2f. Purchase rates while alive ~ Gamma(r, alpha): mean "
                + "%.3f transactions a %s; dropout chance after each repeat transaction ~ Beta(a, b): mean %.3f.%n%n",
                bg.customers(), bg.logLikelihood(), bg.parameters().r() / bg.parameters().alpha(), unit.substring(0, unit.length() - 1),
                bg.parameters().a() / (bg.parameters().a() + bg.parameters().b())));
        md.append(truth == null ? "| parameter | estimate | standard error |\n|---|---:|---:|\n"
                : "| parameter | estimate | standard error | truth of the generator |\n|---|---:|---:|---:|\n");
        row(md, "r", bg.parameters().r(), se[0], truth == null ? null : truth.r());
        row(md, "alpha", bg.parameters().alpha(), se[1], truth == null ? null : truth.alpha() * alphaScale);
        row(md, "a", bg.parameters().a(), se[2], truth == null ? null : truth.a());
        row(md, "b", bg.parameters().b(), se[3], truth == null ? null : truth.b());
        if (truth != null) {
            md.append("\nThe generator's a and b are those of the base dropout chance, before each customer's covariates "
                    + "(fees, late deliveries, support contacts, plan) move it, so the fitted Beta is wider; and orders "
                    + "of one day merge into one transaction, which lowers the rate a little.\n");
        }
        GammaGammaModel gg = run.gammaGamma();
        double[] ggSe = gg.standardErrors();
        md.append(f("%nGamma-Gamma on the %d customers with repeat transactions, log-likelihood %.2f; population mean "
                + "transaction value %s. The correlation between frequency and mean value among them is %.3f "
                + "(the model assumes none).%n%n", gg.customers(), gg.logLikelihood(), money(gg.populationMean()),
                run.frequencyValueCorrelation()));
        md.append(truth == null ? "| parameter | estimate | standard error |\n|---|---:|---:|\n"
                : "| parameter | estimate | standard error | truth of the generator |\n|---|---:|---:|---:|\n");
        row(md, "p", gg.p(), ggSe[0], truth == null ? null : truth.p());
        row(md, "q", gg.q(), ggSe[1], truth == null ? null : truth.q());
        row(md, "gamma", gg.gamma(), ggSe[2], truth == null ? null : truth.gamma());

        md.append("\n## The holdout: both approaches against what customers actually spent\n\n");
        if (run.regression() instanceof RegressionComparison.Ran ran) {
            md.append(f("The regression learnt from %d customers one holdout length earlier (features at %s, target "
                    + "the spend up to %s).%n%n", ran.trainingRows(),
                    run.data().calibrationEnd().minusDays(run.data().holdoutDays()), run.data().calibrationEnd()));
        } else if (run.regression() instanceof RegressionComparison.Skipped skipped) {
            md.append("Only the probabilistic models: " + skipped.reason() + ".\n\n");
        }
        md.append("| approach | MAE | RMSE | Spearman | top 10 % holds | predicted revenue | actual revenue |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        metricsRow(md, "BG/NBD x Gamma-Gamma", probabilistic);
        if (regression != null) {
            metricsRow(md, "gradient-boosted regression", regression);
        }
        md.append(f("%nBG/NBD expected %.0f transactions in the holdout; there were %d.%n%n",
                MathEx.sum(run.probabilisticTransactions()), Arrays.stream(run.data().holdoutTransactions()).sum()));
        md.append("- **MAE and RMSE** are per customer, in money: how far off a single forecast is.\n");
        md.append("- **Spearman** compares rankings: who to look after first matters more than the exact amount.\n");
        md.append("- **Top 10 % holds** is the share of holdout revenue spent by the tenth of customers each approach "
                + "ranked highest.\n");
        md.append("- The probabilistic models need only the transaction log and give P(alive) and a forecast for any "
                + "horizon; the regression can use any feature but must be retrained for every horizon.\n\n");

        md.append("## Charts\n\n");
        md.append("![Holdout spend by predicted decile](holdout-deciles.png)\n\n");
        md.append("![Holdout transactions by calibration frequency](transactions-by-frequency.png)\n\n");
        md.append("SVG versions sit beside the PNGs; every figure is in `summary.json`.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String name, double estimate, double error, Double truth) {
        md.append(f("| %s | %.4g | %.3g |", name, estimate, error));
        if (truth != null) {
            md.append(f(" %.4g |", truth));
        }
        md.append('\n');
    }

    private static void metricsRow(StringBuilder md, String name, SpendMetrics m) {
        md.append(f("| %s | %.2f | %.2f | %.3f | %.0f %% | %s | %s |%n", name, m.mae(), m.rmse(), m.spearman(),
                100 * m.topDecileRevenueShare(), money(m.predictedTotal()), money(m.actualTotal())));
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
