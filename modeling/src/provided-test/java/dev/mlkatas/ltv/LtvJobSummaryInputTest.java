package dev.mlkatas.ltv;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.mlkatas.jobs.testing.BadInputCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lifetime-value job's answers to a per-customer summary it cannot use ({@code --summary}, what the
 * mapreduce module's summary job writes): one line naming the file, the line and the problem, exit 2. The
 * summary's agreement with the raw log is checked where the job that writes it lives (LtvFromSummaryTest).
 */
@DisplayName("The lifetime-value job's answers to a bad customer summary")
class LtvJobSummaryInputTest {

    private static final String HEADER = "customer_id,first_order,last_order,frequency,recency_days,age_days,"
            + "monetary_value,holdout_transactions,holdout_spend";
    private static final String C1 = "C1,2024-01-01,2024-03-01,2,28,42,27.5,1,4.0";

    static Stream<Arguments> badSummaries() {
        List<String> summary = List.of("--summary", "FILE");
        return Stream.of(
                arguments("two inputs", List.of(HEADER, C1), List.of("--summary", "FILE", "--transactions", "FILE"),
                        "--summary and --transactions are two inputs: give one of them"),
                arguments("no such summary", List.of(HEADER, C1), List.of("--summary", "no-such-summary"),
                        "no-such-summary: no such file or folder"),
                arguments("another calibration end", List.of(HEADER, C1),
                        List.of("--summary", "FILE", "--calibration-end", "2024-01-31"),
                        "--calibration-end 2024-01-31 is not the calibration end of ..."),
                arguments("rows of two calibration ends", List.of(HEADER, C1, "C2,2024-01-20,2024-03-01,0,0,24,0,1,4"),
                        summary, "summary.csv line 3: first_order + age_days is 2024-02-13, but summary.csv line 2"
                                + " has 2024-02-12: rows of two calibration ends"),
                arguments("no holdout", List.of(HEADER, "C1,2024-01-01,2024-01-29,2,28,42,27.5,0,0"), summary,
                        "summary.csv: its calibration end 2024-02-12 leaves no holdout: the last order is on"
                                + " 2024-01-29"),
                arguments("a missing column", List.of("customer_id,first_order,last_order", "C1,2024-01-01,2024-03-01"),
                        summary, "summary.csv line 1: ..."),
                arguments("a frequency that is not a count",
                        List.of(HEADER, "C1,2024-01-01,2024-03-01,two,28,42,27.5,1,4"), summary,
                        "summary.csv line 2: frequency 'two' is not a whole number of zero or more"),
                arguments("a recency after the age", List.of(HEADER, "C1,2024-01-01,2024-03-01,2,50,42,27.5,1,4"),
                        summary, "summary.csv line 2: not a customer summary: ..."),
                arguments("a customer twice", List.of(HEADER, C1, C1), summary,
                        "summary.csv: customer 'C1' has two rows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSummaries")
    @DisplayName("bad summary: one line naming the input and the problem, exit 2, nothing written")
    void refusesBadSummary(String what, List<String> lines, List<String> args, String message, @TempDir Path dir)
            throws IOException {
        Path file = Files.write(dir.resolve("summary.csv"), lines);
        String[] given = args.stream().map(arg -> arg.equals("FILE") ? file.toString() : arg).toArray(String[]::new);

        BadInputCheck.refuses(LtvJob::run, message, dir.resolve("out"), given);
    }
}
