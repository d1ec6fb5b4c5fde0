package dev.mlkatas.churn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The churn job's answers to bad input, which must name the file, line and column and exit with 2. The job
 * refuses the input before it calls Auc or StratifiedKFold, so these tests check provided code and grade
 * nobody; ChurnJobTest grades the job with the candidate's pieces.
 */
@DisplayName("The churn job's answers to bad input")
class ChurnJobInputTest {

    @TempDir
    static Path shared;
    static Path data;

    /** A few generated customers: valid orders, for the refusals that depend on options or the output folder. */
    @BeforeAll
    static void generate() {
        data = shared.resolve("data");
        JobRun generated = JobRun.of(ChurnJob::run, "generate", "--customers", "200", "--seed", "3", "--out", data.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
    }

    @Test
    @DisplayName("bad input, exit 2: an amount that is not a number: file, line and column")
    void amountNotANumber(@TempDir Path dir) throws IOException {
        Path orders = ordersWithLine(dir, 17, "C9,2024-03-01,abc");

        JobRun result = JobRun.of(ChurnJob::run, "--transactions", orders.toString(), "--out", dir.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("orders.csv line 17: amount 'abc' is not a number");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("bad input, exit 2: a negative amount")
    void negativeAmount(@TempDir Path dir) throws IOException {
        Path orders = ordersWithLine(dir, 5, "C9,2024-03-01,-3.50");

        JobRun result = JobRun.of(ChurnJob::run, "--transactions", orders.toString(), "--out", dir.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("orders.csv line 5: amount '-3.50' is negative");
    }

    @Test
    @DisplayName("bad input, exit 2: a date that is not ISO-8601")
    void unparseableDate(@TempDir Path dir) throws IOException {
        Path orders = ordersWithLine(dir, 9, "C9,01/03/2024,12.00");

        JobRun result = JobRun.of(ChurnJob::run, "--transactions", orders.toString(), "--out", dir.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("orders.csv line 9: date '01/03/2024' is not an ISO-8601 date (yyyy-mm-dd)");
    }

    @Test
    @DisplayName("bad input, exit 2: an empty file, and a file with a header and no orders")
    void emptyFiles(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("orders.csv"), "");
        Path headerOnly = Files.writeString(dir.resolve("header.csv"), "customer_id,date,amount\n");

        JobRun first = JobRun.of(ChurnJob::run, "--transactions", empty.toString());
        JobRun second = JobRun.of(ChurnJob::run, "--transactions", headerOnly.toString());

        assertThat(first.exit()).isEqualTo(2);
        assertThat(first.error()).startsWith("orders.csv: is empty");
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.error()).isEqualTo("header.csv: has a header but no orders");
    }

    @Test
    @DisplayName("bad input, exit 2: a calibration end before the first order")
    void calibrationEndBeforeFirstOrder(@TempDir Path dir) {
        JobRun result = JobRun.of(ChurnJob::run, "--transactions", data.resolve("transactions.csv").toString(),
                "--calibration-end", "2020-01-01", "--out", dir.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).startsWith("--calibration-end 2020-01-01 is before the first order in transactions.csv");
    }

    @Test
    @DisplayName("bad input, exit 2: a label with one class: the AUC is undefined")
    void oneClass(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("customers.csv"), "id,visits,churned\n"
                + "a,1,0\nb,2,0\nc,3,false\nd,4,no\ne,5,0\nf,6,0\ng,7,0\nh,8,0\ni,9,0\nj,10,0\nk,11,0\n");

        JobRun result = JobRun.of(ChurnJob::run, "--customers", file.toString(), "--label", "churned", "--id", "id",
                "--out", dir.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).startsWith("AUC is undefined: label 'churned' has only one class");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("bad input, exit 2: a label value that is not 0/1, true/false or yes/no")
    void badLabel(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("customers.csv"), "id,visits,churned\na,1,0\nb,2,maybe\n");

        JobRun result = JobRun.of(ChurnJob::run, "--customers", file.toString(), "--label", "churned");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).startsWith("customers.csv line 3: label 'churned' value 'maybe' is not 0/1");
    }

    @Test
    @DisplayName("bad input, exit 2: an output directory that exists and is not empty is left alone")
    void existingOutput(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");

        JobRun result = JobRun.of(ChurnJob::run, "--transactions", data.resolve("transactions.csv").toString(),
                "--out", out.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).contains("exists and is not empty");
        assertThat(out).isDirectoryContaining(path -> path.getFileName().toString().equals("keep.txt"));
        assertThat(Files.list(out).count()).isOne();
    }

    @Test
    @DisplayName("bad input, exit 2: an unknown option, with the usage")
    void unknownOption() {
        JobRun result = JobRun.of(ChurnJob::run, "--colour", "blue");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).startsWith("unknown option '--colour'").contains("usage: churn");
    }

    /** A valid orders file whose line {@code line} (the header is line 1) is {@code bad}. */
    private Path ordersWithLine(Path dir, int line, String bad) throws IOException {
        StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
        for (int i = 2; i < line; i++) {
            csv.append("C").append(i).append(",2024-01-").append(String.format("%02d", 1 + i % 28)).append(",10.00\n");
        }
        csv.append(bad).append('\n').append("C1,2024-02-01,5\n");
        return Files.writeString(dir.resolve("orders.csv"), csv);
    }
}
