package dev.mlkatas.churn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.customers.BehaviourFeatures;
import dev.mlkatas.grocery.WorldCustomers;
import dev.mlkatas.jobs.JobRun;
import dev.mlkatas.ltv.RfmSummary;
import dev.mlkatas.ltv.TimeUnit;
import dev.mlkatas.ltv.data.LtvData;
import dev.mlkatas.orders.CustomerHistory;
import dev.mlkatas.orders.OrderLog;
import dev.mlkatas.orders.OrderLogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The churn job on a per-customer summary ({@code --summary}, what the mapreduce module's summary job writes),
 * written here from 3,000 generated customers with a holdout of 90 days: its rows and labels are the customers
 * and labels the job's orders route would make at that cutoff with {@code --horizon 90}. Provided code: grades nobody.
 */
@DisplayName("The churn job on a per-customer summary")
class ChurnJobSummaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "customer_id,first_order,last_order,frequency,recency_days,age_days,"
            + "monetary_value,holdout_transactions,holdout_spend";

    @TempDir
    static Path dir;
    static OrderLog log;
    static LocalDate calibrationEnd;
    static JobRun run;

    @BeforeAll
    static void summariseAndRun() throws IOException {
        log = OrderLogs.of("orders", WorldCustomers.draw(3000, 7).histories());
        calibrationEnd = log.lastDate().minusDays(90);
        LtvData data = LtvData.of(log, calibrationEnd, TimeUnit.DAYS);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < data.customers(); i++) {
            CustomerHistory history = data.histories().get(i);
            RfmSummary s = data.summaries().get(i);
            lines.add(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%d,%.2f,%d,%.2f", history.id(),
                    LocalDate.ofEpochDay(history.epochDay(0)),
                    LocalDate.ofEpochDay(history.epochDay(history.size() - 1)), s.frequency(),
                    Math.round(s.recency()), Math.round(s.age()), s.monetaryValue(), data.holdoutTransactions()[i],
                    data.holdoutSpend()[i]));
        }
        Path summary = Files.write(dir.resolve("summary.csv"), lines);
        run = JobRun.of(ChurnJob::run, "--summary", summary.toString(), "--folds", "3", "--trees", "20", "--out",
                dir.resolve("out").toString());
    }

    @Test
    @DisplayName("has the customers active at the calibration end as rows, churned when they do not order in 90 days")
    void rowsAndLabelsAgreeWithTheOrders() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(dir.resolve("out").resolve("summary.json").toFile());
        // What the job's orders route counts: active in the 90 days up to the cutoff, churned without an order after.
        long cutoff = calibrationEnd.toEpochDay();
        int active = 0;
        int churned = 0;
        for (CustomerHistory history : log.histories()) {
            long last = BehaviourFeatures.lastOrderDay(history, cutoff);
            if (last >= 0 && cutoff - last < 90) {
                active++;
                churned += BehaviourFeatures.orderedBetween(history, cutoff, cutoff + 90) ? 0 : 1;
            }
        }

        int rows = summary.get("calibration").get("rows").asInt() + summary.get("holdout").get("rows").asInt();
        int positives = summary.get("calibration").get("positives").asInt()
                + summary.get("holdout").get("positives").asInt();
        assertThat(rows).isEqualTo(active);
        assertThat(positives).isEqualTo(churned).isPositive().isLessThan(rows);
        assertThat(summary.get("holdout").get("rows").asInt()).isBetween(rows / 5 - 3, rows / 5 + 3);
        assertThat(summary.get("inputs").get("calibrationEnd").asText()).isEqualTo(calibrationEnd.toString());
    }

    @Test
    @DisplayName("learns from the figures a summary holds, and says where its label comes from")
    void learnsFromTheSummary() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(dir.resolve("out").resolve("summary.json").toFile());
        String best = summary.get("bestModel").asText();

        assertThat(summary.get("models").get(best).get("holdoutAuc").asDouble()).isBetween(0.6, 1.0);
        assertThat(Files.readString(dir.resolve("out").resolve("report.md"))).contains("recency_vs_gap",
                "no order from " + calibrationEnd.plusDays(1) + " to " + log.lastDate() + " (90 days)");
    }
}
