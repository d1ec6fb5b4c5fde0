package dev.mlkatas.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.mlkatas.jobs.JobRun;
import dev.mlkatas.jobs.testing.BadInputCheck;
import dev.mlkatas.jobs.testing.HelpCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * One bad input a row: what is wrong, the file the job reads ({@code FILE} in the arguments), its lines,
     * the arguments, and the one line the job answers ({@code ...} at its end: the line's beginning).
     */
    static Stream<Arguments> badInputs() {
        List<String> unclosed = orders(2000);
        unclosed.set(12, "C13,2024-01-13,\"12.50");
        List<String> textAfterQuote = orders(20);
        textAfterQuote.set(6, "C7,2024-01-07,\"12.50\"x");
        List<String> unclosedCustomer = customers(100, -1);
        unclosedCustomer.set(40, "m40,\"plus,3,0");
        List<String> typos = customers(100, 3);
        typos.set(30, typos.get(30).replace(",3,", ",three,"));
        typos.set(70, typos.get(70).replace(",3,", ",n/a,"));
        List<String> oneClass = List.of("id,visits,churned", "a,1,0", "b,2,0", "c,3,false", "d,4,no", "e,5,0", "f,6,0",
                "g,7,0", "h,8,0", "i,9,0", "j,10,0", "k,11,0");
        List<String> transactions = List.of("--transactions", "FILE");
        List<String> table = List.of("--customers", "FILE", "--label", "churned", "--id", "id");
        List<String> summary = List.of("--summary", "FILE");
        return Stream.of(
                arguments("an amount that is not a number", "orders.csv", ordersWithLine(17, "C9,2024-03-01,abc"),
                        transactions, "orders.csv line 17: amount 'abc' is not a number"),
                arguments("a negative amount", "orders.csv", ordersWithLine(5, "C9,2024-03-01,-3.50"), transactions,
                        "orders.csv line 5: amount '-3.50' is negative"),
                arguments("a date that is not ISO-8601", "orders.csv", ordersWithLine(9, "C9,01/03/2024,12.00"),
                        transactions, "orders.csv line 9: date '01/03/2024' is not an ISO-8601 date (yyyy-mm-dd)"),
                arguments("an empty file", "orders.csv", List.of(), transactions, "orders.csv: is empty..."),
                arguments("a header and no orders", "header.csv", List.of("customer_id,date,amount"), transactions,
                        "header.csv: has a header but no orders"),
                arguments("a quote opened on line 13 of 2,000 and never closed", "t-bad4.csv", unclosed, transactions,
                        "t-bad4.csv line 13: a quoted field is never closed"),
                arguments("text after a closing quote, in words", "orders.csv", textAfterQuote, transactions,
                        "orders.csv line 7: a quoted field has text after its closing quote..."),
                arguments("a header that names a column twice", "twice.csv",
                        List.of("customer_id,date,amount,date", "C1,2024-01-01,5,x"), transactions,
                        "twice.csv line 1: the header names column 'date' twice"),
                arguments("a column of the header without a name", "unnamed.csv",
                        List.of("customer_id,,date,amount", "C1,x,2024-01-01,5"), transactions,
                        "unnamed.csv line 1: a column of the header has no name"),
                arguments("a label with one class: the AUC is undefined", "customers.csv", oneClass, table,
                        "AUC is undefined: label 'churned' has only one class..."),
                arguments("a label value that is not 0/1, true/false or yes/no", "customers.csv",
                        List.of("id,visits,churned", "a,1,0", "b,2,maybe"), List.of("--customers", "FILE", "--label",
                                "churned"), "customers.csv line 3: label 'churned' value 'maybe' is not 0/1..."),
                arguments("an unclosed quote in a table of customers", "customers.csv", unclosedCustomer, table,
                        "customers.csv line 41: a quoted field is never closed"),
                arguments("the first of a few typos among numbers", "customers.csv", typos, table,
                        "customers.csv line 31: visits 'three' is not a number (the column's other values are)"),
                arguments("an unknown option, with the usage", "orders.csv", orders(5),
                        List.of("--colour", "blue"), "unknown option '--colour' (usage: churn..."),
                arguments("a value out of range", "orders.csv", orders(5), List.of("--transactions", "FILE",
                        "--folds", "1"), "--folds '1' is not a whole number from 2 to 20"),
                arguments("a date option that is not a date", "orders.csv", orders(5), List.of("--transactions",
                        "FILE", "--calibration-end", "June"), "--calibration-end 'June' is not an ISO-8601 date "
                                + "(yyyy-mm-dd)"),
                arguments("--label without --customers", "orders.csv", orders(5), List.of("--transactions", "FILE",
                        "--label", "churned"), "--label cannot be used without --customers..."),
                arguments("a summary and orders: two inputs", "summary.csv", summary(), List.of("--summary", "FILE",
                        "--transactions", "FILE"), "--summary and --transactions are two inputs: give one of them"),
                arguments("a horizon for a summary, whose holdout is written in it", "summary.csv", summary(),
                        List.of("--summary", "FILE", "--horizon", "30"), "--horizon cannot be used with --summary (its "
                                + "calibration end and holdout were chosen when it was written)..."),
                arguments("no such summary", "summary.csv", summary(), List.of("--summary", "no-such-summary"),
                        "no-such-summary: no such file or folder"),
                arguments("a summary row whose recency is after its age", "summary.csv",
                        summary("C3,2024-01-01,2024-03-01,2,50,42,27.5,1,4"), summary,
                        "summary.csv line 4: not a customer summary: ..."),
                arguments("a summary with nobody active in the last days", "summary.csv", summary(),
                        List.of("--summary", "FILE", "--active-days", "10"), "summary.csv: no customer ordered in the "
                                + "10 days up to 2024-02-12: there is nobody to predict churn for"),
                arguments("a summary in which everybody stayed", "summary.csv", summary(), summary,
                        "AUC is undefined: label 'churned' has only one class (every one of the 2 rows of summary.csv "
                                + "is 0)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    @DisplayName("bad input: one line naming the input and the problem, exit 2, nothing written")
    void refusesBadInput(String what, String name, List<String> lines, List<String> args, String message,
            @TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve(name), lines);
        String[] given = args.stream().map(arg -> arg.equals("FILE") ? file.toString() : arg).toArray(String[]::new);

        BadInputCheck.refuses(ChurnJob::run, message, dir.resolve("out"), given);
    }

    @Test
    @DisplayName("bad input, exit 2: a calibration end before the first order")
    void calibrationEndBeforeFirstOrder(@TempDir Path dir) {
        BadInputCheck.refuses(ChurnJob::run, "--calibration-end 2020-01-01 is before the first order in "
                + "transactions.csv...", dir.resolve("out"), "--transactions",
                data.resolve("transactions.csv").toString(), "--calibration-end", "2020-01-01");
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
    @DisplayName("bad input, exit 2: a typo in a numeric covariate is an error, not a one-hot encoded column")
    void typoInCovariates(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve("customers.csv")));
        assertThat(lines.get(0)).isEqualTo("customer_id,fee_sensitivity,late_deliveries,support_contacts,plan,region");
        String[] cells = lines.get(56).split(",", -1);
        cells[2] = "x";
        lines.set(56, String.join(",", cells));
        Path covariates = Files.write(dir.resolve("customers.csv"), lines);

        BadInputCheck.refuses(ChurnJob::run, "customers.csv line 57: late_deliveries 'x' is not a number (the column's "
                + "other values are)", dir.resolve("out"), "--transactions",
                data.resolve("transactions.csv").toString(), "--covariates", covariates.toString());
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

    /**
     * A per-customer summary as the mapreduce module's summary job writes it: two customers who both ordered
     * again in the holdout, 14 and 41 days after their last order up to the calibration end (2024-02-12), then
     * {@code more} rows.
     */
    private static List<String> summary(String... more) {
        List<String> lines = new ArrayList<>(List.of("customer_id,first_order,last_order,frequency,recency_days,"
                + "age_days,monetary_value,holdout_transactions,holdout_spend",
                "C1,2024-01-01,2024-03-01,2,28,42,27.5,1,4.0", "C2,2024-01-02,2024-03-01,0,0,41,0,2,9.0"));
        lines.addAll(List.of(more));
        return lines;
    }

    /** The lines of a valid orders file whose line {@code line} (the header is line 1) is {@code bad}, and one after. */
    private static List<String> ordersWithLine(int line, String bad) {
        List<String> lines = orders(line + 1);
        lines.set(line - 1, bad);
        return lines;
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

    @Test
    @DisplayName("--help explains every option of the job and of generate, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption(ChurnJob::run, new ChurnJob());
    }
}
