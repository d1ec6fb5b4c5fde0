package dev.mlkatas.customers;

import dev.mlkatas.customers.CustomerTable.Column;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.csv.CsvRecords;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a table of one row per customer from CSV with a header: a label column (0/1, true/false or yes/no
 * in any case, or any values with a named positive one), an optional id column, and feature columns. A
 * column whose every non-blank value is a number is numeric; any other is text (categorical), except a
 * column whose non-blank values are numbers in all but at most 5 % of them and at most 10: that is a numeric
 * column with typos, and its first value that is not a number is an error,
 * {@code customers.csv line 57: late_deliveries 'x' is not a number (the column's other values are)}.
 * Blank cells are missing values.
 *
 * <p>Example: {@code CustomerTableCsv.read(Path.of("customers.csv"), "churned", null, "customer_id", notes)}
 *
 * <p>Problems are {@link BadInputException}s naming the file, line and column:
 * {@code customers.csv line 9: label 'churned' value 'maybe' is not 0/1, true/false or yes/no}.
 */
public final class CustomerTableCsv {

    /** A text column with more distinct values than this share of the rows looks like an identifier. */
    private static final double IDENTIFIER_SHARE = 0.5;
    private static final int FEW_LEVELS = 20;
    /** A column is numeric with typos when at most this share of its non-blank values are not numbers... */
    private static final double STRAY_SHARE = 0.05;
    /** ...and at most this many; more is a text column whose values happen to be numbers. */
    private static final int MAX_STRAYS = 10;

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CustomerTableCsv() {
    }

    /**
     * Reads the table.
     *
     * @param label the label column's name, or null for a table without labels (every label is then 0)
     * @param positive the label value that means 1 (any case), or null for 0/1, true/false and yes/no
     * @param idColumn the id column's name, or null when rows are numbered instead
     * @param notes receives one line per column left out, and why
     */
    public static CustomerTable read(Path file, String label, String positive, String idColumn, List<String> notes) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory, not a CSV file of customers");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name, label, positive, idColumn, notes);
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": is not a UTF-8 text file");
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    static CustomerTable read(Reader reader, String name, String label, String positive, String idColumn,
            List<String> notes) throws IOException {
        try (CSVParser parser = CsvRecords.open(READ, reader, name)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new BadInputException(name + ": is empty (expected a header and one row per customer)");
            }
            int labelAt = label == null ? -1 : column(header, label, "label", name);
            int idAt = idColumn == null ? -1 : column(header, idColumn, "id", name);

            List<String[]> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (CSVRecord record : CsvRecords.of(parser, name)) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    throw new BadInputException(name + " line " + line + ": has " + record.size()
                            + " columns, the header has " + header.size());
                }
                rows.add(record.values());
                lines.add(line);
            }
            if (rows.isEmpty()) {
                throw new BadInputException(name + ": has a header but no rows");
            }

            int[] labels = new int[rows.size()];
            List<String> ids = new ArrayList<>(rows.size());
            Set<String> seen = new HashSet<>();
            for (int r = 0; r < rows.size(); r++) {
                labels[r] = labelAt < 0 ? 0 : parseLabel(rows.get(r)[labelAt], positive, name, lines.get(r), header.get(labelAt));
                String id = idAt < 0 ? String.valueOf(r + 1) : rows.get(r)[idAt];
                if (id.isEmpty()) {
                    throw new BadInputException(name + " line " + lines.get(r) + ": id '" + header.get(idAt) + "' is blank");
                }
                if (!seen.add(id)) {
                    throw new BadInputException(name + " line " + lines.get(r) + ": id '" + id + "' appears twice");
                }
                ids.add(id);
            }

            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (c == labelAt || c == idAt) {
                    continue;
                }
                Column column = column(header.get(c), rows, c, name, lines);
                String skip = whySkip(column, rows.size());
                if (skip == null) {
                    columns.add(column);
                } else {
                    notes.add("column '" + column.name() + "' not used: " + skip);
                }
            }
            if (columns.isEmpty()) {
                throw new BadInputException(name + ": has no feature columns besides the label"
                        + (idAt < 0 ? "" : " and the id"));
            }
            return new CustomerTable(labelAt < 0 ? "" : header.get(labelAt), ids, labels, columns);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(name + ": is not valid CSV (" + e.getMessage() + ")");
        }
    }

    /** Writes the table with its id first, then the features, then the label unless it has no name. */
    public static void write(CustomerTable table, String idName, Path file) throws IOException {
        boolean labelled = !table.labelName().isEmpty();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = WRITE.print(writer)) {
            List<String> header = new ArrayList<>();
            header.add(idName);
            table.columns().forEach(c -> header.add(c.name()));
            if (labelled) {
                header.add(table.labelName());
            }
            printer.printRecord(header);
            for (int r = 0; r < table.rows(); r++) {
                List<String> values = new ArrayList<>(header.size());
                values.add(table.ids().get(r));
                for (Column column : table.columns()) {
                    values.add(column.isNumeric() ? number(column.numbers()[r])
                            : column.texts()[r] == null ? "" : column.texts()[r]);
                }
                if (labelled) {
                    values.add(String.valueOf(table.labels()[r]));
                }
                printer.printRecord(values);
            }
        }
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value);
    }

    private static int column(List<String> header, String wanted, String role, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(wanted)) {
                return i;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw new BadInputException(name + " line 1: no " + role + " column '" + wanted + "' in the header " + header);
    }

    private static int parseLabel(String value, String positive, String name, long line, String label) {
        if (value.isEmpty()) {
            throw new BadInputException(name + " line " + line + ": label '" + label + "' is blank");
        }
        if (positive != null) {
            return value.equalsIgnoreCase(positive) ? 1 : 0;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes":
                return 1;
            case "0", "false", "no":
                return 0;
            default:
                throw new BadInputException(name + " line " + line + ": label '" + label + "' value '" + value
                        + "' is not 0/1, true/false or yes/no (name the positive value with --positive)");
        }
    }

    /**
     * The column, numeric or text. A column with a few stray values among numbers is numeric with typos,
     * not a category: one-hot encoding it would silently turn a count into hundreds of levels, so each stray
     * value is an error naming its line.
     */
    private static Column column(String header, List<String[]> rows, int c, String name, List<Long> lines) {
        double[] numbers = new double[rows.size()];
        int filled = 0;
        int strays = 0;
        int firstStray = -1;
        for (int r = 0; r < rows.size(); r++) {
            String value = rows.get(r)[c];
            numbers[r] = value.isEmpty() ? Double.NaN : parseNumber(value);
            if (!value.isEmpty()) {
                filled++;
                if (Double.isNaN(numbers[r])) {
                    strays++;
                    firstStray = firstStray < 0 ? r : firstStray;
                }
            }
        }
        if (strays == 0) {
            return Column.numeric(header, numbers);
        }
        if (strays <= MAX_STRAYS && strays <= STRAY_SHARE * filled) {
            throw new BadInputException(name + " line " + lines.get(firstStray) + ": " + header + " '"
                    + rows.get(firstStray)[c] + "' is not a number (the column's other values are)");
        }
        String[] texts = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String value = rows.get(r)[c];
            texts[r] = value.isEmpty() ? null : value;
        }
        return Column.text(header, texts);
    }

    /** The value as a finite number, or NaN when it is not one. */
    private static double parseNumber(String value) {
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? number : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Why a column cannot be a feature, or null when it can. */
    private static String whySkip(Column column, int rows) {
        if (column.blanks() == rows) {
            return "every value is blank";
        }
        if (!column.isNumeric()) {
            Set<String> levels = new HashSet<>();
            for (String text : column.texts()) {
                levels.add(text);
            }
            if (levels.size() > FEW_LEVELS && levels.size() > IDENTIFIER_SHARE * rows) {
                return levels.size() + " distinct text values in " + rows
                        + " rows look like an identifier, not a category (name an id column with --id)";
            }
        }
        return null;
    }
}
