package dev.mlkatas.ltv.data;

import dev.mlkatas.ltv.Rfm;
import dev.mlkatas.ltv.RfmSummary;
import dev.mlkatas.ltv.TimeUnit;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.orders.CustomerHistory;
import dev.mlkatas.orders.OrderLog;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The customers a lifetime-value run forecasts: everyone who ordered by the calibration end, summarised by
 * {@link Rfm} (the kata's task), with what they actually did in the holdout, from the day after the
 * calibration end to the last order of the file.
 *
 * <p>Example: {@code LtvData.of(log, LocalDate.parse("2024-06-30"), TimeUnit.WEEKS)}
 *
 * @param histories each customer's whole history, in the order of {@code summaries}; empty when the customers
 *     were read from a summary ({@link CustomerSummaries}), which holds no orders
 * @param summaries each customer's summary at the calibration end
 * @param holdoutSpend what each customer spent in the holdout
 * @param holdoutTransactions each customer's distinct order days in the holdout
 */
public record LtvData(String source, LocalDate firstOrder, LocalDate calibrationEnd, LocalDate holdoutEnd,
        TimeUnit unit, List<CustomerHistory> histories, List<RfmSummary> summaries, double[] holdoutSpend,
        int[] holdoutTransactions) {

    /** The default holdout: the last 26 weeks of the file. */
    public static final int DEFAULT_HOLDOUT_DAYS = 182;

    public static LocalDate defaultCalibrationEnd(OrderLog log) {
        return log.lastDate().minusDays(DEFAULT_HOLDOUT_DAYS);
    }

    public static LtvData of(OrderLog log, LocalDate calibrationEnd, TimeUnit unit) {
        LocalDate first = log.firstDate();
        LocalDate last = log.lastDate();
        if (calibrationEnd.isBefore(first)) {
            throw new BadInputException("--calibration-end " + calibrationEnd + " is before the first order in "
                    + log.source() + " (" + first + ")");
        }
        if (!calibrationEnd.isBefore(last)) {
            throw new BadInputException("--calibration-end " + calibrationEnd + " leaves no holdout: " + log.source()
                    + " ends on " + last + "; choose an earlier date");
        }
        long end = calibrationEnd.toEpochDay();
        List<CustomerHistory> histories = new ArrayList<>();
        List<RfmSummary> summaries = new ArrayList<>();
        List<double[]> holdout = new ArrayList<>();
        for (CustomerHistory history : log.histories()) {
            if (history.epochDay(0) > end) {
                continue;
            }
            histories.add(history);
            summaries.add(Rfm.summarize(history, calibrationEnd, unit));
            double spend = 0;
            int days = 0;
            long lastDay = Long.MIN_VALUE;
            for (int i = 0; i < history.size(); i++) {
                if (history.epochDay(i) > end) {
                    spend += history.amount(i);
                    days += history.epochDay(i) == lastDay ? 0 : 1;
                    lastDay = history.epochDay(i);
                }
            }
            holdout.add(new double[] {spend, days});
        }
        double[] spend = holdout.stream().mapToDouble(h -> h[0]).toArray();
        int[] transactions = holdout.stream().mapToInt(h -> (int) h[1]).toArray();
        return new LtvData(log.source(), first, calibrationEnd, last, unit, List.copyOf(histories), List.copyOf(summaries),
                spend, transactions);
    }

    /** The holdout's length in days. */
    public long holdoutDays() {
        return ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd);
    }

    /** The holdout's length in the time unit. */
    public double holdoutLength() {
        return (double) holdoutDays() / unit.days();
    }

    public int customers() {
        return summaries.size();
    }
}
