package dev.mlkatas.ltv;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * One bad input a row: what is wrong, the orders file the job reads ({@code FILE} in the arguments; the
     * generated orders are {@code DATA}), its lines, the arguments, and the one line the job answers
     * ({@code ...} at its end: the line's beginning).
     */
    static Stream<Arguments> badInputs() {
        List<String> unclosed = new ArrayList<>(List.of("customer_id,date,amount"));
        for (int i = 2; i <= 2000; i++) {
            unclosed.add("C" + i % 50 + "," + java.time.LocalDate.of(2024, 1, 1).plusDays(i % 300) + ",10.00");
        }
        unclosed.set(12, "C13,2024-01-13,\"12.50");
        List<String> valid = List.of("customer_id,date,amount", "C1,2024-01-05,12.50");
        List<String> transactions = List.of("--transactions", "FILE");
        return Stream.of(
                arguments("a calibration end before the first order", "orders.csv", valid,
                        List.of("--transactions", "DATA", "--calibration-end", "2019-05-01"),
                        "--calibration-end 2019-05-01 is before the first order in transactions.csv (2023-..."),
                arguments("a calibration end that leaves no holdout", "orders.csv", valid,
                        List.of("--transactions", "DATA", "--calibration-end", "2030-01-01"),
                        "--calibration-end 2030-01-01 leaves no holdout..."),
                arguments("an unparseable date in the file", "orders.csv", List.of("customer_id,date,amount,channel",
                        "C1,2024-01-05,12.50,app", "C1,2024-02-30,8.00,web"), transactions,
                        "orders.csv line 3: date '2024-02-30' is not an ISO-8601 date (yyyy-mm-dd)"),
                arguments("a missing column", "orders.csv", List.of("customer,date,amount", "C1,2024-01-05,12.50"),
                        transactions, "orders.csv line 1: no column 'customer_id'..."),
                arguments("an unknown time unit", "orders.csv", valid, List.of("--time-unit", "months"),
                        "--time-unit 'months' is neither days nor weeks"),
                arguments("a quote opened on line 13 of 2,000 and never closed", "t-bad4.csv", unclosed, transactions,
                        "t-bad4.csv line 13: a quoted field is never closed"),
                arguments("a header whose quote is never closed", "orders.csv",
                        List.of("customer_id,date,\"amount", "C1,2024-01-01,5"), transactions,
                        "orders.csv line 1: a quoted field is never closed"),
                arguments("a discount that is not above zero", "orders.csv", valid, List.of("--discount", "-1"),
                        "--discount '-1' is not a number above zero"),
                arguments("trees that are not a number", "orders.csv", valid, List.of("--trees", "many"),
                        "--trees 'many' is not a whole number"),
                arguments("an option without its value", "orders.csv", valid, List.of("--transactions"),
                        "--transactions needs a value (usage: ltv..."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    @DisplayName("bad input: one line naming the input and the problem, exit 2, nothing written")
    void refusesBadInput(String what, String name, List<String> lines, List<String> args, String message,
            @TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve(name), lines);
        String[] given = args.stream().map(arg -> switch (arg) {
            case "FILE" -> file.toString();
            case "DATA" -> data.resolve("transactions.csv").toString();
            default -> arg;
        }).toArray(String[]::new);

        BadInputCheck.refuses(LtvJob::run, message, dir.resolve("out"), given);
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

        BadInputCheck.refuses(LtvJob::run, "orders.csv: is not a UTF-8 text file", dir.resolve("out"),
                "--transactions", orders.toString());
    }

    @Test
    @DisplayName("--help explains every option of the job and of generate, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption(LtvJob::run, new LtvJob());
    }
}
