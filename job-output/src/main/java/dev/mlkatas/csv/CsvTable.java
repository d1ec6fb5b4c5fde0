package dev.mlkatas.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header, read row by row, whose every problem becomes a one-line message naming the
 * file and the line: {@code products.csv line 17: aisle_id 'abc' is not a number}. Columns are found by
 * name (ignoring case and surrounding spaces); other columns are ignored; blank lines are skipped. Line
 * numbers count the header as line 1; malformed CSV is reported as {@link CsvRecords} words it.
 *
 * <p>Example: {@code try (CsvTable table = CsvTable.open(file, CatalogFormatException::new, "aisle_id", "aisle"))
 * { for (CsvTable.Row row : table) { int id = row.id("aisle_id"); } }}
 */
public final class CsvTable implements Iterable<CsvTable.Row>, AutoCloseable {

    // Blank lines are kept as records so that a record's number is its line number minus one.
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).get();

    private final String name;
    private final Function<String, ? extends RuntimeException> problems;
    private final CSVParser parser;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;

    private CsvTable(String name, Function<String, ? extends RuntimeException> problems, CSVParser parser,
            List<String> wanted) {
        this.name = name;
        this.problems = problems;
        this.parser = parser;
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
            throw problems.apply(name + ": is empty (expected a header " + String.join(",", wanted) + ")");
        }
        this.width = header.size();
        for (String column : wanted) {
            int index = indexOf(header, column);
            if (index < 0) {
                throw problems.apply(name + " line 1: no column '" + column + "' in the header " + header
                        + " (expected " + String.join(",", wanted) + ")");
            }
            columns.put(column, index);
        }
    }

    /**
     * Opens {@code file} and checks that its header has every wanted column; messages call it by its name.
     *
     * @param problems makes the exception thrown for a problem, from its message
     */
    public static CsvTable open(Path file, Function<String, ? extends RuntimeException> problems, String... columns) {
        if (Files.isDirectory(file)) {
            throw problems.apply(file + ": is a folder, not a CSV file");
        }
        if (!Files.isRegularFile(file)) {
            throw problems.apply(file + ": no such file");
        }
        Reader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problems.apply(file + ": cannot be read (" + e.getMessage() + ")");
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return of(name, reader, problems, columns);
    }

    /**
     * Reads a table from {@code reader}, which it closes when closed; messages call it {@code name}.
     *
     * @param problems makes the exception thrown for a problem, from its message
     */
    public static CsvTable of(String name, Reader reader, Function<String, ? extends RuntimeException> problems,
            String... columns) {
        CSVParser parser;
        try {
            parser = CsvRecords.open(READ, reader, name, problems);
        } catch (IOException e) {
            close(reader);
            throw problems.apply(name + " line 1: the header cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            close(reader);
            throw e;
        }
        try {
            return new CsvTable(name, problems, parser, List.of(columns));
        } catch (RuntimeException e) {
            close(reader);
            throw e;
        }
    }

    /** The file's name, as messages call it. */
    public String name() {
        return name;
    }

    /** The exception for a problem at {@code line}, with the file and line in front of {@code message}. */
    public RuntimeException problem(long line, String message) {
        return problems.apply(name + " line " + line + ": " + message);
    }

    /** The rows, blank lines left out; a malformed line (an unclosed quote) is a problem naming its line. */
    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = CsvRecords.of(parser, name, problems).iterator();
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (!records.hasNext()) {
                        return false;
                    }
                    CSVRecord record = records.next();
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    Row row = new Row(record.getRecordNumber() + 1, record);
                    if (record.size() != width) {
                        throw row.problem("has " + record.size() + " columns, the header has " + width);
                    }
                    next = row;
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of the table and its line number; its parsers name the line and the column in their messages. */
    public final class Row {

        private final long line;
        private final CSVRecord record;

        private Row(long line, CSVRecord record) {
            this.line = line;
            this.record = record;
        }

        public long line() {
            return line;
        }

        /** The column's text, exactly as the file has it (quotes removed). */
        public String text(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException(
                        "column '" + column + "' was not asked for when " + name + " was opened");
            }
            return record.get(index);
        }

        /** The column as a positive whole number: an id. */
        public int id(String column) {
            String text = text(column).strip();
            if (text.isEmpty()) {
                throw problem(column + " is empty");
            }
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw problem(column + " '" + text + "' is not a number");
            }
            if (value <= 0) {
                throw problem(column + " '" + text + "' is not positive");
            }
            return value;
        }

        /** The column's text, stripped, which must not be empty. */
        public String nonBlank(String column) {
            String text = text(column);
            if (text.isBlank()) {
                throw problem(column + " is empty");
            }
            return text;
        }

        /** The exception for a problem on this row. */
        public RuntimeException problem(String message) {
            return CsvTable.this.problem(line, message);
        }
    }

    private static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            // A byte order mark, which some spreadsheets write, is not part of the first column's name.
            if (header.get(i).replace("\uFEFF", "").strip().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static void close(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // The file could not be read in the first place; that problem is the one to report.
            }
        }
    }
}
