package dev.mlkatas.ltv.probabilistic;

import dev.mlkatas.ltv.RfmSummary;
import dev.mlkatas.ltv.TimeUnit;

/**
 * Discounted customer lifetime value over a horizon: the transactions BG/NBD expects in each four-week
 * step, times the value Gamma-Gamma expects of each, discounted to today at an annual rate.
 *
 * <p>Example: {@code new LifetimeValue(bgNbd, gammaGamma, TimeUnit.WEEKS, 52, 0.10).of(customer)}
 *
 * @param horizonWeeks how far ahead to count
 * @param annualDiscountRate e.g. 0.10 for 10 % a year
 */
public record LifetimeValue(BgNbdModel transactions, GammaGammaModel spend, TimeUnit unit, int horizonWeeks,
        double annualDiscountRate) {

    private static final int STEP_WEEKS = 4;

    /** The customer's discounted value over the horizon. */
    public double of(RfmSummary customer) {
        double perTransaction = spend.expectedValue(customer);
        double weekLength = 7.0 / unit.days();
        double value = 0;
        double before = 0;
        for (int week = STEP_WEEKS; week <= horizonWeeks + STEP_WEEKS - 1; week += STEP_WEEKS) {
            int until = Math.min(week, horizonWeeks);
            double expected = transactions.expectedTransactions(customer, until * weekLength);
            value += (expected - before) * perTransaction / Math.pow(1 + annualDiscountRate, until / 52.0);
            before = expected;
            if (until == horizonWeeks) {
                break;
            }
        }
        return value;
    }
}
