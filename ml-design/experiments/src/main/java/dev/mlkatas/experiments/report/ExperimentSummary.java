package dev.mlkatas.experiments.report;

import dev.mlkatas.experiments.Estimate;
import dev.mlkatas.experiments.analysis.ExperimentAnalysis.Design;
import dev.mlkatas.experiments.analysis.ExperimentAnalysis.Results;
import dev.mlkatas.experiments.analysis.Looks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code summary.json}: the run's numbers for machines, in the order the report tells them.
 *
 * <p>Example: {@code JsonFile.write(ExperimentSummary.of(results, inputs), out.file("summary.json"))}
 */
public final class ExperimentSummary {

    private ExperimentSummary() {
    }

    public static Map<String, Object> of(Results r, Map<String, Object> inputs) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("inputs", inputs);
        summary.put("source", r.experiment().source());
        summary.put("metric", r.experiment().metricName());
        summary.put("alpha", r.settings().alpha());
        summary.put("users", Map.of("treatment", r.experiment().treatment().users(),
                "control", r.experiment().control().users()));
        summary.put("means", Map.of("treatment", r.treatmentMean(), "control", r.controlMean()));
        summary.put("welch", estimate(r.welch()));
        if (r.cuped() != null) {
            Map<String, Object> cuped = estimate(r.cuped());
            cuped.put("covariate", r.experiment().covariateName());
            cuped.put("theta", r.theta());
            cuped.put("correlation", r.correlation());
            cuped.put("varianceReduction", r.varianceReduction());
            summary.put("cuped", cuped);
        }
        if (r.proportions() != null) {
            summary.put("twoProportions", estimate(r.proportions()));
        }
        if (r.ratio() != null) {
            Map<String, Object> ratio = estimate(r.ratio());
            ratio.put("denominator", r.experiment().denominatorName());
            summary.put("ratio", ratio);
        }
        Design d = r.design();
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("minimumEffect", d.minimumEffect());
        design.put("power", r.settings().power());
        design.put("controlStandardDeviation", d.standardDeviation());
        design.put("perGroup", d.perGroup());
        if (d.perGroupWithCuped() >= 0) {
            design.put("perGroupWithCuped", d.perGroupWithCuped());
        }
        design.put("powerAtThisSize", d.powerAtThisSize());
        summary.put("sampleSize", design);
        Looks looks = r.looks();
        Map<String, Object> sequential = new LinkedHashMap<>();
        sequential.put("looks", looks.size());
        sequential.put("tau2", looks.tau2());
        sequential.put("firstNaiveRejectionUsers", looks.firstNaive() < 0 ? null : looks.users()[looks.firstNaive()]);
        sequential.put("firstMsprtRejectionUsers", looks.firstMsprt() < 0 ? null : looks.users()[looks.firstMsprt()]);
        sequential.put("finalAlwaysValidPValue", looks.size() == 0 ? null : looks.alwaysValid()[looks.size() - 1]);
        summary.put("sequential", sequential);
        return summary;
    }

    private static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("difference", e.difference());
        map.put("standardError", e.standardError());
        map.put("statistic", e.statistic());
        map.put("degreesOfFreedom", Double.isInfinite(e.degreesOfFreedom()) ? "infinite" : e.degreesOfFreedom());
        map.put("pValue", e.pValue());
        map.put("low", e.low());
        map.put("high", e.high());
        return map;
    }
}
