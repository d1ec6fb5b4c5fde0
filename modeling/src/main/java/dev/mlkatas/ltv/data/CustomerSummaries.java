package dev.mlkatas.ltv.data;

import dev.mlkatas.csv.CsvTable;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.ltv.RfmSummary;
import dev.mlkatas.ltv.TimeUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads what the per-customer summary job of the mapreduce module writes ({@code CustomerSummaryDriver}): one
 * CSV file, or a folder of them (Hadoop's {@code part-r-*} files; names starting with {@code _} or {@code .} are
 * skipped), each with the header {@code customer_id,first_order,last_order,frequency,recency_days,age_days,
 * monetary_value,holdout_transactions,holdout_spend} and one row per customer. Times are whole days, divided
 * here by the unit, as {@code Rfm} divides them. A customer whose first order is after the calibration end has
 * the four summary columns empty: it only moves the holdout's end.
 *
 * <p>Example: {@code LtvData data = CustomerSummaries.read(Path.of("summary"), TimeUnit.WEEKS);}
 *
 * <p>The calibration end is each row's first order plus its age; every row must agree. Customers are in the
 * order of their ids, whatever the number of reducers was.
 */
public final class CustomerSummaries {

    static final String[] COLUMNS = {"customer_id", "first_order", "last_order", "frequency", "recency_days",
        "age_days", "monetary_value", "holdout_transactions", "holdout_spend"};

    private CustomerSummaries() {
    }

    private record Row(String id, RfmSummary summary, int holdoutTransactions, double holdoutSpend) {
    }

    /**
     * A summary's customers with their ids: {@code ids.get(i)} is the customer of {@code data.summaries().get(i)}.
     *
     * @param data the customers, as {@link #read} gives them
     * @param ids each customer's {@code customer_id}, in the order of {@code data}
     */
    public record Identified(LtvData data, List<String> ids) {

        public Identified {
            ids = List.copyOf(ids);
        }
    }

    /** The customers of the summary at {@code path}, in {@code unit}; every problem names the file and line. */
    public static LtvData read(Path path, TimeUnit unit) {
        return readIdentified(path, unit).data();
    }

    /** As {@link #read}, with each customer's id (the churn job names its rows by them). */
    public static Identified readIdentified(Path path, TimeUnit unit) {
        List<Path> files = files(path);
        List<Row> rows = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        LocalDate calibrationEnd = null;
        String calibrationSource = null;
        for (Path file : files) {
            try (CsvTable table = CsvTable.open(file, BadInputException::new, COLUMNS)) {
                for (CsvTable.Row row : table) {
                    LocalDate firstOrder = date(row, "first_order");
                    LocalDate lastOrder = date(row, "last_order");
                    if (lastOrder.isBefore(firstOrder)) {
                        throw row.problem("last_order " + lastOrder + " is before first_order " + firstOrder);
                    }
                    first = first == null || firstOrder.isBefore(first) ? firstOrder : first;
                    last = last == null || lastOrder.isAfter(last) ? lastOrder : last;
                    int holdoutTransactions = whole(row, "holdout_transactions");
                    double holdoutSpend = number(row, "holdout_spend");
                    if (row.text("age_days").isBlank()) {
                        continue;
                    }
                    int age = whole(row, "age_days");
                    LocalDate end = firstOrder.plusDays(age);
                    if (calibrationEnd == null) {
                        calibrationEnd = end;
                        calibrationSource = table.name() + " line " + row.line();
                    } else if (!end.equals(calibrationEnd)) {
                        throw row.problem("first_order + age_days is " + end + ", but " + calibrationSource
                                + " has " + calibrationEnd + ": rows of two calibration ends");
                    }
                    int recency = whole(row, "recency_days");
                    double days = unit.days();
                    RfmSummary summary;
                    try {
                        summary = new RfmSummary(whole(row, "frequency"), recency / days, age / days,
                                number(row, "monetary_value"));
                    } catch (IllegalArgumentException e) {
                        throw row.problem(e.getMessage());
                    }
                    rows.add(new Row(row.nonBlank("customer_id"), summary, holdoutTransactions, holdoutSpend));
                }
            }
        }
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (calibrationEnd == null) {
            throw new BadInputException(source + ": has no customer who ordered by the calibration end");
        }
        if (!calibrationEnd.isBefore(last)) {
            throw new BadInputException(source + ": its calibration end " + calibrationEnd + " leaves no holdout: the"
                    + " last order is on " + last);
        }
        rows.sort(Comparator.comparing(Row::id));
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).id().equals(rows.get(i - 1).id())) {
                throw new BadInputException(source + ": customer '" + rows.get(i).id() + "' has two rows");
            }
        }
        return new Identified(new LtvData(source, first, calibrationEnd, last, unit, List.of(),
                rows.stream().map(Row::summary).toList(), rows.stream().mapToDouble(Row::holdoutSpend).toArray(),
                rows.stream().mapToInt(Row::holdoutTransactions).toArray()), rows.stream().map(Row::id).toList());
    }

    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new BadInputException(path + ": no such file or folder");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(path)) {
            files = listed.filter(p -> !p.getFileName().toString().startsWith("_")
                    && !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot be read (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new BadInputException(path + ": holds no summary files");
        }
        return files;
    }

    private static LocalDate date(CsvTable.Row row, String column) {
        String text = row.nonBlank(column).strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.problem(column + " '" + text + "' is not an ISO-8601 date (yyyy-mm-dd)");
        }
    }

    private static int whole(CsvTable.Row row, String column) {
        String text = row.nonBlank(column).strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the negative numbers.
        }
        throw row.problem(column + " '" + text + "' is not a whole number of zero or more");
    }

    private static double number(CsvTable.Row row, String column) {
        String text = row.nonBlank(column).strip();
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw row.problem(column + " '" + text + "' is not a number of zero or more");
    }
}
