package dev.mlkatas.dispatch.eta;

import dev.mlkatas.dispatch.QuantileEta;
import dev.mlkatas.dispatch.simulation.CityDay;
import dev.mlkatas.dispatch.simulation.Delivery;
import java.util.Arrays;
import java.util.List;

/**
 * The ETA models learnt from past handovers and scored on the last fifth of them, which they never saw: the
 * mean pinball loss and the coverage of the p50 and the p90 model, each against the constant that a model
 * without features would predict (the training minutes' empirical quantile). Then the day's deliveries as both
 * models see them.
 *
 * <p>Example: {@code EtaEvaluation.of(day, 100, 7).p90().coverage()} is near 0.9 for a calibrated p90.
 *
 * @param p50 the median model's scores
 * @param p90 the 90th percentile model's scores
 * @param trainRows past handovers learnt from
 * @param testRows past handovers scored
 * @param dayP50 the median model's minutes for each of the day's deliveries
 * @param dayP90 the p90 model's minutes for each of the day's deliveries
 */
public record EtaEvaluation(Scores p50, Scores p90, int trainRows, int testRows, double[] dayP50,
        double[] dayP90) {

    /**
     * One quantile's scores on the held-out handovers.
     *
     * @param tau the quantile
     * @param pinball the model's mean pinball loss
     * @param coverage the share of handovers that took at most the model's minutes
     * @param constant the constant's minutes (the training minutes' empirical quantile)
     * @param constantPinball the constant's mean pinball loss
     * @param constantCoverage the constant's coverage
     */
    public record Scores(double tau, double pinball, double coverage, double constant, double constantPinball,
            double constantCoverage) {
    }

    /** Learns both models with {@code trees} trees each and scores them. */
    public static EtaEvaluation of(CityDay day, int trees, long seed) {
        List<double[]> features = day.pastFeatures();
        double[] minutes = day.pastMinutes();
        int split = minutes.length - minutes.length / 5;
        List<double[]> trainX = features.subList(0, split);
        double[] trainY = Arrays.copyOfRange(minutes, 0, split);
        List<double[]> testX = features.subList(split, minutes.length);
        double[] testY = Arrays.copyOfRange(minutes, split, minutes.length);
        List<double[]> dayX = day.deliveries().stream().map(Delivery::features).toList();
        EtaModel median = EtaModel.fit(trainX, trainY, 0.5, trees, seed);
        EtaModel high = EtaModel.fit(trainX, trainY, 0.9, trees, seed);
        return new EtaEvaluation(score(median, trainY, testX, testY), score(high, trainY, testX, testY), split,
                testY.length, median.predict(dayX), high.predict(dayX));
    }

    private static Scores score(EtaModel model, double[] trainY, List<double[]> testX, double[] testY) {
        double[] predicted = model.predict(testX);
        double constant = QuantileEta.empiricalQuantile(trainY, model.tau());
        double[] flat = new double[testY.length];
        Arrays.fill(flat, constant);
        return new Scores(model.tau(), QuantileEta.meanPinball(testY, predicted, model.tau()),
                QuantileEta.coverage(testY, predicted), constant, QuantileEta.meanPinball(testY, flat, model.tau()),
                QuantileEta.coverage(testY, flat));
    }
}
