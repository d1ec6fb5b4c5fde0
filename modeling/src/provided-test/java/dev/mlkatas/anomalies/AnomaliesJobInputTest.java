package dev.mlkatas.anomalies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.anomalies.data.TransactionsCsv;
import dev.mlkatas.jobs.JobRun;
import dev.mlkatas.jobs.testing.BadInputCheck;
import dev.mlkatas.jobs.testing.HelpCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The anomalies job's answers to bad input and to --help: one line naming the file, line and column, exit
 * status 2, nothing written. The job refuses the input before it calls the kata's pieces, so these tests check
 * provided code and grade nobody; AnomaliesJobTest grades the job with the candidate's pieces.
 */
@DisplayName("The anomalies job's answers to bad input")
class AnomaliesJobInputTest {

    private static final String HEADER = String.join(",", TransactionsCsv.columns()) + "\n";

    /** A row of the layout: time, V1 = v1, the other Vs 0, an amount and a class. */
    private static String row(String time, String v1, String amount, String label) {
        return time + "," + v1 + ",0".repeat(27) + "," + amount + "," + label + "\n";
    }

    static Stream<Arguments> badFiles() {
        String good = row("0", "1", "10", "0") + row("5", "2", "12", "1");
        return Stream.of(
                Arguments.of("a missing column", "Time,V1,Amount\n0,1,2\n",
                        "transactions.csv line 1: no column 'V2' in the header [Time, V1, Amount] (expected Time,"
                                + "V1,V2,..."),
                Arguments.of("a number that is not one", HEADER + good + row("7", "abc", "3", "0"),
                        "transactions.csv line 4: V1 'abc' is not a number"),
                Arguments.of("an empty amount", HEADER + row("7", "1", "", "0"),
                        "transactions.csv line 2: Amount is empty"),
                Arguments.of("a negative amount", HEADER + row("7", "1", "-3.5", "0"),
                        "transactions.csv line 2: Amount '-3.5' is negative"),
                Arguments.of("a negative time", HEADER + row("-1", "1", "3", "0"),
                        "transactions.csv line 2: Time '-1' is negative"),
                Arguments.of("a class that is neither 0 nor 1", HEADER + row("1", "1", "3", "2"),
                        "transactions.csv line 2: Class '2' is neither 0 nor 1"),
                Arguments.of("an infinite feature", HEADER + row("1", "Infinity", "3", "0"),
                        "transactions.csv line 2: V1 'Infinity' is not a finite number"),
                Arguments.of("a quote never closed", HEADER + good + "8,\"1" + ",0".repeat(27) + ",3,0\n",
                        "transactions.csv line 4: a quoted field is never closed"),
                Arguments.of("no fraud in the test part", HEADER + row("0", "1", "10", "1") + row("1", "1", "9", "0")
                        + row("2", "1", "9", "0"),
                        "transactions.csv: the last 30 % of the 3 rows in time order, which every detector is judged "
                                + "on, hold no fraud; it needs frauds and good transactions"),
                Arguments.of("nothing but fraud in the test part", HEADER + row("0", "1", "10", "0")
                        + row("1", "1", "9", "1") + row("2", "1", "9", "0") + row("3", "1", "9", "1"),
                        "transactions.csv: the last 30 % of the 4 rows in time order, which every detector is judged "
                                + "on, hold nothing but fraud; it needs frauds and good transactions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    @DisplayName("bad input, exit 2, one line, nothing written")
    void refusesBadFiles(String what, String content, String message, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("transactions.csv"), content);

        BadInputCheck.refuses(AnomaliesJob::run, message, dir.resolve("out"), "--transactions", file.toString());
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(List.of("--horizon", "3"), "unknown option '--horizon' (usage: anomalies..."),
                Arguments.of(List.of("--window", "2"), "--window '2' is not a whole number from 5 to 100000"),
                Arguments.of(List.of("--trees", "0"), "--trees '0' is not a whole number from 1 to 2000"),
                Arguments.of(List.of("--customers", "10"), "--customers '10' is not a whole number from 100 to 100000"),
                Arguments.of(List.of("--k", "-1"), "--k '-1' is not a number above zero"),
                Arguments.of(List.of("--miss-cost", "0"), "--miss-cost '0' is not a number above zero"),
                Arguments.of(List.of("--transactions", "none.csv", "--customers", "300"),
                        "--customers cannot be used with --transactions (usage: anomalies..."),
                Arguments.of(List.of("--transactions", "/nowhere/none.csv"), "/nowhere/none.csv: no such file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    @DisplayName("bad options, exit 2, one line, nothing written")
    void refusesBadOptions(List<String> args, String message, @TempDir Path dir) {
        BadInputCheck.refuses(AnomaliesJob::run, message, dir.resolve("out"), args.toArray(String[]::new));
    }

    @Test
    @DisplayName("--help explains every option of the job and of generate, with an example")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption(AnomaliesJob::run, new AnomaliesJob());
    }

    @Test
    @DisplayName("generate writes the simulated orders in the credit-card layout")
    void generateWritesCsv(@TempDir Path dir) throws IOException {
        JobRun generated = JobRun.of(AnomaliesJob::run, "generate", "--customers", "100", "--out",
                dir.resolve("d").toString());

        assertThat(generated.exit()).as(generated.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("d").resolve("transactions.csv"));
        assertThat(lines.get(0)).isEqualTo(HEADER.strip());
        assertThat(lines).hasSizeGreaterThan(1_000);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(",")).hasSize(31));
    }
}
