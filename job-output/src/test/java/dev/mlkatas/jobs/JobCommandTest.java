package dev.mlkatas.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.mlkatas.jobs.testing.BadInputCheck;
import dev.mlkatas.jobs.testing.HelpCheck;
import dev.mlkatas.output.OutputDirectory;
import java.io.IOException;
import java.io.PrintStream;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The shared command line of the jobs, on a small job of its own: help, defaults, and one-line errors. */
@DisplayName("JobCommand: every job's command line")
class JobCommandTest {

    /** Writes its seed and size to a file of the output folder. */
    @Command(name = "demo", description = "Writes its seed and size.", footer = "  demo --size 3 --out results")
    static final class DemoJob extends JobCommand {

        @Option(names = "--size", paramLabel = "N", defaultValue = "5", description = "How many (1 to 9).")
        private int size;

        @Mixin
        private Seed seed;

        @Mixin
        private OutputFolder output;

        static int run(String[] args, PrintStream out, PrintStream err) {
            return JobCommand.run(new DemoJob(), args, out, err);
        }

        @Override
        protected long defaultSeed() {
            return 7;
        }

        @Override
        public Integer call() throws IOException {
            within("--size", size, 1, 9);
            if (size == 9) {
                throw new UnsupportedOperationException("write size 9 first");
            }
            OutputDirectory directory = output.choose("demo");
            try {
                Files.writeString(directory.file("run.txt"), seed.value() + " " + size);
                out().println("wrote " + directory.publish());
                return 0;
            } finally {
                directory.discard();
            }
        }
    }

    static Stream<Arguments> badArguments() {
        String usage = " (usage: demo [OPTIONS]; demo --help explains each)";
        return Stream.of(
                arguments(List.of("--colour", "blue"), "unknown option '--colour'" + usage),
                arguments(List.of("extra"), "unexpected argument 'extra'" + usage),
                arguments(List.of("--size"), "--size needs a value" + usage),
                arguments(List.of("--size", "abc"), "--size 'abc' is not a whole number"),
                arguments(List.of("--size", "0"), "--size '0' is not a whole number from 1 to 9"),
                arguments(List.of("--seed", "1.5"), "--seed '1.5' is not a 64-bit integer"),
                arguments(List.of("--size", "2", "--size", "3"), "--size is given twice" + usage));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badArguments")
    @DisplayName("a bad option or value is one line naming it, exit 2, nothing written")
    void badArgumentsAreOneLine(List<String> args, String message, @TempDir Path dir) {
        BadInputCheck.refuses(DemoJob::run, message, dir.resolve("out"), args.toArray(String[]::new));
    }

    @Test
    @DisplayName("an output folder that holds files is left alone, exit 2")
    void existingOutputIsLeftAlone(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");

        JobRun run = JobRun.of(DemoJob::run, "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error()).isEqualTo("--out " + out + ": exists and is not empty; choose a new directory");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    @DisplayName("a kata piece not written yet exits with 1, in one line")
    void notWrittenYet(@TempDir Path dir) {
        JobRun run = JobRun.of(DemoJob::run, "--size", "9", "--out", dir.resolve("out").toString());

        assertThat(run.exit()).isOne();
        assertThat(run.error()).isEqualTo("not written yet: write size 9 first");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("the job's default seed and the options' defaults apply, and --help shows them")
    void defaults(@TempDir Path dir) throws IOException {
        JobRun run = JobRun.of(DemoJob::run, "--out", dir.resolve("out").toString());
        JobRun help = JobRun.of(DemoJob::run, "--help");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("out").resolve("run.txt"))).isEqualTo("7 5");
        assertThat(help.out()).contains("Default: 7").contains("Default: 5");
    }

    @Test
    @DisplayName("--help explains every option, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption(DemoJob::run, new DemoJob());
    }
}
