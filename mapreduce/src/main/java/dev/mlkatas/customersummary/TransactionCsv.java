package dev.mlkatas.customersummary;

import dev.mlkatas.csv.CsvRecords;
import dev.mlkatas.jobs.BadInputException;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The transaction log as the summary job reads it, one line at a time: the layout {@code kata run ltv
 * --transactions} reads (CSV with a header naming {@code customer_id}, {@code date} as yyyy-mm-dd and
 * {@code amount}, zero or more, in any order and any case; other columns ignored; blank lines skipped), with
 * one more rule a split file needs: a record is one line, no line break inside a quoted field.
 *
 * <p>Example: {@code Columns columns = TransactionCsv.header("customer_id,date,amount", "orders.csv");
 * Order order = TransactionCsv.order(columns, "C7,2024-03-01,12.50");}
 */
final class TransactionCsv {

    static final String CUSTOMER_ID = "customer_id";
    static final String DATE = "date";
    static final String AMOUNT = "amount";

    private static final CSVFormat HEADER = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    private static final CSVFormat LINE = CSVFormat.DEFAULT.builder().setTrim(true).get();

    private TransactionCsv() {
    }

    /** Where the three columns are, and how many columns a line has; written into the job's configuration. */
    record Columns(int customerId, int date, int amount, int count) {

        String encode() {
            return customerId + "," + date + "," + amount + "," + count;
        }

        static Columns decode(String text) {
            String[] parts = text.split(",");
            return new Columns(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]));
        }
    }

    /** One order of the log: whose, which day (days since 1970-01-01), how much. */
    record Order(String customerId, int day, double amount) {
    }

    /** A line the job cannot use; the message says why, without the file and line, which the driver adds. */
    static final class LineProblem extends Exception {

        private static final long serialVersionUID = 1L;

        LineProblem(String message) {
            super(message);
        }
    }

    /**
     * The columns of a file from its first line, or a {@link BadInputException} naming {@code name}: an empty
     * file, a header without one of the three columns, a column named twice.
     */
    static Columns header(String firstLine, String name) {
        if (firstLine == null || firstLine.isBlank()) {
            throw new BadInputException(name + ": is empty (expected a header customer_id,date,amount and one row per"
                    + " order)");
        }
        List<String> names;
        try (CSVParser parser = CsvRecords.open(HEADER, new StringReader(firstLine), name)) {
            names = parser.getHeaderNames();
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return new Columns(column(names, CUSTOMER_ID, name), column(names, DATE, name), column(names, AMOUNT, name),
                names.size());
    }

    /**
     * The order on {@code line}, null for a blank line.
     *
     * @throws LineProblem if the line has the wrong number of columns, a blank customer id, a date that is not
     *     yyyy-mm-dd, or an amount that is not a finite number of zero or more
     */
    static Order order(Columns columns, String line) throws LineProblem {
        if (line.isBlank()) {
            return null;
        }
        String[] fields = fields(line);
        if (fields.length != columns.count()) {
            throw new LineProblem("has " + fields.length + " columns, the header has " + columns.count());
        }
        String id = fields[columns.customerId()];
        if (id.isEmpty()) {
            throw new LineProblem(CUSTOMER_ID + " is blank");
        }
        return new Order(id, day(fields[columns.date()]), amount(fields[columns.amount()]));
    }

    private static String[] fields(String line) throws LineProblem {
        if (line.indexOf('"') < 0) {
            String[] fields = line.split(",", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].trim();
            }
            return fields;
        }
        // Quoted fields are rare in a transaction log: commons-csv reads them, as the in-memory reader does.
        try (CSVParser parser = LINE.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new LineProblem("a quoted field spans lines, which a split file cannot read");
            }
            return records.get(0).values();
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new LineProblem(CsvRecords.reason(e));
        }
    }

    private static int day(String text) throws LineProblem {
        try {
            return Math.toIntExact(LocalDate.parse(text).toEpochDay());
        } catch (DateTimeParseException e) {
            throw new LineProblem(DATE + " '" + text + "' is not an ISO-8601 date (yyyy-mm-dd)");
        }
    }

    private static double amount(String text) throws LineProblem {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new LineProblem(AMOUNT + " '" + text + "' is not a number");
        }
        // Java reads "1d" and "Infinity" as numbers; a CSV file means neither.
        if (!Double.isFinite(value) || text.endsWith("d") || text.endsWith("D") || text.endsWith("f")
                || text.endsWith("F")) {
            throw new LineProblem(AMOUNT + " '" + text + "' is not a number");
        }
        if (value < 0) {
            throw new LineProblem(AMOUNT + " '" + text + "' is negative");
        }
        return value;
    }

    private static int column(List<String> header, String wanted, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw new BadInputException(name + " line 1: no column '" + wanted + "' in the header " + header
                + " (expected customer_id,date,amount)");
    }
}
