package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.util.ToolRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The co-occurrence driver: a local run, and its refusals")
class CoOccurrenceDriverTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("counts basket lines on LocalJobRunner into sequence files the pipeline reads")
    void runsLocally() throws Exception {
        Path baskets = Files.write(dir.resolve("baskets.txt"), List.of("milk,bread", "milk", "bread,milk,milk"));
        Path out = dir.resolve("stripes");
        Configuration conf = new Configuration();
        conf.set("mapreduce.framework.name", "local");

        Result result = run(conf, "--reducers", "2", baskets.toString(), out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("3 baskets, 2 items");
        assertThat(CoOccurrenceJobs.read(conf, new org.apache.hadoop.fs.Path(out.toUri()), 3).count("milk", "bread"))
                .isEqualTo(2);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(List.of("only-one"), "give at least one input and the output directory"),
                Arguments.of(List.of("--reducers", "0", "IN", "OUT"), "--reducers '0' is not a whole number"),
                Arguments.of(List.of("--fast", "IN", "OUT"), "unknown option '--fast'"),
                Arguments.of(List.of("missing", "OUT"), "input 'missing' does not exist"),
                Arguments.of(List.of("IN", "IN"), "already exists: nothing was written"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    @DisplayName("bad arguments: one line, exit 2")
    void refuses(List<String> arguments, String message) throws Exception {
        Path in = Files.write(dir.resolve("in.txt"), List.of("milk"));
        String[] args = arguments.stream().map(a -> switch (a) {
            case "IN" -> in.toString();
            case "OUT" -> dir.resolve("out").toString();
            default -> a;
        }).toArray(String[]::new);

        Result result = run(new Configuration(), args);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("co-occurrence: ").contains(message).doesNotContain("\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(Configuration conf, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = ToolRunner.run(conf, new CoOccurrenceDriver(o, e), args);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
