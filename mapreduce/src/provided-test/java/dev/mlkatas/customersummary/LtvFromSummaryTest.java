package dev.mlkatas.customersummary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlkatas.grocery.WorldCustomers;
import dev.mlkatas.jobs.JobRun;
import dev.mlkatas.ltv.LtvJob;
import dev.mlkatas.ltv.data.LtvData;
import dev.mlkatas.orders.CustomerHistory;
import dev.mlkatas.orders.OrdersCsv;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kata run ltv --summary} on the job's output against {@code kata run ltv --transactions} on the log
 * itself. The log lists its customers in the order of their ids, the order a summary is read in, so that both
 * runs add up the likelihood in one order and the fits agree exactly.
 */
@DisplayName("The lifetime-value job from the customer summary")
class LtvFromSummaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void drawWithoutADisplay() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    @DisplayName("fits and forecasts what it does from the raw log; only the comparison that needs orders is skipped")
    void sameResultsAsFromTheLog() throws Exception {
        List<CustomerHistory> histories = WorldCustomers.draw(1500, 11).histories().stream()
                .sorted(Comparator.comparing(CustomerHistory::id)).toList();
        Path orders = dir.resolve("orders.csv");
        OrdersCsv.write(histories, orders);
        String calibrationEnd = LtvData.defaultCalibrationEnd(OrdersCsv.read(orders)).toString();
        Path summary = dir.resolve("summary");
        SummaryRun summarised = SummaryRun.of(new Configuration(), "--calibration-end", calibrationEnd,
                "--reducers", "2", orders.toString(), summary.toString());
        assertThat(summarised.exit()).as(summarised.err()).isZero();

        JobRun fromLog = JobRun.of(LtvJob::run, "--transactions", orders.toString(), "--calibration-end",
                calibrationEnd, "--trees", "5", "--out", dir.resolve("from-log").toString());
        JobRun fromSummary = JobRun.of(LtvJob::run, "--summary", summary.toString(), "--trees", "5",
                "--out", dir.resolve("from-summary").toString());

        assertThat(fromLog.exit()).as(fromLog.err()).isZero();
        assertThat(fromSummary.exit()).as(fromSummary.err()).isZero();
        assertThat(fromSummary.err()).startsWith("ltv: the gradient-boosted comparison was skipped: it learns from"
                + " each customer's orders");
        JsonNode expected = results(dir.resolve("from-log"));
        JsonNode actual = results(dir.resolve("from-summary"));
        assertThat(actual.get("customers").asInt()).isGreaterThan(500);
        assertThat(actual).isEqualTo(expected);
    }

    /** summary.json without what names the input and the regression's side comparison. */
    private static JsonNode results(Path out) throws Exception {
        ObjectNode summary = (ObjectNode) JSON.readTree(out.resolve("summary.json").toFile());
        summary.remove("inputs");
        ObjectNode holdout = (ObjectNode) summary.get("holdout");
        holdout.remove("gradientBoostedRegression");
        holdout.remove("regressionTrainingRows");
        return summary;
    }
}
