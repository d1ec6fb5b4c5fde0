package dev.mlkatas.csv;

import dev.mlkatas.jobs.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Opens and walks a CSV file for the jobs' readers, turning commons-csv's errors into one line for a person:
 * the file, the line where the bad record starts, and a plain reason, e.g.
 * {@code t.csv line 13: a quoted field is never closed}. The parser only notices an unclosed quote at the end
 * of the file, so its own line number would name the last line; the record's first line is where to look.
 *
 * <p>{@link CsvTable} reads a file by column names on top of this; a reader that walks every column, such as a
 * table of customers whose columns are not known in advance, uses it directly. Problems are
 * {@link BadInputException}s, or the exceptions of a {@code problems} function a caller passes.
 *
 * <p>Example: {@code for (CSVRecord record : CsvRecords.of(CsvRecords.open(FORMAT, reader, name), name)) ...}
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /** A parser that has read the header, or a {@link BadInputException} naming line 1 and what is wrong. */
    public static CSVParser open(CSVFormat format, Reader reader, String name) throws IOException {
        return open(format, reader, name, BadInputException::new);
    }

    /** {@link #open(CSVFormat, Reader, String)}, a problem made by {@code problems} from its message. */
    public static CSVParser open(CSVFormat format, Reader reader, String name,
            Function<String, ? extends RuntimeException> problems) throws IOException {
        try {
            return format.parse(reader);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof IOException && !(e instanceof CSVException)) {
                throw (IOException) e;
            }
            throw problems.apply(name + " line 1: " + reason(e));
        }
    }

    /** The parser's records; a malformed record is a {@link BadInputException} naming the line it starts on. */
    public static Iterable<CSVRecord> of(CSVParser parser, String name) {
        return of(parser, name, BadInputException::new);
    }

    /** {@link #of(CSVParser, String)}, a problem made by {@code problems} from its message. */
    public static Iterable<CSVRecord> of(CSVParser parser, String name,
            Function<String, ? extends RuntimeException> problems) {
        return () -> new Iterator<>() {
            private final Iterator<CSVRecord> records = parser.iterator();

            @Override
            public boolean hasNext() {
                long start = parser.getCurrentLineNumber() + 1;
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        // The reader decodes ahead of the parser, so the line would be a guess.
                        throw problems.apply(name + ": is not a UTF-8 text file");
                    }
                    throw problems.apply(name + " line " + start + ": " + reason(e));
                }
            }

            @Override
            public CSVRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return records.next();
            }
        };
    }

    /** What is wrong, in words, from one of commons-csv's exceptions: no class names, no parser advice. */
    public static String reason(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed";
        }
        if (message.startsWith("Invalid character between encapsulated token and delimiter")) {
            return "a quoted field has text after its closing quote"
                    + " (a quote inside a quoted field is written twice: \"\")";
        }
        if (message.startsWith("EOF while processing escape sequence")) {
            return "the file ends inside an escape sequence";
        }
        if (message.startsWith("A header name is missing")) {
            return "a column of the header has no name";
        }
        if (message.startsWith("The header contains a duplicate name")) {
            int from = message.indexOf('"');
            int to = message.indexOf('"', from + 1);
            return from >= 0 && to > from
                    ? "the header names column '" + message.substring(from + 1, to) + "' twice"
                    : "the header names a column twice";
        }
        String plain = message.replaceFirst("^\\((start)?line [\\d,]+\\) ", "").replaceFirst("^[\\w.]+Exception: ", "");
        return "is not valid CSV (" + plain + ")";
    }
}
