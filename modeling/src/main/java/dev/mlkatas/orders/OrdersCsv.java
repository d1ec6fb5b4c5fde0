package dev.mlkatas.orders;

import dev.mlkatas.csv.CsvRecords;
import dev.mlkatas.jobs.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads and writes transaction logs: CSV with a header, one row per order, columns {@code customer_id},
 * {@code date} (ISO-8601, {@code 2024-03-01}) and {@code amount} (a decimal number, zero or more). Other
 * columns are ignored, and the header's names are matched without regard to case.
 *
 * <p>Example: {@code OrderLog log = OrdersCsv.read(Path.of("transactions.csv"));}
 *
 * <p>Every problem is a {@link BadInputException} naming the file, the line and the column:
 * {@code orders.csv line 17: amount 'abc' is not a number}. Line numbers count the header as line 1.
 */
public final class OrdersCsv {

    public static final String CUSTOMER_ID = "customer_id";
    public static final String DATE = "date";
    public static final String AMOUNT = "amount";

    // Blank lines are kept as records so that a record's number is its line number minus one.
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private OrdersCsv() {
    }

    /** Reads a whole transaction log; the file's name is what messages call it. */
    public static OrderLog read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory, not a CSV file of orders");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name);
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": is not a UTF-8 text file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a transaction log from {@code reader}; {@code name} is what messages call it. */
    public static OrderLog read(Reader reader, String name) throws IOException {
        try (CSVParser parser = CsvRecords.open(READ, reader, name)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new BadInputException(name + ": is empty (expected a header customer_id,date,amount and one row per order)");
            }
            int idColumn = column(header, CUSTOMER_ID, name);
            int dateColumn = column(header, DATE, name);
            int amountColumn = column(header, AMOUNT, name);

            Map<String, Integer> index = new HashMap<>();
            String[] ids = new String[1024];
            int[] customer = new int[1024];
            int[] day = new int[1024];
            double[] amount = new double[1024];
            int count = 0;
            for (CSVRecord record : CsvRecords.of(parser, name)) {
                long line = record.getRecordNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (!record.isConsistent()) {
                    throw new BadInputException(name + " line " + line + ": has " + record.size()
                            + " columns, the header has " + header.size());
                }
                String id = record.get(idColumn);
                if (id.isEmpty()) {
                    throw new BadInputException(name + " line " + line + ": " + CUSTOMER_ID + " is blank");
                }
                if (count == day.length) {
                    customer = Arrays.copyOf(customer, 2 * count);
                    day = Arrays.copyOf(day, 2 * count);
                    amount = Arrays.copyOf(amount, 2 * count);
                }
                Integer c = index.get(id);
                if (c == null) {
                    c = index.size();
                    index.put(id, c);
                    if (c == ids.length) {
                        ids = Arrays.copyOf(ids, 2 * c);
                    }
                    ids[c] = id;
                }
                customer[count] = c;
                day[count] = parseDate(record.get(dateColumn), name, line);
                amount[count] = parseAmount(record.get(amountColumn), name, line);
                count++;
            }
            if (count == 0) {
                throw new BadInputException(name + ": has a header but no orders");
            }
            return new OrderLog(name, Arrays.copyOf(ids, index.size()), Arrays.copyOf(customer, count),
                    Arrays.copyOf(day, count), Arrays.copyOf(amount, count));
        }
    }

    /** Writes {@code histories} as a transaction log, one row per order, customers in the given order. */
    public static void write(List<CustomerHistory> histories, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = WRITE.print(writer)) {
            printer.printRecord(CUSTOMER_ID, DATE, AMOUNT);
            for (CustomerHistory history : histories) {
                for (int i = 0; i < history.size(); i++) {
                    printer.printRecord(history.id(), history.date(i), String.format(Locale.ROOT, "%.2f", history.amount(i)));
                }
            }
        }
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

    private static int parseDate(String text, String name, long line) {
        try {
            return Math.toIntExact(LocalDate.parse(text).toEpochDay());
        } catch (DateTimeParseException e) {
            throw new BadInputException(name + " line " + line + ": " + DATE + " '" + text
                    + "' is not an ISO-8601 date (yyyy-mm-dd)");
        }
    }

    private static double parseAmount(String text, String name, long line) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(name + " line " + line + ": " + AMOUNT + " '" + text + "' is not a number");
        }
        if (!Double.isFinite(value) || text.endsWith("d") || text.endsWith("D") || text.endsWith("f")
                || text.endsWith("F")) {
            throw new BadInputException(name + " line " + line + ": " + AMOUNT + " '" + text + "' is not a number");
        }
        if (value < 0) {
            throw new BadInputException(name + " line " + line + ": " + AMOUNT + " '" + text + "' is negative");
        }
        return value;
    }
}
