package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.JobRun;
import dev.mlkatas.jobs.testing.BadInputCheck;
import dev.mlkatas.jobs.testing.HelpCheck;
import java.io.PrintStream;
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

@DisplayName("The co-occurrence driver: a local run, its refusals and its help")
class CoOccurrenceDriverTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("counts basket lines on LocalJobRunner into sequence files the pipeline reads")
    void runsLocally() throws Exception {
        Path baskets = Files.write(dir.resolve("baskets.txt"), List.of("milk,bread", "milk", "bread,milk,milk"));
        Path out = dir.resolve("stripes");

        JobRun run = JobRun.of(CoOccurrenceDriverTest::driver, "--reducers", "2", baskets.toString(), out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("on LocalJobRunner").contains("3 baskets, 2 items");
        assertThat(CoOccurrenceJobs.read(new Configuration(), new org.apache.hadoop.fs.Path(out.toUri()), 3)
                .count("milk", "bread")).isEqualTo(2);
    }

    static Stream<Arguments> refusals() {
        String usage = " (" + DriverOptions.USAGE + ")";
        return Stream.of(
                Arguments.of(List.of("only-one"), "give at least one input and the output directory" + usage),
                Arguments.of(List.of("--reducers", "0", "IN", "OUT"),
                        "--reducers '0' is not a whole number from 1 to 2147483647"),
                Arguments.of(List.of("--reducers", "many", "IN", "OUT"), "--reducers 'many' is not a whole number"),
                Arguments.of(List.of("--fast", "IN", "OUT"), "unknown option '--fast'" + BadInputCheck.BEGINNING),
                Arguments.of(List.of("-D", "IN", "OUT"), "-D 'IN' is not key=value" + usage),
                Arguments.of(List.of("--no-combiner", "-D", "mapreduce.job.reduces=2", "IN", "OUT"),
                        "unknown option '-D' here: Hadoop's generic options go first" + usage),
                Arguments.of(List.of("missing", "OUT"), "input 'missing' does not exist"),
                Arguments.of(List.of("IN", "IN"),
                        "output 'IN' already exists: nothing was written (choose a path that does not exist yet)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    @DisplayName("bad arguments: one line, exit 2, nothing written")
    void refuses(List<String> arguments, String message) throws Exception {
        Path in = Files.write(dir.resolve("in.txt"), List.of("milk"));
        String[] args = arguments.stream().map(a -> switch (a) {
            case "IN" -> in.toString();
            case "OUT" -> dir.resolve("out").toString();
            default -> a;
        }).toArray(String[]::new);

        String expected = "co-occurrence: " + message.replace("'IN'", "'" + in + "'");
        BadInputCheck.refuses(CoOccurrenceDriverTest::driver, expected, null, args);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("--help explains every option, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption(CoOccurrenceDriverTest::driver, new DriverOptions());
    }

    /** The driver as its main method runs it: with a configuration of its own, on LocalJobRunner. */
    private static int driver(String[] args, PrintStream out, PrintStream err) {
        try {
            return CoOccurrenceDriver.run(new Configuration(), new CoOccurrenceDriver(out, err), args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
