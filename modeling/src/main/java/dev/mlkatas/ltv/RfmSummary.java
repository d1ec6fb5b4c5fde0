package dev.mlkatas.ltv;

/**
 * A customer's orders up to a calibration end, summed up the way the BG/NBD and Gamma-Gamma models read
 * them ("recency, frequency, monetary value"). Several orders on one day are one transaction, whose value
 * is their sum. Times are in the chosen {@link TimeUnit}.
 *
 * <p>Example: {@code new RfmSummary(2, 3.0, 5.0, 41.5)}: two repeat transactions, the last 3 weeks after the
 * first, the first 5 weeks before the calibration end, repeat transactions worth 41.50 on average.
 *
 * @param frequency x: the number of repeat transactions, i.e. distinct order days after the first
 * @param recency t_x: the time from the first transaction to the last (0 when there is no repeat)
 * @param age T: the time from the first transaction to the calibration end
 * @param monetaryValue the mean value of the repeat transactions, the first one left out; 0 when there is
 *     no repeat
 */
public record RfmSummary(int frequency, double recency, double age, double monetaryValue) {

    public RfmSummary {
        if (frequency < 0 || !(recency >= 0) || !(age >= recency) || !(monetaryValue >= 0)) {
            throw new IllegalArgumentException("not a customer summary: x=" + frequency + ", t_x=" + recency + ", T="
                    + age + ", m=" + monetaryValue + " (need x >= 0 and 0 <= t_x <= T, m >= 0)");
        }
    }
}
