package dev.mlkatas.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.forecasting.data.SalesCsv;
import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.city.City;
import dev.mlkatas.grocery.world.city.Store;
import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forecasting job's answers to bad input: one line naming the file, line and column, exit status 2, and
 * nothing written. The job refuses the input before it calls HoltWinters or Backtest, so these tests check
 * provided code and grade nobody; ForecastingJobTest grades the job with the candidate's pieces.
 */
@DisplayName("The forecasting job's answers to bad input")
class ForecastingJobInputTest {

    private static final String HEADER = "date,store,item,sales\n";

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("a missing column", "date,store,sales\n2017-01-01,1,1\n",
                        "sales.csv line 1: no column 'item' in the header [date, store, sales] (expected "
                                + "date,store,item,sales)"),
                Arguments.of("a bad date", HEADER + "2017-01-01,1,1,13\n2017-02-30,1,1,11\n",
                        "sales.csv line 3: date '2017-02-30' is not an ISO-8601 date (yyyy-mm-dd)"),
                Arguments.of("negative sales", HEADER + "2017-01-01,1,1,13\n2017-01-02,1,1,-3\n",
                        "sales.csv line 3: sales '-3' is negative"),
                Arguments.of("sales that are not a number", HEADER + "2017-01-01,1,1,ten\n",
                        "sales.csv line 2: sales 'ten' is not a number"),
                Arguments.of("a blank store", HEADER + "2017-01-01,,1,4\n", "sales.csv line 2: store is blank"),
                Arguments.of("a second row for one day", HEADER + "2017-01-01,1,1,4\n2017-01-01,1,1,5\n",
                        "sales.csv line 3: a second row for store 1, item 1 on 2017-01-01"),
                Arguments.of("a missing day", HEADER + "2017-01-01,1,1,4\n2017-01-03,1,1,5\n",
                        "sales.csv: store 1, item 1 has no row for 2017-01-02 (the file runs from 2017-01-01 to "
                                + "2017-01-03; every series needs every day)"),
                Arguments.of("a quote never closed", HEADER + "2017-01-01,1,1,4\n2017-01-02,\"1,1,5\n",
                        "sales.csv line 3: a quoted field is never closed"),
                Arguments.of("too few days for the backtest", HEADER + "2017-01-01,1,1,4\n2017-01-02,1,1,5\n",
                        "sales.csv: 2 days are too few for 26 weekly origins; the backtest needs 210 (28 days before "
                                + "the first origin): choose fewer --origins"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    @DisplayName("bad input, exit 2, one line, nothing written")
    void refusesBadFiles(String what, String content, String message, @TempDir Path dir) throws IOException {
        Path sales = Files.writeString(dir.resolve("sales.csv"), content);

        JobRun result = JobRun.of(ForecastingJob::run, "--sales", sales.toString(), "--out", dir.resolve("out")
                .toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.error()).isEqualTo(message);
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith(".out"));
    }

    @Test
    @DisplayName("bad options, exit 2: an unknown option, origins out of range, a missing file")
    void refusesBadOptions(@TempDir Path dir) {
        JobRun unknown = JobRun.of(ForecastingJob::run, "--horizon", "3");
        JobRun origins = JobRun.of(ForecastingJob::run, "--origins", "0");
        JobRun missing = JobRun.of(ForecastingJob::run, "--sales", dir.resolve("none.csv").toString());

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.error()).startsWith("unknown option '--horizon' (usage: forecasting");
        assertThat(origins.exit()).isEqualTo(2);
        assertThat(origins.error()).isEqualTo("--origins '0' is not a whole number from 1 to 520");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.error()).endsWith("none.csv: no such file");
    }

    @Test
    @DisplayName("generate writes the grocery world's sales as CSV: every day from 2023-01-02, 6 items a store")
    void generateWritesCsv(@TempDir Path dir) throws IOException {
        JobRun generated = JobRun.of(ForecastingJob::run, "generate", "--days", "70", "--out", dir.resolve("d")
                .toString());

        assertThat(generated.exit()).as(generated.err()).isZero();
        Path file = dir.resolve("d").resolve("sales.csv");
        java.util.List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("date,store,item,sales");
        assertThat(lines).hasSize(1 + 70 * 4 * 6);
        assertThat(lines.get(1)).startsWith("2023-01-02,Harbourside,");
        SalesTable table = SalesCsv.read(file);
        assertThat(table.start()).isEqualTo(WorldSettings.START);
        assertThat(table.stores()).isEqualTo(City.of(7).stores().stream().map(Store::name).toList());
        assertThat(table.series()).hasSize(24);
    }

    @Test
    @DisplayName("generate refuses more days than the grocery world has")
    void refusesDaysBeyondTheWorld() {
        JobRun generated = JobRun.of(ForecastingJob::run, "generate", "--days", "730");

        assertThat(generated.exit()).isEqualTo(2);
        assertThat(generated.error()).isEqualTo("--days '730' is not a whole number from 63 to 728");
    }
}
