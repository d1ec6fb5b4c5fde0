package dev.mlkatas.ltv.report;

import dev.mlkatas.ltv.evaluation.SpendMetrics;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import smile.math.MathEx;

/**
 * The figures of a lifetime-value run as {@code summary.json}: the fitted parameters under their names
 * ({@code r}, {@code alpha}, {@code a}, {@code b}, {@code p}, {@code q}, {@code gamma}) with standard errors,
 * the log-likelihoods, and the holdout metrics of both approaches (the regression's, when it was skipped, are
 * {@code {"skipped": true, "reason": "..."}}).
 *
 * <p>Example: {@code JsonFile.write(LtvSummary.of(run), out.file("summary.json"))}
 */
public final class LtvSummary {

    private LtvSummary() {
    }

    public static Map<String, Object> of(LtvRun run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kata", "ltv");
        summary.put("seed", run.seed());
        summary.put("inputs", run.inputs());
        summary.put("timeUnit", run.data().unit().label());
        summary.put("calibrationEnd", run.data().calibrationEnd().toString());
        summary.put("holdoutEnd", run.data().holdoutEnd().toString());
        summary.put("holdoutLength", run.data().holdoutLength());
        summary.put("customers", run.data().customers());

        double[] bg = run.bgNbd().standardErrors();
        summary.put("r", run.bgNbd().parameters().r());
        summary.put("alpha", run.bgNbd().parameters().alpha());
        summary.put("a", run.bgNbd().parameters().a());
        summary.put("b", run.bgNbd().parameters().b());
        summary.put("p", run.gammaGamma().p());
        summary.put("q", run.gammaGamma().q());
        summary.put("gamma", run.gammaGamma().gamma());
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("r", bg[0]);
        errors.put("alpha", bg[1]);
        errors.put("a", bg[2]);
        errors.put("b", bg[3]);
        double[] gg = run.gammaGamma().standardErrors();
        errors.put("p", gg[0]);
        errors.put("q", gg[1]);
        errors.put("gamma", gg[2]);
        summary.put("standardErrors", errors);
        Map<String, Object> likelihoods = new LinkedHashMap<>();
        likelihoods.put("bgNbd", run.bgNbd().logLikelihood());
        likelihoods.put("gammaGamma", run.gammaGamma().logLikelihood());
        summary.put("logLikelihood", likelihoods);
        summary.put("gammaGammaCustomers", run.gammaGamma().customers());
        summary.put("frequencyValueCorrelation", run.frequencyValueCorrelation());
        if (run.truth() != null) {
            summary.put("truth", dev.mlkatas.grocery.GenerateCommand.truth(run.truth(), run.data().customers()));
        }

        Map<String, Object> holdout = new LinkedHashMap<>();
        holdout.put("bgNbdGammaGamma", metrics(run.probabilistic()));
        if (run.regression() instanceof RegressionComparison.Ran ran) {
            holdout.put("gradientBoostedRegression", metrics(ran.metrics()));
            holdout.put("regressionTrainingRows", ran.trainingRows());
        } else if (run.regression() instanceof RegressionComparison.Skipped skipped) {
            Map<String, Object> why = new LinkedHashMap<>();
            why.put("skipped", true);
            why.put("reason", skipped.reason());
            holdout.put("gradientBoostedRegression", why);
        }
        holdout.put("actualTransactions", Arrays.stream(run.data().holdoutTransactions()).sum());
        holdout.put("bgNbdExpectedTransactions", MathEx.sum(run.probabilisticTransactions()));
        summary.put("holdout", holdout);

        Map<String, Object> clv = new LinkedHashMap<>();
        clv.put("horizonWeeks", run.lifetimeValue().horizonWeeks());
        clv.put("annualDiscountRate", run.lifetimeValue().annualDiscountRate());
        clv.put("total", MathEx.sum(run.lifetimeValues()));
        clv.put("mean", MathEx.mean(run.lifetimeValues()));
        clv.put("median", MathEx.median(run.lifetimeValues().clone()));
        summary.put("clv", clv);
        return summary;
    }

    private static Map<String, Object> metrics(SpendMetrics m) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mae", m.mae());
        map.put("rmse", m.rmse());
        map.put("spearman", m.spearman());
        map.put("topDecileRevenueShare", m.topDecileRevenueShare());
        map.put("predictedRevenue", m.predictedTotal());
        map.put("actualRevenue", m.actualTotal());
        return map;
    }
}
