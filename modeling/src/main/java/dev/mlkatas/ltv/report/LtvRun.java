package dev.mlkatas.ltv.report;

import dev.mlkatas.grocery.world.GroundTruth;
import dev.mlkatas.ltv.data.LtvData;
import dev.mlkatas.ltv.evaluation.SpendMetrics;
import dev.mlkatas.ltv.probabilistic.BgNbdModel;
import dev.mlkatas.ltv.probabilistic.GammaGammaModel;
import dev.mlkatas.ltv.probabilistic.LifetimeValue;
import java.util.Map;

/**
 * Everything one run of the lifetime-value job found, for {@link LtvReport}, {@link LtvCharts} and
 * {@link LtvSummary}.
 *
 * <p>Example: {@code new LtvRun(inputs, seed, data, bgNbd, gammaGamma, truth, ...)}
 *
 * @param truth the parameters the data was drawn from when it was generated, else null
 * @param probabilisticSpend BG/NBD transactions × Gamma-Gamma value, for the holdout, per customer
 * @param regression the gradient-boosted regression on the same holdout, or why it was skipped
 * @param probabilisticTransactions BG/NBD's expected holdout transactions, per customer
 * @param lifetimeValues each customer's discounted value over the CLV horizon
 */
public record LtvRun(Map<String, Object> inputs, long seed, LtvData data, BgNbdModel bgNbd, GammaGammaModel gammaGamma,
        GroundTruth truth, double frequencyValueCorrelation, double[] probabilisticSpend,
        double[] probabilisticTransactions, SpendMetrics probabilistic, RegressionComparison regression,
        LifetimeValue lifetimeValue, double[] lifetimeValues) {}
