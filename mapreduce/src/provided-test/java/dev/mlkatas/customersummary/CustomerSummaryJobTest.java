package dev.mlkatas.customersummary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ltv.TimeUnit;
import dev.mlkatas.ltv.data.CustomerSummaries;
import dev.mlkatas.ltv.data.LtvData;
import dev.mlkatas.orders.CustomerHistory;
import dev.mlkatas.orders.OrdersCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import org.apache.hadoop.conf.Configuration;

/**
 * The per-customer summary job on LocalJobRunner against the single-JVM path it replaces at scale: the log
 * read by {@link OrdersCsv}, each customer summarised by the lifetime-value kata's reference {@code Rfm} in
 * {@link LtvData}. Each try is a real job, so there are few tries and no shrinking.
 */
@Label("The customer-summary job")
class CustomerSummaryJobTest {

    private static final LocalDate START = LocalDate.parse("2024-01-01");
    /** Ids that CSV and the shuffle must keep apart: case, a comma, quotes, accents, spaces the readers trim. */
    private static final List<String> IDS = List.of("C1", "c1", "C2", "a,b", "say \"hi\"", "Zoë", " spaced ", "C10",
            "42", "C3", "C4", "C5");
    private static final List<String> AMOUNTS = List.of("0", "0.00", "12.5", "7.25", "100", "3.10", "19.99", "1e2");

    @Property(tries = 6, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    @Label("agrees bit for bit with the in-memory path on each summary and holdout, with 1 to 3 reducers")
    void agreesWithTheInMemoryPath(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int reducers)
            throws Exception {
        Path dir = Files.createTempDirectory("customer-summary-test-");
        try {
            Random random = new Random(seed);
            Log log = Log.draw(random);
            Path orders = Files.writeString(dir.resolve("orders.csv"), log.text(), StandardCharsets.UTF_8);
            Path summary = dir.resolve("summary");

            SummaryRun run = SummaryRun.of(new Configuration(), "--calibration-end", log.calibrationEnd().toString(),
                    "--reducers", String.valueOf(reducers), orders.toString(), summary.toString());

            assertThat(run.exit()).as("seed %d; %s", seed, run.err()).isZero();
            LtvData expected = inIdOrder(LtvData.of(OrdersCsv.read(orders), log.calibrationEnd(), TimeUnit.DAYS));
            LtvData actual = CustomerSummaries.read(summary, TimeUnit.DAYS);
            assertThat(actual.summaries()).as("seed %d", seed).isEqualTo(expected.summaries());
            assertThat(actual.holdoutSpend()).isEqualTo(expected.holdoutSpend());
            assertThat(actual.holdoutTransactions()).isEqualTo(expected.holdoutTransactions());
            assertThat(actual.firstOrder()).isEqualTo(expected.firstOrder());
            assertThat(actual.holdoutEnd()).isEqualTo(expected.holdoutEnd());
            assertThat(actual.calibrationEnd()).isEqualTo(log.calibrationEnd());
            long customers = OrdersCsv.read(orders).customers();
            try (var files = Files.list(summary)) {
                assertThat(files.filter(p -> p.getFileName().toString().startsWith("part-r-"))).hasSize(reducers);
            }
            assertThat(CustomerSummaryJobs.rows(new Configuration(),
                    new org.apache.hadoop.fs.Path(summary.toUri()))).hasSize((int) customers);
        } finally {
            SummaryRun.delete(dir);
        }
    }

    /** The in-memory data with its customers in the order of their ids, the order the summary is read in. */
    private static LtvData inIdOrder(LtvData data) {
        int[] order = IntStream.range(0, data.customers()).boxed()
                .sorted(Comparator.comparing(i -> data.histories().get(i).id())).mapToInt(i -> i).toArray();
        List<CustomerHistory> histories = new ArrayList<>();
        for (int i : order) {
            histories.add(data.histories().get(i));
        }
        return new LtvData(data.source(), data.firstOrder(), data.calibrationEnd(), data.holdoutEnd(), data.unit(),
                histories, IntStream.of(order).mapToObj(data.summaries()::get).toList(),
                IntStream.of(order).mapToDouble(i -> data.holdoutSpend()[i]).toArray(),
                IntStream.of(order).map(i -> data.holdoutTransactions()[i]).toArray());
    }

    /**
     * A generated transaction log: customers with 1 to 6 orders over 60 days (so several on one day), lines in
     * random order with blank lines between, the three columns in any order and case, sometimes a fourth.
     */
    record Log(String text, LocalDate calibrationEnd) {

        static Log draw(Random random) {
            List<String> columns = new ArrayList<>(List.of("customer_id", "date", "amount"));
            if (random.nextBoolean()) {
                columns.add("note");
            }
            Collections.shuffle(columns, random);
            List<String> lines = new ArrayList<>();
            int customers = 1 + random.nextInt(IDS.size());
            int minDay = Integer.MAX_VALUE;
            int maxDay = Integer.MIN_VALUE;
            for (int c = 0; c < customers; c++) {
                String id = IDS.get(c);
                int firstDay = random.nextInt(50);
                for (int o = 0, n = 1 + random.nextInt(6); o < n; o++) {
                    int day = firstDay + random.nextInt(3) * random.nextInt(6);
                    minDay = Math.min(minDay, day);
                    maxDay = Math.max(maxDay, day);
                    String[] fields = new String[columns.size()];
                    for (int k = 0; k < fields.length; k++) {
                        fields[k] = switch (columns.get(k)) {
                            case "customer_id" -> quoted(id);
                            case "date" -> START.plusDays(day).toString();
                            case "amount" -> AMOUNTS.get(random.nextInt(AMOUNTS.size()));
                            default -> random.nextBoolean() ? "" : "\"gift, wrapped\"";
                        };
                    }
                    lines.add(String.join(",", fields));
                }
            }
            if (maxDay == minDay) {
                lines.add(String.join(",", columns.stream().map(column -> switch (column) {
                    case "customer_id" -> "late";
                    case "date" -> START.plusDays(60).toString();
                    case "amount" -> "5";
                    default -> "";
                }).toList()));
                maxDay = 60;
            }
            Collections.shuffle(lines, random);
            if (!lines.isEmpty() && random.nextBoolean()) {
                lines.add(random.nextInt(lines.size()), "");
            }
            String header = String.join(",", columns.stream()
                    .map(c -> random.nextBoolean() ? c.toUpperCase(java.util.Locale.ROOT) : c).toList());
            LocalDate calibrationEnd = START.plusDays(minDay + random.nextInt(maxDay - minDay));
            return new Log(header + "\n" + String.join("\n", lines) + "\n", calibrationEnd);
        }

        private static String quoted(String id) {
            return id.contains(",") || id.contains("\"") ? '"' + id.replace("\"", "\"\"") + '"' : id;
        }
    }
}
