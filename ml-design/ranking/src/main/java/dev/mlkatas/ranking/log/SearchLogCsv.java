package dev.mlkatas.ranking.log;

import dev.mlkatas.csv.CsvTable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A search log as CSV, one row per impression, searches in order and each search's rows together, by
 * position:
 *
 * <pre>
 * search_id,user_id,query,segment,position,product_id,clicked,added_to_cart,purchased
 * 1,17,fish,head,1,4242,1,1,0
 * 1,17,fish,head,2,977,0,0,0
 * </pre>
 *
 * <p>{@code segment} is {@code head}, {@code tail}, {@code misspelled} or {@code brand}; the three flags are
 * {@code 1} or {@code 0}. A search whose page was empty is one row whose last five columns are empty.
 * Reading checks what a log must be: ids and positions are whole numbers (search and product ids positive,
 * user ids 0 or more), positions rise within a search, a search's rows agree on its user, query and segment
 * and are not split by other searches, and a purchase was added to the cart, which was clicked.
 *
 * <p>Example: {@code SearchLogCsv.write(log, Path.of("searches.csv"));} then {@code SearchLogCsv.read(...)}
 * gives the same log back.
 */
public final class SearchLogCsv {

    private static final String[] COLUMNS = {
        "search_id", "user_id", "query", "segment", "position", "product_id", "clicked", "added_to_cart", "purchased"};
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private SearchLogCsv() {
    }

    /**
     * Writes the log to {@code file}, which must not exist.
     *
     * @throws IllegalArgumentException naming the file if it exists already
     * @throws UncheckedIOException if it cannot be written
     */
    public static void write(SearchLog log, Path file) {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + ": already exists; a search log is never written over");
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            write(log, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search log " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the log to {@code out}, header first; leaves {@code out} open. */
    public static void write(SearchLog log, Appendable out) throws IOException {
        CSVPrinter printer = WRITE.print(out);
        printer.printRecord((Object[]) COLUMNS);
        for (Search search : log.searches()) {
            String segment = search.segment().name().toLowerCase(Locale.ROOT);
            if (search.impressions().isEmpty()) {
                printer.printRecord(search.id(), search.userId(), search.query(), segment, "", "", "", "", "");
            }
            for (Impression shown : search.impressions()) {
                printer.printRecord(search.id(), search.userId(), search.query(), segment, shown.position(),
                        shown.productId(), flag(shown.clicked()), flag(shown.addedToCart()), flag(shown.purchased()));
            }
        }
        printer.flush();
    }

    /**
     * Reads a log written by {@link #write}, or by anything else that keeps its format.
     *
     * @throws IllegalArgumentException naming the file and the line of the first problem
     */
    public static SearchLog read(Path file) {
        try (CsvTable table = CsvTable.open(file, IllegalArgumentException::new, COLUMNS)) {
            return read(table);
        }
    }

    /**
     * Reads a log from {@code in}, which it closes; messages call it {@code name}.
     *
     * @throws IllegalArgumentException naming {@code name} and the line of the first problem
     */
    public static SearchLog read(Reader in, String name) {
        try (CsvTable table = CsvTable.of(name, in, IllegalArgumentException::new, COLUMNS)) {
            return read(table);
        }
    }

    private static SearchLog read(CsvTable table) {
        List<Search> searches = new ArrayList<>();
        Map<Long, Long> firstLines = new HashMap<>();
        Open current = null;
        for (CsvTable.Row row : table) {
            long id = number(row, "search_id", 1);
            if (current == null || current.id != id) {
                if (current != null) {
                    searches.add(current.close());
                }
                Long first = firstLines.putIfAbsent(id, row.line());
                if (first != null) {
                    throw row.problem("search_id " + id + " appears again after other searches (a search's rows "
                            + "go together; it began on line " + first + ")");
                }
                current = new Open(id, (int) number(row, "user_id", 0), query(row), segment(row), row.line());
            } else {
                current.check(row);
            }
            current.add(row);
        }
        if (current != null) {
            searches.add(current.close());
        }
        return new SearchLog(searches);
    }

    /** A search being read: its first row's facts, and the impressions so far. */
    private static final class Open {

        final long id;
        final int userId;
        final String query;
        final QuerySegment segment;
        final long line;
        final List<Impression> impressions = new ArrayList<>();
        boolean empty;

        Open(long id, int userId, String query, QuerySegment segment, long line) {
            this.id = id;
            this.userId = userId;
            this.query = query;
            this.segment = segment;
            this.line = line;
        }

        void check(CsvTable.Row row) {
            if (number(row, "user_id", 0) != userId) {
                throw row.problem("user_id " + row.text("user_id").strip() + " is not the search's (" + userId
                        + " on line " + line + ")");
            }
            if (!query(row).equals(query)) {
                throw row.problem("query '" + row.text("query") + "' is not the search's ('" + query + "' on line "
                        + line + ")");
            }
            if (segment(row) != segment) {
                throw row.problem("segment " + row.text("segment").strip() + " is not the search's (" + segment
                        .name().toLowerCase(Locale.ROOT) + " on line " + line + ")");
            }
        }

        void add(CsvTable.Row row) {
            boolean blank = List.of("position", "product_id", "clicked", "added_to_cart", "purchased").stream()
                    .allMatch(column -> row.text(column).isBlank());
            if (empty || blank && !impressions.isEmpty()) {
                throw row.problem("a search with an empty page has one row, with no position, product or flags");
            }
            if (blank) {
                empty = true;
                return;
            }
            int position = (int) number(row, "position", 1);
            int previous = impressions.isEmpty() ? 0 : impressions.get(impressions.size() - 1).position();
            if (position <= previous) {
                throw row.problem("position " + position + " follows position " + previous
                        + " (positions rise within a search)");
            }
            int product = (int) number(row, "product_id", 1);
            boolean clicked = flag(row, "clicked");
            boolean added = flag(row, "added_to_cart");
            boolean purchased = flag(row, "purchased");
            if (added && !clicked) {
                throw row.problem("added_to_cart is 1 but clicked is 0");
            }
            if (purchased && !added) {
                throw row.problem("purchased is 1 but added_to_cart is 0");
            }
            impressions.add(new Impression(position, product, clicked, added, purchased));
        }

        Search close() {
            return new Search(id, userId, query, segment, impressions);
        }
    }

    /** A whole number of at least {@code min}, fitting an int unless it is the search id. */
    private static long number(CsvTable.Row row, String column, long min) {
        String text = row.text(column).strip();
        if (text.isEmpty()) {
            throw row.problem(column + " is empty");
        }
        long value;
        try {
            value = column.equals("search_id") ? Long.parseLong(text) : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw row.problem(column + " '" + text + "' is not a whole number");
        }
        if (value < min) {
            throw row.problem(column + " '" + text + "' is less than " + min);
        }
        return value;
    }

    private static String query(CsvTable.Row row) {
        String query = row.text("query");
        if (query.isBlank()) {
            throw row.problem("query is empty");
        }
        return query;
    }

    private static QuerySegment segment(CsvTable.Row row) {
        String text = row.text("segment").strip();
        for (QuerySegment segment : QuerySegment.values()) {
            if (segment.name().equalsIgnoreCase(text)) {
                return segment;
            }
        }
        throw row.problem("segment '" + text + "' is not head, tail, misspelled or brand");
    }

    private static boolean flag(CsvTable.Row row, String column) {
        return switch (row.text(column).strip()) {
            case "1" -> true;
            case "0" -> false;
            default -> throw row.problem(column + " '" + row.text(column).strip() + "' is not 1 or 0");
        };
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
