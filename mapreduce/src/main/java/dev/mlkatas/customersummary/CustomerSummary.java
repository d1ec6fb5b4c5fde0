package dev.mlkatas.customersummary;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.output.MultipleOutputs;

/**
 * The per-customer summary job's map and reduce: transaction lines in, keyed by customer; one CSV row per
 * customer out, the recency, frequency, age and monetary value the lifetime-value kata defines
 * ({@code dev.mlkatas.ltv.Rfm}) at a calibration end, with what the customer did after it (the holdout).
 *
 * <p>Times are whole days, so that a reader divides by its own unit (7 for weeks) and gets the numbers the
 * in-memory path computes, to the last bit. A row ({@link #HEADER}):
 * {@code C7,2024-01-01,2024-03-04,2,28,42,27.5,1,30.0}; a customer whose first order is after the calibration
 * end has empty frequency, recency, age and monetary value, and counts only for the holdout's end.
 */
public final class CustomerSummary {

    /** The columns of every output file, written as its first line. */
    public static final String HEADER = "customer_id,first_order,last_order,frequency,recency_days,age_days,"
            + "monetary_value,holdout_transactions,holdout_spend";

    /** The configuration key of the calibration end, as yyyy-mm-dd. */
    public static final String CALIBRATION_END = "customer-summary.calibration-end";
    /** The prefix of the configuration keys holding each input file's {@link TransactionCsv.Columns}. */
    static final String COLUMNS = "customer-summary.columns.";
    /** The named output where a map task writes the first line it cannot read. */
    static final String PROBLEMS = "problems";

    private CustomerSummary() {
    }

    /** The job's counters: orders read, customers written, lines refused. */
    public enum Counter {
        ORDERS, CUSTOMERS, BAD_LINES
    }

    /** The key of a file's columns in the job's configuration: its path without scheme and host. */
    static String columnsKey(org.apache.hadoop.fs.Path file) {
        return COLUMNS + file.toUri().getPath();
    }

    /**
     * Reads transaction lines: (customer id, order) for each; the header (the line at offset 0) and blank lines
     * are skipped. At the first line it cannot read, it writes (file, offset and problem) to the
     * {@link #PROBLEMS} output and reads no further: the driver reports it and keeps no output.
     */
    public static final class OrdersMapper extends Mapper<LongWritable, Text, Text, OrderWritable> {

        private final Text customer = new Text();
        private final OrderWritable order = new OrderWritable();
        private TransactionCsv.Columns columns;
        private String file;
        private boolean refused;

        @Override
        protected void setup(Context context) {
            org.apache.hadoop.fs.Path path = ((FileSplit) context.getInputSplit()).getPath();
            file = path.toString();
            String encoded = context.getConfiguration().get(columnsKey(path));
            if (encoded == null) {
                throw new IllegalStateException("no columns in the job's configuration for " + path
                        + " (the driver reads each file's header before the job)");
            }
            columns = TransactionCsv.Columns.decode(encoded);
        }

        @Override
        public void run(Context context) throws IOException, InterruptedException {
            setup(context);
            try {
                while (!refused && context.nextKeyValue()) {
                    map(context.getCurrentKey(), context.getCurrentValue(), context);
                }
            } finally {
                cleanup(context);
            }
        }

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            if (offset.get() == 0) {
                return;
            }
            TransactionCsv.Order parsed;
            try {
                parsed = TransactionCsv.order(columns, line.toString());
            } catch (TransactionCsv.LineProblem e) {
                refused = true;
                context.getCounter(Counter.BAD_LINES).increment(1);
                MultipleOutputs<Text, OrderWritable> problems = new MultipleOutputs<>(context);
                try {
                    problems.write(PROBLEMS, new Text(file), new Text(offset.get() + "\t" + e.getMessage()));
                } finally {
                    problems.close();
                }
                return;
            }
            if (parsed == null) {
                return;
            }
            customer.set(parsed.customerId());
            context.write(customer, order.set(parsed.day(), offset.get(), parsed.amount()));
            context.getCounter(Counter.ORDERS).increment(1);
        }
    }

    /** One customer's orders in, the customer's row out; every output file starts with {@link #HEADER}. */
    public static final class SummaryReducer extends Reducer<Text, OrderWritable, Text, NullWritable> {

        private final Text row = new Text();
        private int calibrationEnd;

        @Override
        protected void setup(Context context) throws IOException, InterruptedException {
            calibrationEnd = calibrationEnd(context.getConfiguration());
            context.write(new Text(HEADER), NullWritable.get());
        }

        @Override
        protected void reduce(Text customer, Iterable<OrderWritable> orders, Context context)
                throws IOException, InterruptedException {
            int[] days = new int[16];
            long[] positions = new long[16];
            double[] amounts = new double[16];
            int n = 0;
            for (OrderWritable order : orders) {
                if (n == days.length) {
                    days = Arrays.copyOf(days, 2 * n);
                    positions = Arrays.copyOf(positions, 2 * n);
                    amounts = Arrays.copyOf(amounts, 2 * n);
                }
                days[n] = order.day();
                positions[n] = order.position();
                amounts[n] = order.amount();
                n++;
            }
            row.set(summarize(customer.toString(), Arrays.copyOf(days, n), Arrays.copyOf(positions, n),
                    Arrays.copyOf(amounts, n), calibrationEnd));
            context.write(row, NullWritable.get());
            context.getCounter(Counter.CUSTOMERS).increment(1);
        }
    }

    static int calibrationEnd(Configuration conf) {
        String text = conf.get(CALIBRATION_END);
        if (text == null) {
            throw new IllegalStateException(CALIBRATION_END + " is not set");
        }
        return Math.toIntExact(LocalDate.parse(text).toEpochDay());
    }

    /**
     * The row of one customer from its orders in any order: day (days since 1970-01-01), position in the file,
     * amount. Orders of one day are one transaction worth their sum; the first transaction is not a repeat.
     * The sums run in date order, and in file order within a day, as the in-memory path adds them.
     */
    static String summarize(String id, int[] days, long[] positions, double[] amounts, int calibrationEnd) {
        Integer[] order = new Integer[days.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> days[i]).thenComparingLong(i -> positions[i]));
        int first = days[order[0]];
        int last = first;
        int repeats = 0;
        double repeatValue = 0;
        int holdoutDays = 0;
        double holdoutSpend = 0;
        int lastHoldoutDay = Integer.MIN_VALUE;
        for (int k = 1; k < order.length && days[order[k]] <= calibrationEnd; k++) {
            int day = days[order[k]];
            if (day != first) {
                if (day != last) {
                    repeats++;
                }
                repeatValue += amounts[order[k]];
            }
            last = day;
        }
        for (int i : order) {
            if (days[i] > calibrationEnd) {
                holdoutSpend += amounts[i];
                holdoutDays += days[i] == lastHoldoutDay ? 0 : 1;
                lastHoldoutDay = days[i];
            }
        }
        StringBuilder row = new StringBuilder(quote(id)).append(',').append(LocalDate.ofEpochDay(first))
                .append(',').append(LocalDate.ofEpochDay(days[order[order.length - 1]])).append(',');
        if (first <= calibrationEnd) {
            row.append(repeats).append(',').append(last - first).append(',').append(calibrationEnd - first)
                    .append(',').append(repeats == 0 ? 0.0 : repeatValue / repeats);
        } else {
            row.append(",,,");
        }
        return row.append(',').append(holdoutDays).append(',').append(holdoutSpend).toString();
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
