package dev.mlkatas.dispatch.eta;

import dev.mlkatas.dispatch.simulation.Handover;
import java.util.List;
import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;

/**
 * A quantile model of handover minutes: Smile's gradient-boosted trees fitted with the quantile loss
 * ({@code Loss.quantile(tau)}), one model per quantile. The p50 says what a handover usually takes, the p90 what
 * to plan with when a window is promised.
 *
 * <p>Example: {@code EtaModel.fit(features, minutes, 0.9, 100, 7).predict(features.get(0))}
 */
public final class EtaModel {

    private final GradientTreeBoost model;
    private final double tau;

    private EtaModel(GradientTreeBoost model, double tau) {
        this.model = model;
        this.tau = tau;
    }

    /** Fits {@code trees} trees of at most 6 levels to the {@code tau} quantile; the seed fixes the subsamples. */
    public static EtaModel fit(List<double[]> features, double[] minutes, double tau, int trees, long seed) {
        DataFrame frame = DataFrame.of(features.toArray(double[][]::new), Handover.FEATURES)
                .merge(DoubleVector.of("minutes", minutes));
        // Smile draws the subsamples from the calling thread's generator: seed it.
        MathEx.setSeed(seed);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs("minutes"), frame, Loss.quantile(tau), trees, 6,
                32, 20, 0.1, 0.7);
        return new EtaModel(model, tau);
    }

    /** The quantile this model predicts. */
    public double tau() {
        return tau;
    }

    /** The predicted minutes of each row of features. */
    public double[] predict(List<double[]> features) {
        DataFrame frame = DataFrame.of(features.toArray(double[][]::new), Handover.FEATURES);
        double[] predicted = new double[features.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = Math.max(0, model.predict(frame.get(i)));
        }
        return predicted;
    }
}
