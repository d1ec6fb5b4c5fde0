package dev.mlkatas.forecasting.data;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads and writes daily sales as CSV with a header {@code date,store,item,sales} (the layout of the public
 * store-item demand data sets): one row per store, item and day; other columns are ignored, names are matched
 * without regard to case. Every series must cover the same days, with none missing.
 *
 * <p>Example: {@code SalesTable table = SalesCsv.read(Path.of("train.csv"));} Every problem is a
 * {@link BadInputException} naming the file, the line and the column:
 * {@code sales.csv line 4: sales '-3' is negative}.
 */
public final class SalesCsv {

    static final List<String> COLUMNS = List.of("date", "store", "item", "sales");

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private SalesCsv() {
    }

    public static SalesTable read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
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

    public static SalesTable read(Reader reader, String name) throws IOException {
        try (CSVParser parser = CsvRecords.open(READ, reader, name)) {
            List<String> header = parser.getHeaderNames();
            int[] column = new int[COLUMNS.size()];
            for (int c = 0; c < column.length; c++) {
                column[c] = column(header, COLUMNS.get(c), name);
            }
            Map<String, Map<Long, Double>> bySeries = new LinkedHashMap<>();
            Map<String, String[]> keys = new LinkedHashMap<>();
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (CSVRecord record : CsvRecords.of(parser, name)) {
                long line = record.getRecordNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (!record.isConsistent()) {
                    throw new BadInputException(name + " line " + line + ": has " + record.size()
                            + " columns, the header has " + header.size());
                }
                long day = date(record.get(column[0]), name, line);
                String store = text(record.get(column[1]), "store", name, line);
                String item = text(record.get(column[2]), "item", name, line);
                double sales = sales(record.get(column[3]), name, line);
                String key = store + '\u0000' + item;
                keys.putIfAbsent(key, new String[] {store, item});
                if (bySeries.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(day, sales) != null) {
                    throw new BadInputException(name + " line " + line + ": a second row for store " + store + ", item "
                            + item + " on " + LocalDate.ofEpochDay(day));
                }
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
            if (bySeries.isEmpty()) {
                throw new BadInputException(name + ": has no rows of sales (expected a header date,store,item,sales)");
            }
            int days = Math.toIntExact(last - first + 1);
            List<SalesTable.Series> series = new ArrayList<>();
            for (Map.Entry<String, Map<Long, Double>> entry : bySeries.entrySet()) {
                String[] key = keys.get(entry.getKey());
                double[] sales = new double[days];
                for (int d = 0; d < days; d++) {
                    Double value = entry.getValue().get(first + d);
                    if (value == null) {
                        throw new BadInputException(name + ": store " + key[0] + ", item " + key[1] + " has no row for "
                                + LocalDate.ofEpochDay(first + d) + " (the file runs from "
                                + LocalDate.ofEpochDay(first)
                                + " to " + LocalDate.ofEpochDay(last) + "; every series needs every day)");
                    }
                    sales[d] = value;
                }
                series.add(new SalesTable.Series(key[0], key[1], sales));
            }
            return new SalesTable(name, LocalDate.ofEpochDay(first), days, List.copyOf(series), null);
        }
    }

    public static void write(SalesTable table, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = WRITE.print(writer)) {
            printer.printRecord(COLUMNS);
            for (int day = 0; day < table.days(); day++) {
                for (SalesTable.Series s : table.series()) {
                    printer.printRecord(table.date(day), s.store(), s.item(),
                            String.format(Locale.ROOT, "%.0f", s.sales()[day]));
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
                + " (expected date,store,item,sales)");
    }

    private static long date(String text, String name, long line) {
        try {
            return LocalDate.parse(text).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new BadInputException(name + " line " + line + ": date '" + text
                    + "' is not an ISO-8601 date (yyyy-mm-dd)");
        }
    }

    private static String text(String value, String column, String name, long line) {
        if (value.isEmpty()) {
            throw new BadInputException(name + " line " + line + ": " + column + " is blank");
        }
        return value;
    }

    private static double sales(String text, String name, long line) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(name + " line " + line + ": sales '" + text + "' is not a number");
        }
        if (!Double.isFinite(value) || text.matches(".*[dDfF]$")) {
            throw new BadInputException(name + " line " + line + ": sales '" + text + "' is not a number");
        }
        if (value < 0) {
            throw new BadInputException(name + " line " + line + ": sales '" + text + "' is negative");
        }
        return value;
    }
}
