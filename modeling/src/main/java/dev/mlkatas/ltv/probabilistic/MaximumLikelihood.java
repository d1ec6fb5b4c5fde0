package dev.mlkatas.ltv.probabilistic;

import dev.mlkatas.jobs.BadInputException;
import java.util.function.ToDoubleFunction;
import smile.math.BFGS;
import smile.math.DifferentiableMultivariateFunction;

/**
 * Maximises a log-likelihood over positive parameters with Smile's BFGS, working on their logarithms so
 * that every step stays positive. The gradient is by central differences, since only the likelihood
 * itself is given; standard errors come from the inverse of the numerical Hessian (the observed
 * information), carried back from the logarithms by the delta method: se(θ) = θ · se(log θ).
 *
 * <p>Example: {@code MaximumLikelihood.maximise(theta -> logLikelihood(theta), new double[] {1, 1, 1, 1}, n)}
 */
public final class MaximumLikelihood {

    /** The result: the maximising parameters, their standard errors (NaN when undefined), the maximum. */
    public record Estimate(double[] parameters, double[] standardErrors, double logLikelihood, int evaluations) {}

    private static final double STEP = 1e-5;
    private static final double GRADIENT_TOLERANCE = 1e-7;
    private static final int MAX_ITERATIONS = 500;

    private MaximumLikelihood() {
    }

    /**
     * @param logLikelihood the total log-likelihood of the data at positive parameters
     * @param start positive starting values
     * @param observations how many independent observations the total sums over; the objective is divided
     *     by it so that the tolerance means the same for 100 customers as for 100,000
     */
    public static Estimate maximise(ToDoubleFunction<double[]> logLikelihood, double[] start, int observations) {
        int d = start.length;
        int[] evaluations = {0};
        ToDoubleFunction<double[]> onLogs = logs -> {
            evaluations[0]++;
            double[] theta = new double[d];
            for (int i = 0; i < d; i++) {
                theta[i] = Math.exp(logs[i]);
            }
            double value;
            try {
                value = logLikelihood.applyAsDouble(theta);
            } catch (IllegalArgumentException e) {
                // exp overflowed to a parameter the model rejects: as bad as it gets.
                return Double.NEGATIVE_INFINITY;
            }
            // A step into a region where the likelihood breaks down must look bad, not stop the search.
            return Double.isFinite(value) ? value : Double.NEGATIVE_INFINITY;
        };
        DifferentiableMultivariateFunction objective = new DifferentiableMultivariateFunction() {
            private static final long serialVersionUID = 1L;

            @Override
            public double f(double[] logs) {
                double value = onLogs.applyAsDouble(logs);
                return value == Double.NEGATIVE_INFINITY ? Double.MAX_VALUE : -value / observations;
            }

            @Override
            public double g(double[] logs, double[] gradient) {
                double[] probe = logs.clone();
                for (int i = 0; i < d; i++) {
                    probe[i] = logs[i] + STEP;
                    double up = f(probe);
                    probe[i] = logs[i] - STEP;
                    double down = f(probe);
                    probe[i] = logs[i];
                    gradient[i] = (up - down) / (2 * STEP);
                }
                return f(logs);
            }
        };
        double[] logs = new double[d];
        for (int i = 0; i < d; i++) {
            logs[i] = Math.log(start[i]);
        }
        BFGS.minimize(objective, logs, GRADIENT_TOLERANCE, MAX_ITERATIONS);
        double maximum = onLogs.applyAsDouble(logs);
        if (!Double.isFinite(maximum)) {
            throw new BadInputException("the likelihood could not be maximised: it is not finite at the end of the search");
        }
        double[] parameters = new double[d];
        for (int i = 0; i < d; i++) {
            parameters[i] = Math.exp(logs[i]);
        }
        double[][] covariance = SymmetricMatrix.inverse(negativeHessian(onLogs, logs));
        double[] errors = new double[d];
        for (int i = 0; i < d; i++) {
            errors[i] = covariance == null || !(covariance[i][i] > 0)
                    ? Double.NaN : parameters[i] * Math.sqrt(covariance[i][i]);
        }
        return new Estimate(parameters, errors, maximum, evaluations[0]);
    }

    /** Minus the matrix of second derivatives of the log-likelihood, by central differences. */
    private static double[][] negativeHessian(ToDoubleFunction<double[]> f, double[] at) {
        int d = at.length;
        double h = 1e-4;
        double center = f.applyAsDouble(at);
        double[][] hessian = new double[d][d];
        double[] probe = at.clone();
        for (int i = 0; i < d; i++) {
            probe[i] = at[i] + h;
            double up = f.applyAsDouble(probe);
            probe[i] = at[i] - h;
            double down = f.applyAsDouble(probe);
            probe[i] = at[i];
            hessian[i][i] = -(up - 2 * center + down) / (h * h);
            for (int j = 0; j < i; j++) {
                double sum = 0;
                for (int si = -1; si <= 1; si += 2) {
                    for (int sj = -1; sj <= 1; sj += 2) {
                        probe[i] = at[i] + si * h;
                        probe[j] = at[j] + sj * h;
                        sum += si * sj * f.applyAsDouble(probe);
                    }
                }
                probe[i] = at[i];
                probe[j] = at[j];
                hessian[i][j] = -sum / (4 * h * h);
                hessian[j][i] = hessian[i][j];
            }
        }
        return hessian;
    }
}
