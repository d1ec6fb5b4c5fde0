package dev.mlkatas.ltv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.JobRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifetime-value job's answers to CSV that does not parse: the line where the bad record starts and a
 * plain reason, exit status 2, nothing written. Provided code; grades nobody.
 */
@DisplayName("The lifetime-value job's answers to malformed CSV")
class LtvCsvInputTest {

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
