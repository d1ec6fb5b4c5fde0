package dev.mlkatas.dispatch;

import dev.mlkatas.jobs.testing.BadInputCheck;
import dev.mlkatas.jobs.testing.HelpCheck;
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
 * The dispatch job's answers to bad input: one line naming the input and the problem, exit status 2, nothing
 * written. The job refuses the input before it calls the kata's pieces, so these tests check provided code and
 * grade nobody; DispatchJobTest grades the job with the candidate's pieces.
 */
@DisplayName("The dispatch job's answers to bad input")
class DispatchJobInputTest {

    private static final String HEAD = "R9\n\nVEHICLE\nNUMBER     CAPACITY\n  5         100\n\nCUSTOMER\n"
            + "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n";
    private static final String DEPOT = "    0   35   35    0    0  230    0\n";

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("no vehicle section", "R9\nCUSTOMER\n",
                        "r9.txt line 2: expected a line starting with VEHICLE, found 'CUSTOMER'"),
                Arguments.of("a capacity of zero", HEAD.replace("100", "0") + DEPOT,
                        "r9.txt line 5: capacity '0' is not above zero"),
                Arguments.of("a short row", HEAD + DEPOT + "    1   41   49   10  161\n",
                        "r9.txt line 11: expected 7 numbers (CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE "
                                + "SERVICE TIME), found 5"),
                Arguments.of("a coordinate that is not a number", HEAD + DEPOT + "    1   4x   49   10  161  171  10\n",
                        "r9.txt line 11: XCOORD. '4x' is not a number"),
                Arguments.of("customers out of order", HEAD + DEPOT + "    2   41   49   10  161  171  10\n",
                        "r9.txt line 11: CUST NO. 2 out of order: expected 1"),
                Arguments.of("no depot first", HEAD + "    1   41   49   10  161  171  10\n",
                        "r9.txt line 10: CUST NO. 1 out of order: expected 0 (the depot)"),
                Arguments.of("a window that closes before it opens", HEAD + DEPOT
                        + "    1   41   49   10  171  161  10\n",
                        "r9.txt line 11: READY TIME 171 is after DUE DATE 161"),
                Arguments.of("a negative demand", HEAD + DEPOT + "    1   41   49  -10  161  171  10\n",
                        "r9.txt line 11: DEMAND '-10' is negative"),
                Arguments.of("no customers", HEAD + DEPOT, "r9.txt: no customers after the depot"),
                Arguments.of("a customer no vehicle can reach in time", HEAD + DEPOT
                        + "    1   41   49   10    0    5  10\n", "r9.txt: customer 1 cannot be served even by a "
                                + "vehicle of its own: reaches customer 1 at 15.23, after its due date 5.00"),
                Arguments.of("a customer heavier than a vehicle", HEAD + DEPOT + "    1   41   49  300  0  100  10\n",
                        "r9.txt: customer 1 cannot be served even by a vehicle of its own: carries 300, over the "
                                + "capacity 100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    @DisplayName("a bad instance: exit 2, one line naming file and line, nothing written")
    void refusesBadInstances(String what, String content, String message, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("r9.txt"), content);

        BadInputCheck.refuses(DispatchJob::run, message, dir.resolve("out"), "--instance", file.toString());
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("--deliveries '4' is not a whole number from 5 to 150",
                        new String[] {"--deliveries", "4"}),
                Arguments.of("--shoppers '0' is not a whole number from 1 to 200", new String[] {"--shoppers", "0"}),
                Arguments.of("--trees '0' is not a whole number from 1 to 1000", new String[] {"--trees", "0"}),
                Arguments.of("--best-known cannot be used without --instance...",
                        new String[] {"--best-known", "10,828.94"}),
                Arguments.of("unknown option '--depots'...", new String[] {"--depots", "2"}),
                Arguments.of("--deliveries '4' is not a whole number from 5 to 150",
                        new String[] {"generate", "--deliveries", "4"}),
                Arguments.of("--shoppers '201' is not a whole number from 1 to 200",
                        new String[] {"generate", "--shoppers", "201"}),
                Arguments.of("unknown option '--instance' (usage: dispatch generate...",
                        new String[] {"generate", "--instance", "c101.txt"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    @DisplayName("a bad option: exit 2, one line, nothing written")
    void refusesBadOptions(String message, String[] args, @TempDir Path dir) {
        BadInputCheck.refuses(DispatchJob::run, message, dir.resolve("out"), args);
    }

    @Test
    @DisplayName("a missing file and a malformed --best-known are named")
    void refusesMissingFileAndBadBestKnown(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("none.txt");
        BadInputCheck.refuses(DispatchJob::run, missing + ": no such file", dir.resolve("out"), "--instance",
                missing.toString());
        Path file = Files.writeString(dir.resolve("r9.txt"), HEAD + DEPOT + "    1   41   49   10  0  100  10\n");
        BadInputCheck.refuses(DispatchJob::run, "--best-known '10;828' is not VEHICLES,DISTANCE with both above "
                + "zero (e.g. 10,828.94)", dir.resolve("out"), "--instance", file.toString(), "--best-known", "10;828");
    }

    @Test
    @DisplayName("--help explains every option of the job and of generate, with an example")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption(DispatchJob::run, new DispatchJob());
    }
}
