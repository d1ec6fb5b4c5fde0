package dev.mlkatas.ltv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifetime-value job's answers to bad input, CSV that does not parse among it: one line naming what is
 * wrong (for CSV, the line where the bad record starts), and exit status 2. The job refuses the input before
 * it calls Rfm or BgNbdLikelihood, so these tests check provided code and grade nobody; LtvJobTest grades
 * the job with the candidate's pieces.
 */
@DisplayName("The lifetime-value job's answers to bad input")
class LtvJobInputTest {

    @TempDir
    static Path shared;
    static Path data;

    /** A few generated customers: valid orders, for the refusals that depend on the calibration end. */
    @BeforeAll
    static void generate() {
        data = shared.resolve("data");
        JobRun generated = JobRun.of(LtvJob::run, "generate", "--customers", "200", "--seed", "11", "--out", data.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
    }

    @Test
    @DisplayName("bad input, exit 2: a calibration end before the first order")
    void calibrationEndBeforeFirstOrder(@TempDir Path dir) {
        JobRun result = JobRun.of(LtvJob::run, "--transactions", data.resolve("transactions.csv").toString(),
                "--calibration-end", "2019-05-01", "--out", dir.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).startsWith("--calibration-end 2019-05-01 is before the first order in transactions.csv (2023-");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("bad input, exit 2: a calibration end that leaves no holdout")
    void noHoldout() {
        JobRun result = JobRun.of(LtvJob::run, "--transactions", data.resolve("transactions.csv").toString(),
                "--calibration-end", "2030-01-01");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).contains("leaves no holdout");
    }

    @Test
    @DisplayName("bad input, exit 2: an unparseable date in the file, with file, line and column")
    void unparseableDate(@TempDir Path dir) throws IOException {
        Path orders = Files.writeString(dir.resolve("orders.csv"),
                "customer_id,date,amount,channel\nC1,2024-01-05,12.50,app\nC1,2024-02-30,8.00,web\n");

        JobRun result = JobRun.of(LtvJob::run, "--transactions", orders.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("orders.csv line 3: date '2024-02-30' is not an ISO-8601 date (yyyy-mm-dd)");
    }

    @Test
    @DisplayName("bad input, exit 2: a missing column, and an unknown time unit")
    void missingColumnAndUnknownUnit(@TempDir Path dir) throws IOException {
        Path orders = Files.writeString(dir.resolve("orders.csv"), "customer,date,amount\nC1,2024-01-05,12.50\n");

        JobRun missing = JobRun.of(LtvJob::run, "--transactions", orders.toString());
        JobRun unit = JobRun.of(LtvJob::run, "--time-unit", "months");

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.error()).startsWith("orders.csv line 1: no column 'customer_id'");
        assertThat(unit.exit()).isEqualTo(2);
        assertThat(unit.error()).isEqualTo("--time-unit 'months' is neither days nor weeks");
    }

    @Test
    @DisplayName("bad input, exit 2: a quote opened on line 13 of 2,000 and never closed is reported on line 13")
    void unclosedQuote(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of("customer_id,date,amount"));
        for (int i = 2; i <= 2000; i++) {
            lines.add("C" + i % 50 + "," + java.time.LocalDate.of(2024, 1, 1).plusDays(i % 300) + ",10.00");
        }
        lines.set(12, "C13,2024-01-13,\"12.50");
        Path orders = Files.write(dir.resolve("t-bad4.csv"), lines);

        JobRun result = JobRun.of(LtvJob::run, "--transactions", orders.toString(), "--out", dir.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("t-bad4.csv line 13: a quoted field is never closed");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("bad input, exit 2: bytes that are not UTF-8 deep in the file, without class names")
    void notUtf8(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("C1,2024-01-01,5\n");
        }
        byte[] text = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = {'C', (byte) 0xE9, ',', '2', '0', '2', '4', '-', '0', '1', '-', '0', '2', ',', '5', '\n'};
        Path orders = dir.resolve("orders.csv");
        Files.write(orders, text);
        Files.write(orders, bad, java.nio.file.StandardOpenOption.APPEND);

        JobRun result = JobRun.of(LtvJob::run, "--transactions", orders.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("orders.csv: is not a UTF-8 text file");
    }

    @Test
    @DisplayName("bad input, exit 2: a header whose quote is never closed is reported on line 1, without class names")
    void unclosedQuoteInHeader(@TempDir Path dir) throws IOException {
        Path orders = Files.writeString(dir.resolve("orders.csv"), "customer_id,date,\"amount\nC1,2024-01-01,5\n");

        JobRun result = JobRun.of(LtvJob::run, "--transactions", orders.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("orders.csv line 1: a quoted field is never closed");
    }
}
