package dev.mlkatas.anomalies.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Labelled transactions in time order: numeric features, the amount (the stream the rolling detector watches) and
 * a label, 1 for fraud.
 *
 * <p>Example: {@code Transactions t = TransactionsCsv.read(Path.of("creditcard.csv")); t.frauds()}
 *
 * @param source what the rows are, for the report: a file or the simulation's settings
 * @param features the names of the feature columns, in the order of each row of {@code x}
 * @param time seconds from the first row's clock, ascending
 * @param x one row of features per transaction
 * @param amount what each transaction cost
 * @param label 1 for a fraud, 0 for a good transaction
 */
public record Transactions(String source, List<String> features, double[] time, double[][] x, double[] amount,
        int[] label) {

    /**
     * One transaction, as read or simulated, before it takes its place in time order.
     *
     * @param time seconds from the first row's clock
     * @param x its features
     * @param amount what it cost
     * @param label 1 for a fraud, 0 for a good transaction
     */
    public record Transaction(double time, double[] x, double amount, int label) {
    }

    /**
     * The transactions sorted by time (transactions of equal time keep their order), one column per field.
     *
     * <p>Example: {@code Transactions.inTimeOrder("sample", List.of("hour"), List.of(new Transaction(60, new
     * double[] {13}, 42.5, 0)))}
     */
    public static Transactions inTimeOrder(String source, List<String> features, List<Transaction> transactions) {
        List<Transaction> sorted = new ArrayList<>(transactions);
        sorted.sort(Comparator.comparingDouble(Transaction::time));
        int n = sorted.size();
        double[] time = new double[n];
        double[][] x = new double[n][];
        double[] amount = new double[n];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            Transaction t = sorted.get(i);
            time[i] = t.time();
            x[i] = t.x();
            amount[i] = t.amount();
            label[i] = t.label();
        }
        return new Transactions(source, features, time, x, amount, label);
    }

    /** How many transactions. */
    public int size() {
        return label.length;
    }

    /** How many frauds. */
    public int frauds() {
        int frauds = 0;
        for (int l : label) {
            frauds += l;
        }
        return frauds;
    }

    /** The first row of the test part: the last {@code testShare} of the rows in time order are tested on. */
    public int testStart(double testShare) {
        return (int) Math.round(size() * (1 - testShare));
    }
}
