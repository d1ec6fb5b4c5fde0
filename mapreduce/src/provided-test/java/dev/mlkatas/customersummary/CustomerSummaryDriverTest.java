package dev.mlkatas.customersummary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.testing.HelpCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The customer-summary driver: a local run, its refusals and its help")
class CustomerSummaryDriverTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("summarises a log on LocalJobRunner into CSV files with a header, one row per customer")
    void runsLocally() throws Exception {
        Path orders = Files.write(dir.resolve("orders.csv"), List.of("customer_id,date,amount",
                "C1,2024-01-01,10.00", "C1,2024-01-15,20.00", "C1,2024-01-15,5.00", "C1,2024-01-29,30.00",
                "C2,2024-01-20,8.00", "C2,2024-03-01,4.00", "C3,2024-02-20,1.00"));
        Path out = dir.resolve("summary");

        SummaryRun run = SummaryRun.of(new Configuration(), "--calibration-end", "2024-02-12", orders.toString(),
                out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("7 orders of 3 customers");
        assertThat(Files.readAllLines(out.resolve("part-r-00000"))).containsExactly(CustomerSummary.HEADER,
                "C1,2024-01-01,2024-01-29,2,28,42,27.5,0,0.0",
                "C2,2024-01-20,2024-03-01,0,0,23,0.0,1,4.0",
                "C3,2024-02-20,2024-02-20,,,,,1,1.0");
    }

    @Test
    @DisplayName("--help explains every option, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption((args, out, err) -> {
            try {
                return CustomerSummaryDriver.run(new Configuration(), new CustomerSummaryDriver(out, err), args);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, new SummaryOptions());
    }

    static Stream<Arguments> refusals() {
        String header = "customer_id,date,amount";
        return Stream.of(
                Arguments.of(List.of("IN", "OUT"), List.of(header, "C1,2024-01-01,1"),
                        "give --calibration-end: the summary is of the orders up to that day"),
                Arguments.of(List.of("--calibration-end", "June", "IN", "OUT"), List.of(header, "C1,2024-01-01,1"),
                        "--calibration-end 'June' is not an ISO-8601 date (yyyy-mm-dd)"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "--reducers", "0", "IN", "OUT"),
                        List.of(header, "C1,2024-01-01,1"), "--reducers '0' is not a whole number"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "--fast", "IN", "OUT"),
                        List.of(header, "C1,2024-01-01,1"), "unknown option '--fast'"),
                Arguments.of(List.of("-D", "--calibration-end", "2024-01-01", "IN", "OUT"),
                        List.of(header, "C1,2024-01-01,1"), "-D '--calibration-end' is not key=value"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "-Dmapreduce.job.reduces=2", "IN", "OUT"),
                        List.of(header, "C1,2024-01-01,1"),
                        "unknown option '-Dmapreduce.job.reduces=2' here: Hadoop's generic options go first"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN"), List.of(header, "C1,2024-01-01,1"),
                        "give at least one input and the output directory"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "missing.csv", "OUT"),
                        List.of(header, "C1,2024-01-01,1"), "input 'missing.csv' does not exist"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "IN"), List.of(header, "C1,2024-01-01,1"),
                        "already exists: nothing was written"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "OUT"), List.of(),
                        "orders.csv: is empty (expected a header customer_id,date,amount"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "OUT"), List.of("customer_id,day,amount",
                        "C1,2024-01-01,1"), "orders.csv line 1: no column 'date' in the header"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "OUT"), List.of(header, "C1,2024-01-01,1",
                        "", "C2,2024-01-02,abc", "C3,2024-01-03,x"), "orders.csv line 4: amount 'abc' is not a number"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "OUT"), List.of(header, "C1,2024-01-01,1",
                        "C2,01/02/2024,1"), "orders.csv line 3: date '01/02/2024' is not an ISO-8601 date"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "OUT"), List.of(header, "C1,2024-01-01"),
                        "orders.csv line 2: has 2 columns, the header has 3"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "OUT"), List.of(header, " ,2024-01-01,1"),
                        "orders.csv line 2: customer_id is blank"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "OUT"),
                        List.of(header, "C1,2024-01-01,-1"), "orders.csv line 2: amount '-1' is negative"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "OUT"), List.of(header,
                        "\"C1,2024-01-01,1"), "orders.csv line 2: a quoted field is never closed"),
                Arguments.of(List.of("--calibration-end", "2024-01-01", "IN", "OUT"), List.of(header, ""),
                        "has a header but no orders"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refusals")
    @DisplayName("bad arguments or input: one line, exit 2, nothing written")
    void refuses(List<String> arguments, List<String> lines, String message) throws Exception {
        Path in = Files.write(dir.resolve("orders.csv"), lines);
        String[] args = arguments.stream().map(a -> switch (a) {
            case "IN" -> in.toString();
            case "OUT" -> dir.resolve("out").toString();
            default -> a;
        }).toArray(String[]::new);

        SummaryRun run = SummaryRun.of(new Configuration(), args);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("customer-summary: ").contains(message);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("nothing but the input is written").containsExactly(in);
        }
    }
}
