package dev.mlkatas.anomalies.data;

import dev.mlkatas.csv.CsvTable;
import dev.mlkatas.jobs.BadInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Transactions as CSV in the layout of the public credit-card fraud data: {@code Time,V1,...,V28,Amount,Class},
 * Time in seconds, V1 to V28 numeric features, Class 1 for a fraud. Other columns are ignored. Problems are one
 * line naming the file, the line and the column.
 *
 * <p>Example: {@code TransactionsCsv.read(Path.of("creditcard.csv"))}
 */
public final class TransactionsCsv {

    /** The V columns of the layout. */
    public static final int FEATURES = 28;

    private TransactionsCsv() {
    }

    /** The columns of the layout, in order. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("Time"));
        for (int v = 1; v <= FEATURES; v++) {
            columns.add("V" + v);
        }
        columns.addAll(List.of("Amount", "Class"));
        return columns;
    }

    /** Reads {@code file}, sorted by Time (rows of equal Time keep their order). */
    public static Transactions read(Path file) {
        List<String> columns = columns();
        List<Transactions.Transaction> rows = new ArrayList<>();
        String name;
        try (CsvTable table = CsvTable.open(file, BadInputException::new, columns.toArray(String[]::new))) {
            name = table.name();
            for (CsvTable.Row row : table) {
                double[] values = new double[columns.size()];
                for (int c = 0; c < columns.size(); c++) {
                    values[c] = number(row, columns.get(c));
                }
                if (values[0] < 0) {
                    throw row.problem("Time '" + row.text("Time").strip() + "' is negative");
                }
                if (values[FEATURES + 1] < 0) {
                    throw row.problem("Amount '" + row.text("Amount").strip() + "' is negative");
                }
                double label = values[FEATURES + 2];
                if (label != 0 && label != 1) {
                    throw row.problem("Class '" + row.text("Class").strip() + "' is neither 0 nor 1");
                }
                rows.add(new Transactions.Transaction(values[0], Arrays.copyOfRange(values, 1, FEATURES + 1),
                        values[FEATURES + 1], (int) label));
            }
        }
        return Transactions.inTimeOrder(name, columns.subList(1, FEATURES + 1), rows);
    }

    /** Writes {@code t} in the layout, to 4 decimals; features beyond its own are written as 0. */
    public static void write(Transactions t, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", columns()));
            out.newLine();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < t.size(); i++) {
                line.setLength(0);
                line.append(number(t.time()[i]));
                for (int v = 0; v < FEATURES; v++) {
                    line.append(',').append(v < t.x()[i].length ? number(t.x()[i][v]) : "0");
                }
                line.append(',').append(number(t.amount()[i])).append(',').append(t.label()[i]);
                out.write(line.toString());
                out.newLine();
            }
        }
    }

    private static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 1e4) / 1e4).stripTrailingZeros().toPlainString();
    }

    private static double number(CsvTable.Row row, String column) {
        String text = row.text(column).strip();
        if (text.isEmpty()) {
            throw row.problem(column + " is empty");
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw row.problem(column + " '" + text + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw row.problem(column + " '" + text + "' is not a finite number");
        }
        return value;
    }
}
