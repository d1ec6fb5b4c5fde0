package dev.mlkatas.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row per customer: an id, numeric and text (categorical) feature columns, and a 0/1 label. A blank
 * is {@code NaN} in a numeric column and {@code null} in a text column.
 *
 * <p>Example: {@code new CustomerTable("churned", ids, labels, List.of(Column.numeric("recency_days", r)))}
 *
 * @param labelName what the label is called, e.g. {@code churned}, for messages and reports
 * @param ids each row's customer id
 * @param labels each row's label, 1 for the positive class
 * @param columns the feature columns, each with one value per row
 */
public record CustomerTable(String labelName, List<String> ids, int[] labels, List<Column> columns) {

    /** A feature column: numbers (with {@code NaN} for blanks) or text (with {@code null} for blanks). */
    public record Column(String name, double[] numbers, String[] texts) {

        public static Column numeric(String name, double[] values) {
            return new Column(name, values, null);
        }

        public static Column text(String name, String[] values) {
            return new Column(name, null, values);
        }

        public boolean isNumeric() {
            return numbers != null;
        }

        public int size() {
            return isNumeric() ? numbers.length : texts.length;
        }

        /** How many values are blank. */
        public int blanks() {
            int blanks = 0;
            for (int i = 0; i < size(); i++) {
                if (isNumeric() ? Double.isNaN(numbers[i]) : texts[i] == null) {
                    blanks++;
                }
            }
            return blanks;
        }

        Column rows(int[] rows) {
            if (isNumeric()) {
                double[] values = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    values[i] = numbers[rows[i]];
                }
                return numeric(name, values);
            }
            String[] values = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = texts[rows[i]];
            }
            return text(name, values);
        }
    }

    public CustomerTable {
        Objects.requireNonNull(labelName, "labelName");
        ids = List.copyOf(ids);
        columns = List.copyOf(columns);
        for (Column column : columns) {
            if (column.size() != ids.size()) {
                throw new IllegalArgumentException("column " + column.name() + " has " + column.size()
                        + " values for " + ids.size() + " rows");
            }
        }
        if (labels.length != ids.size()) {
            throw new IllegalArgumentException(labels.length + " labels for " + ids.size() + " rows");
        }
    }

    public int rows() {
        return ids.size();
    }

    /** How many rows have the label 1. */
    public int positives() {
        int positives = 0;
        for (int label : labels) {
            positives += label;
        }
        return positives;
    }

    /** The rows at {@code rows}, in that order. */
    public CustomerTable rows(int[] rows) {
        List<String> someIds = new ArrayList<>(rows.length);
        int[] someLabels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            someIds.add(ids.get(rows[i]));
            someLabels[i] = labels[rows[i]];
        }
        return new CustomerTable(labelName, someIds, someLabels, columns.stream().map(c -> c.rows(rows)).toList());
    }

    /** This table with {@code other}'s rows after its own; both must have the same columns. */
    public CustomerTable append(CustomerTable other) {
        List<String> allIds = new ArrayList<>(ids);
        allIds.addAll(other.ids);
        int[] allLabels = java.util.Arrays.copyOf(labels, labels.length + other.labels.length);
        System.arraycopy(other.labels, 0, allLabels, labels.length, other.labels.length);
        List<Column> all = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column mine = columns.get(c);
            Column theirs = other.columns.get(c);
            if (!mine.name().equals(theirs.name()) || mine.isNumeric() != theirs.isNumeric()) {
                throw new IllegalArgumentException("tables differ in column " + c);
            }
            if (mine.isNumeric()) {
                double[] values = java.util.Arrays.copyOf(mine.numbers(), rows() + other.rows());
                System.arraycopy(theirs.numbers(), 0, values, rows(), other.rows());
                all.add(Column.numeric(mine.name(), values));
            } else {
                String[] values = java.util.Arrays.copyOf(mine.texts(), rows() + other.rows());
                System.arraycopy(theirs.texts(), 0, values, rows(), other.rows());
                all.add(Column.text(mine.name(), values));
            }
        }
        return new CustomerTable(labelName, allIds, allLabels, all);
    }
}
