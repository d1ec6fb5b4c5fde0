package dev.mlkatas.twosum;

import static org.junit.jupiter.params.provider.Arguments.arguments;

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
 * The two-sum demo's command line: its help and its answers to bad input. It checks the demo before it calls
 * TwoSum, so these tests check provided code and grade nobody.
 */
@DisplayName("The two-sum demo's command line")
class TwoSumDemoTest {

    /** What is wrong, the file (its text; FILE in the arguments), the arguments, the one line it answers. */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                arguments("a size out of range", "1 -1", List.of("--size", "-5"),
                        "--size '-5' is not a whole number from 0 to 100000000"),
                arguments("a seed that is not a number", "1 -1", List.of("--seed", "x"),
                        "--seed 'x' is not a 64-bit integer"),
                arguments("a file and a size", "1 -1", List.of("FILE", "--size", "3"),
                        "give either a file or --size/--seed, not both..."),
                arguments("two files", "1 -1", List.of("FILE", "FILE"), "unexpected argument..."),
                arguments("a token that is not an int", "1 2\n3 x4\n", List.of("FILE"),
                        "numbers.txt line 2: 'x4' is not a 32-bit integer"),
                arguments("an unknown option", "1 -1", List.of("--colour"), "unknown option '--colour'..."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    @DisplayName("bad input: one line naming the input and the problem, exit 2")
    void refusesBadInput(String what, String text, List<String> args, String message, @TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("numbers.txt"), text);
        String[] given = args.stream().map(arg -> arg.equals("FILE") ? file.toString() : arg).toArray(String[]::new);

        BadInputCheck.refuses(TwoSumDemo::run, message.replace("numbers.txt", file.toString()), null, given);
    }

    @Test
    @DisplayName("--help explains every option, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption(TwoSumDemo::run, new TwoSumDemo());
    }
}
