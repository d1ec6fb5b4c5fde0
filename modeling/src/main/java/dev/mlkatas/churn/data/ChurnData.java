package dev.mlkatas.churn.data;

import dev.mlkatas.churn.StratifiedKFold;
import dev.mlkatas.customers.BehaviourFeatures;
import dev.mlkatas.customers.CustomerTable;
import dev.mlkatas.customers.CustomerTable.Column;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.ltv.RfmSummary;
import dev.mlkatas.ltv.data.CustomerSummaries;
import dev.mlkatas.ltv.data.LtvData;
import dev.mlkatas.orders.CustomerHistory;
import dev.mlkatas.orders.OrderLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a churn model learns from and is judged on: a calibration table (cross-validated, then fitted
 * on whole) and a holdout table (scored once, at the end).
 *
 * <p>Example: {@code ChurnData.fromOrders(log, covariates, new Periods(calibrationEnd, 90, 90))}
 *
 * @param calibration the labelled rows the models are cross-validated and fitted on
 * @param holdout the labelled rows they are finally scored on
 * @param description one sentence per line on where the rows come from, for the report
 */
public record ChurnData(CustomerTable calibration, CustomerTable holdout, List<String> description) {

    public static final String LABEL = "churned";
    public static final String ID = "customer_id";
    /** The features of {@link #fromSummary}, named as {@link BehaviourFeatures} names them where they agree. */
    public static final List<String> SUMMARY_FEATURES = List.of("recency_days", "order_days", "orders_per_30_days",
            "tenure_days", "gap_mean_days", "recency_vs_gap", "mean_repeat_value");

    /**
     * The periods of a split by date. Features come from orders up to {@code calibrationEnd}; the label is
     * whether the customer ordered in the {@code horizonDays} after it. The holdout is the same, one horizon
     * later: features up to {@code calibrationEnd + horizon}, label from the horizon after that. Only
     * customers who ordered in the {@code activeDays} before a cutoff are rows: the ones an offer could
     * still keep.
     */
    public record Periods(LocalDate calibrationEnd, int horizonDays, int activeDays) {

        public LocalDate holdoutStart() {
            return calibrationEnd.plusDays(horizonDays);
        }

        public LocalDate holdoutEnd() {
            return calibrationEnd.plusDays(2L * horizonDays);
        }
    }

    /** The default calibration end: two horizons before the last order, so that both periods fit. */
    public static LocalDate defaultCalibrationEnd(OrderLog log, int horizonDays) {
        return log.lastDate().minusDays(2L * horizonDays);
    }

    /**
     * Rows from a transaction log split by date, with each customer's covariates (a table without labels,
     * or null) joined by id.
     */
    public static ChurnData fromOrders(OrderLog log, CustomerTable covariates, Periods periods) {
        LocalDate first = log.firstDate();
        LocalDate last = log.lastDate();
        if (periods.calibrationEnd().isBefore(first)) {
            throw new BadInputException("--calibration-end " + periods.calibrationEnd() + " is before the first order in "
                    + log.source() + " (" + first + ")");
        }
        if (periods.holdoutEnd().isAfter(last)) {
            throw new BadInputException("--calibration-end " + periods.calibrationEnd() + " leaves no room for the holdout: "
                    + "it needs 2 x " + periods.horizonDays() + " days of orders after it, and " + log.source()
                    + " ends on " + last + " (the latest calibration end it allows is "
                    + last.minusDays(2L * periods.horizonDays()) + ")");
        }
        List<CustomerHistory> histories = log.histories();
        CustomerTable calibration = table(histories, covariates, periods.calibrationEnd(), periods);
        CustomerTable holdout = table(histories, covariates, periods.holdoutStart(), periods);
        List<String> description = List.of(
                "Transactions: " + log.source() + ", " + log.orders() + " orders of " + log.customers()
                        + " customers from " + first + " to " + last + ".",
                "Calibration rows: customers who ordered in the " + periods.activeDays() + " days up to "
                        + periods.calibrationEnd() + ", described by their orders up to that day; '" + LABEL
                        + "' = no order from " + periods.calibrationEnd().plusDays(1) + " to " + periods.holdoutStart() + ".",
                "Holdout rows: the same one horizon later, customers who ordered in the " + periods.activeDays()
                        + " days up to " + periods.holdoutStart() + "; '" + LABEL + "' = no order from "
                        + periods.holdoutStart().plusDays(1) + " to " + periods.holdoutEnd() + ".",
                covariates == null ? "Covariates: none, the features come from the orders alone."
                        : "Covariates: " + covariates.columns().stream().map(Column::name).toList() + ", joined by customer id.");
        return new ChurnData(calibration, holdout, description);
    }

    /**
     * Rows from a table of one row per customer. A fifth of the rows, stratified by the label with
     * {@link StratifiedKFold} and {@code seed}, is the holdout; the rest is the calibration table.
     */
    public static ChurnData fromTable(CustomerTable table, String source, long seed) {
        requireBothClasses(table, source);
        if (table.rows() < 10) {
            throw new BadInputException(source + ": has " + table.rows() + " rows; the holdout and 5 folds need at least 10");
        }
        int[][] folds = StratifiedKFold.split(table.labels(), 5, seed);
        int[] holdoutRows = folds[0];
        int[] calibrationRows = new int[table.rows() - holdoutRows.length];
        int next = 0;
        for (int f = 1; f < folds.length; f++) {
            for (int row : folds[f]) {
                calibrationRows[next++] = row;
            }
        }
        java.util.Arrays.sort(calibrationRows);
        return new ChurnData(table.rows(calibrationRows), table.rows(holdoutRows), List.of(
                "Customers: " + source + ", " + table.rows() + " rows, label '" + table.labelName() + "' ("
                        + table.positives() + " positive).",
                "Holdout rows: a fifth of the rows, stratified by the label (seed " + seed + "); calibration rows: the rest."));
    }

    /**
     * Rows from the per-customer summary of the mapreduce module's summary job (read by {@link CustomerSummaries},
     * in days): the customers who ordered in the {@code activeDays} up to its calibration end, described by the
     * figures of {@link BehaviourFeatures} a summary still holds (recency, order days, orders per 30 days, tenure,
     * the mean gap and recency against it) and the mean value of their repeat orders; '{@value #LABEL}' = no
     * order in the summary's holdout, from the day after its calibration end to its last order. A summary is one
     * cutoff, so the holdout rows are a stratified fifth of the customers, as in {@link #fromTable}.
     */
    public static ChurnData fromSummary(CustomerSummaries.Identified summary, int activeDays, long seed) {
        LtvData data = summary.data();
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < data.customers(); i++) {
            RfmSummary customer = data.summaries().get(i);
            double recency = customer.age() - customer.recency();
            if (recency >= activeDays) {
                continue;
            }
            double gapMean = customer.frequency() > 0 ? customer.recency() / customer.frequency() : Double.NaN;
            ids.add(summary.ids().get(i));
            rows.add(new double[] {recency, customer.frequency() + 1,
                30.0 * (customer.frequency() + 1) / Math.max(customer.age(), 30), customer.age(), gapMean,
                gapMean > 0 ? recency / gapMean : Double.NaN,
                customer.frequency() > 0 ? customer.monetaryValue() : Double.NaN});
            labels.add(data.holdoutTransactions()[i] == 0 ? 1 : 0);
        }
        if (ids.isEmpty()) {
            throw new BadInputException(data.source() + ": no customer ordered in the " + activeDays + " days up to "
                    + data.calibrationEnd() + ": there is nobody to predict churn for");
        }
        List<Column> columns = new ArrayList<>();
        for (int f = 0; f < SUMMARY_FEATURES.size(); f++) {
            double[] values = new double[ids.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = rows.get(r)[f];
            }
            columns.add(Column.numeric(SUMMARY_FEATURES.get(f), values));
        }
        CustomerTable table = new CustomerTable(LABEL, ids, labels.stream().mapToInt(Integer::intValue).toArray(),
                columns);
        ChurnData split = fromTable(table, data.source(), seed);
        List<String> description = new ArrayList<>(split.description());
        description.add(1, "Summary: the customers who ordered in the " + activeDays + " days up to its calibration "
                + "end " + data.calibrationEnd() + ", described by " + SUMMARY_FEATURES + "; '" + LABEL + "' = no "
                + "order from " + data.calibrationEnd().plusDays(1) + " to " + data.holdoutEnd() + " ("
                + data.holdoutDays() + " days).");
        return new ChurnData(split.calibration(), split.holdout(), List.copyOf(description));
    }

    /** Fails with the message the report would otherwise have to carry: one class, no AUC. */
    public static void requireBothClasses(CustomerTable table, String where) {
        int positives = table.positives();
        if (positives == 0 || positives == table.rows()) {
            throw new BadInputException("AUC is undefined: label '" + table.labelName() + "' has only one class ("
                    + "every one of the " + table.rows() + " rows of " + where + " is " + (positives == 0 ? "0" : "1") + ")");
        }
    }

    private static CustomerTable table(List<CustomerHistory> histories, CustomerTable covariates, LocalDate cutoff,
            Periods periods) {
        long cutoffDay = cutoff.toEpochDay();
        List<String> ids = new ArrayList<>();
        List<double[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (CustomerHistory history : histories) {
            long lastDay = BehaviourFeatures.lastOrderDay(history, cutoffDay);
            if (lastDay < 0 || cutoffDay - lastDay >= periods.activeDays()) {
                continue;
            }
            ids.add(history.id());
            features.add(BehaviourFeatures.at(history, cutoffDay));
            labels.add(BehaviourFeatures.orderedBetween(history, cutoffDay, cutoffDay + periods.horizonDays()) ? 0 : 1);
        }
        List<Column> columns = new ArrayList<>();
        for (int f = 0; f < BehaviourFeatures.NAMES.size(); f++) {
            double[] values = new double[ids.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = features.get(r)[f];
            }
            columns.add(Column.numeric(BehaviourFeatures.NAMES.get(f), values));
        }
        if (covariates != null) {
            columns.addAll(joined(covariates, ids));
        }
        int[] labelArray = labels.stream().mapToInt(Integer::intValue).toArray();
        CustomerTable table = new CustomerTable(LABEL, ids, labelArray, columns);
        if (table.rows() == 0) {
            throw new BadInputException("no customer ordered in the " + periods.activeDays() + " days up to " + cutoff
                    + ": there is nobody to predict churn for");
        }
        requireBothClasses(table, "the customers active on " + cutoff);
        return table;
    }

    private static List<Column> joined(CustomerTable covariates, List<String> ids) {
        Map<String, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < covariates.rows(); r++) {
            rowOf.put(covariates.ids().get(r), r);
        }
        List<Column> columns = new ArrayList<>();
        for (Column column : covariates.columns()) {
            if (column.isNumeric()) {
                double[] values = new double[ids.size()];
                for (int i = 0; i < values.length; i++) {
                    Integer r = rowOf.get(ids.get(i));
                    values[i] = r == null ? Double.NaN : column.numbers()[r];
                }
                columns.add(Column.numeric(column.name(), values));
            } else {
                String[] values = new String[ids.size()];
                for (int i = 0; i < values.length; i++) {
                    Integer r = rowOf.get(ids.get(i));
                    values[i] = r == null ? null : column.texts()[r];
                }
                columns.add(Column.text(column.name(), values));
            }
        }
        return columns;
    }
}
