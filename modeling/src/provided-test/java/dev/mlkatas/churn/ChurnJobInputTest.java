package dev.mlkatas.churn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The churn job's answers to bad input, which must name the file, line and column and exit with 2: bad values,
 * CSV that does not parse (reported at the line where the bad record starts), a typo in a numeric column. The
 * job refuses the input before it calls Auc or StratifiedKFold, so these tests check provided code and grade
 * nobody; ChurnJobTest grades the job with the candidate's pieces.
 */
@DisplayName("The churn job's answers to bad input")
class ChurnJobInputTest {

    @TempDir
    static Path shared;
    static Path data;

    /** A few generated customers: valid orders and covariates, for the refusals that need valid files beside a bad one. */
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

    @Test
    @DisplayName("bad input, exit 2: a quote opened on line 13 of 2,000 and never closed is reported on line 13")
    void unclosedQuote(@TempDir Path dir) throws IOException {
        List<String> lines = orders(2000);
        lines.set(12, "C13,2024-01-13,\"12.50");
        Path orders = Files.write(dir.resolve("t-bad4.csv"), lines);

        JobRun result = JobRun.of(ChurnJob::run, "--transactions", orders.toString(), "--out", dir.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("t-bad4.csv line 13: a quoted field is never closed");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("bad input, exit 2: text after a closing quote, in words and without class names")
    void textAfterClosingQuote(@TempDir Path dir) throws IOException {
        List<String> lines = orders(20);
        lines.set(6, "C7,2024-01-07,\"12.50\"x");
        Path orders = Files.write(dir.resolve("orders.csv"), lines);

        JobRun result = JobRun.of(ChurnJob::run, "--transactions", orders.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).startsWith("orders.csv line 7: a quoted field has text after its closing quote")
                .doesNotContain("Exception").doesNotContain("org.apache");
    }

    @Test
    @DisplayName("bad input, exit 2: a header that names a column twice, or a column without a name")
    void badHeader(@TempDir Path dir) throws IOException {
        Path twice = Files.writeString(dir.resolve("twice.csv"), "customer_id,date,amount,date\nC1,2024-01-01,5,x\n");
        Path unnamed = Files.writeString(dir.resolve("unnamed.csv"), "customer_id,,date,amount\nC1,x,2024-01-01,5\n");

        JobRun first = JobRun.of(ChurnJob::run, "--transactions", twice.toString());
        JobRun second = JobRun.of(ChurnJob::run, "--transactions", unnamed.toString());

        assertThat(first.exit()).isEqualTo(2);
        assertThat(first.error()).isEqualTo("twice.csv line 1: the header names column 'date' twice");
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.error()).isEqualTo("unnamed.csv line 1: a column of the header has no name");
    }

    @Test
    @DisplayName("bad input, exit 2: an unclosed quote in a table of customers names the line it opens on")
    void unclosedQuoteInCustomers(@TempDir Path dir) throws IOException {
        List<String> lines = customers(100, -1);
        lines.set(40, "m40,\"plus,3,0");
        Path file = Files.write(dir.resolve("customers.csv"), lines);

        JobRun result = JobRun.of(ChurnJob::run, "--customers", file.toString(), "--label", "churned", "--id", "id");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("customers.csv line 41: a quoted field is never closed");
    }

    @Test
    @DisplayName("bad input, exit 2: a typo in a numeric covariate is an error, not a one-hot encoded column")
    void typoInCovariates(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve("customers.csv")));
        assertThat(lines.get(0)).isEqualTo("customer_id,fee_sensitivity,late_deliveries,support_contacts,plan,region");
        String[] cells = lines.get(56).split(",", -1);
        cells[2] = "x";
        lines.set(56, String.join(",", cells));
        Path covariates = Files.write(dir.resolve("customers.csv"), lines);

        JobRun result = JobRun.of(ChurnJob::run, "--transactions", data.resolve("transactions.csv").toString(),
                "--covariates", covariates.toString(), "--out", dir.resolve("out").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("customers.csv line 57: late_deliveries 'x' is not a number (the column's other values are)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("bad input, exit 2: in a table of customers, the first of a few typos among numbers names its line")
    void typosInCustomers(@TempDir Path dir) throws IOException {
        List<String> lines = customers(100, 3);
        lines.set(30, lines.get(30).replace(",3,", ",three,"));
        lines.set(70, lines.get(70).replace(",3,", ",n/a,"));
        Path file = Files.write(dir.resolve("customers.csv"), lines);

        JobRun result = JobRun.of(ChurnJob::run, "--customers", file.toString(), "--label", "churned", "--id", "id");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo("customers.csv line 31: visits 'three' is not a number (the column's other values are)");
    }

    @Test
    @DisplayName("a text column stays one-hot encoded, also when a few of its values look like numbers")
    void textColumnsStayText(@TempDir Path dir) throws IOException {
        List<String> lines = customers(100, -1);
        for (int r = 1; r <= 10; r++) {
            lines.set(r, lines.get(r).replaceFirst(",(plus|standard),", ",2024,"));
        }
        Path file = Files.write(dir.resolve("customers.csv"), lines);
        Path out = dir.resolve("out");

        JobRun result = JobRun.of(ChurnJob::run, "--customers", file.toString(), "--label", "churned", "--id", "id",
                "--folds", "3", "--trees", "5", "--out", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readString(out.resolve("report.md"))).contains("'plan' is text: one-hot encoded");
    }

    /** A valid orders file whose line {@code line} (the header is line 1) is {@code bad}, and one line after it. */
    private static Path ordersWithLine(Path dir, int line, String bad) throws IOException {
        List<String> lines = orders(line + 1);
        lines.set(line - 1, bad);
        return Files.write(dir.resolve("orders.csv"), lines);
    }

    /** A header and {@code rows} valid orders, one a day from 2024-01-01, as lines; line 13 is index 12. */
    private static List<String> orders(int rows) {
        List<String> lines = new ArrayList<>(List.of("customer_id,date,amount"));
        for (int i = 2; i <= rows; i++) {
            lines.add(String.format(Locale.ROOT, "C%d,%s,%.2f", i % 50, java.time.LocalDate.of(2024, 1, 1).plusDays(i % 300),
                    5.0 + i % 40));
        }
        return lines;
    }

    /**
     * A table {@code id,plan,visits,churned} of {@code rows} customers, every fourth one churned, as lines;
     * every visits value is {@code visits}, or varies with the row when it is negative.
     */
    private static List<String> customers(int rows, int visits) {
        List<String> lines = new ArrayList<>(List.of("id,plan,visits,churned"));
        for (int r = 0; r < rows; r++) {
            boolean churned = r % 4 == 0;
            lines.add("m" + r + "," + (r % 3 == 0 ? "plus" : "standard") + ","
                    + (visits >= 0 ? visits : (churned ? 1 : 4) + r % 3) + "," + (churned ? "yes" : "no"));
        }
        return lines;
    }

}
