package dev.mlkatas.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.JobRun;
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
 * The experiments job's answers to bad input: one line naming the file, line and column, exit 2, nothing
 * written. The job refuses the input before it calls the kata's pieces, so these tests grade nobody.
 */
@DisplayName("The experiments job's answers to bad input")
class ExperimentsJobInputTest {

    private static final String HEADER = "user_id,timestamp,group,landing_page,converted\n";

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    @DisplayName("bad input, exit 2, one line, no output folder")
    void refuses(String what, String content, String expected, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ab.csv"), content);
        Path out = dir.resolve("out");

        JobRun run = JobRun.of(ExperimentsJob::run, "--input", file.toString(), "--metric", "converted",
                "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error()).isEqualTo(expected).doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    static Stream<Arguments> badFiles() {
        String rows = "1,t,control,old_page,0\n2,t,treatment,new_page,1\n3,t,control,old_page,1\n"
                + "4,t,treatment,new_page,0\n";
        return Stream.of(
                Arguments.of("empty", "", "ab.csv: is empty (expected a header and one row per user)"),
                Arguments.of("not a number", HEADER + rows + "5,t,control,old_page,yes\n",
                        "ab.csv line 6: converted 'yes' is not a number"),
                Arguments.of("no such column", "user_id,group,clicked\n1,control,0\n",
                        "ab.csv line 1: no column 'converted' (the columns are user_id, group, clicked)"),
                Arguments.of("unknown group", HEADER + rows + "5,t,holdout,old_page,1\n",
                        "ab.csv line 6: group 'holdout' is neither 'treatment' nor 'control'"
                                + " (choose them with --treatment and --control)"),
                Arguments.of("short row", HEADER + rows + "5,t,control\n",
                        "ab.csv line 6: has 3 columns, the header has 5"),
                Arguments.of("unclosed quote", HEADER + "1,t,control,\"old_page,0\n" + rows,
                        "ab.csv line 2: a quoted field is never closed"),
                Arguments.of("one group only", HEADER + "1,t,control,old_page,0\n2,t,control,old_page,1\n",
                        "ab.csv: needs at least 2 users in each group, has 0 with group 'treatment' and 2 with"
                                + " 'control'"),
                Arguments.of("nobody converted", HEADER + rows.replace(",1\n", ",0\n"),
                        "ab.csv: converted is 0 for every user of treatment and 0 for every user of control:"
                                + " there is nothing to test"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    @DisplayName("bad options, exit 2, one line")
    void refusesOptions(String what, String[] args, String expected) {
        JobRun run = JobRun.of(ExperimentsJob::run, args);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error()).startsWith(expected).doesNotContain("\n");
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("unknown option", new String[] {"--colour", "blue"}, "unknown option '--colour'"),
                Arguments.of("missing value", new String[] {"--users"}, "--users needs a value"),
                Arguments.of("twice", new String[] {"--seed", "1", "--seed", "2"}, "--seed is given twice"),
                Arguments.of("alpha 1", new String[] {"--alpha", "1"}, "--alpha '1' is not a number strictly between"),
                Arguments.of("users", new String[] {"--users", "ten"}, "--users 'ten' is not a whole number"),
                Arguments.of("mde 0", new String[] {"--mde", "0"}, "--mde '0' is not a number other than zero"),
                Arguments.of("metric without input", new String[] {"--metric", "x"},
                        "--metric cannot be used without --input"),
                Arguments.of("input without metric", new String[] {"--input", "ab.csv"},
                        "--metric is needed with --input"),
                Arguments.of("seed with input", new String[] {"--input", "ab.csv", "--metric", "x", "--seed", "3"},
                        "--seed cannot be used with --input: it is for the simulation"),
                Arguments.of("looks", new String[] {"--looks", "1"},
                        "--looks '1' is not a whole number from 2 to 1000"),
                Arguments.of("no such file", new String[] {"--input", "missing.csv", "--metric", "x"},
                        "missing.csv: no such file"));
    }

    @Test
    @DisplayName("an output folder that holds files is left alone")
    void existingOutput(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");

        JobRun run = JobRun.of(ExperimentsJob::run, "--users", "1000", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error()).contains("exists and is not empty");
        assertThat(Files.list(out).count()).isOne();
    }

    @Test
    @DisplayName("--help explains every option, with an example, and exits with 0")
    void help() {
        JobRun run = JobRun.of(ExperimentsJob::run, "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: experiments");
        HelpCheck.explainsEveryOption(ExperimentsJob::run, new ExperimentsJob());
    }
}
