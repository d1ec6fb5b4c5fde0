package dev.mlkatas.experiments.data;

/**
 * The users of one A/B experiment in the order they entered it, one row each: which arm, the metric, and
 * optionally a pre-experiment covariate (for CUPED) and a denominator (orders, for a ratio metric).
 *
 * <p>Example: {@code Experiment e = ExperimentCsv.read(file, columns); e.treatment().metric().length}
 *
 * @param source what the rows are, for the report: a file name or "simulated ..."
 * @param metricName the metric's column, e.g. {@code spend}
 * @param covariateName the covariate's column, or null without one
 * @param denominatorName the denominator's column, or null without one
 * @param inTreatment for each row in order of arrival, whether the user is in the treatment arm
 * @param treatment the treatment's rows, in order of arrival
 * @param control the control's rows, in order of arrival
 */
public record Experiment(String source, String metricName, String covariateName, String denominatorName,
        boolean[] inTreatment, Arm treatment, Arm control) {

    /** One arm's columns; covariate and denominator are null when the experiment has none. */
    public record Arm(double[] metric, double[] covariate, double[] denominator) {

        public int users() {
            return metric.length;
        }
    }

    public int users() {
        return inTreatment.length;
    }

    /** Whether every metric value is 0 or 1: a conversion, tested as a proportion as well. */
    public boolean binaryMetric() {
        return binary(treatment.metric()) && binary(control.metric());
    }

    private static boolean binary(double[] values) {
        for (double value : values) {
            if (value != 0 && value != 1) {
                return false;
            }
        }
        return true;
    }
}
