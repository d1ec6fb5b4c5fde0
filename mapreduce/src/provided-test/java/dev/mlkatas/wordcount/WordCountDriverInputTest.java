package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's refusals on LocalJobRunner: bad options, a missing input, an output path that is in the way,
 * and a job that fails on a corrupt file. None depends on a mapper or reducer seeing a word, so these
 * tests check provided code and grade nobody; WordCountDriverTest grades the driver with the candidate's
 * mapper and reducer.
 */
@DisplayName("The driver's refusals on LocalJobRunner")
class WordCountDriverInputTest {

    private static final List<String> POEM = DriverRun.POEM;

    @TempDir
    Path dir;

    private DriverRun run(String... args) throws Exception {
        return DriverRun.in(dir, args);
    }

    private Path write(String name, List<String> lines) throws IOException {
        return DriverRun.write(dir, name, lines);
    }

    @Test
    @DisplayName("into an output directory that exists but is empty: refused too, and left as it was")
    void refusesAnEmptyOutputDirectory() throws Exception {
        Path input = write("in.txt", POEM);
        Path output = Files.createDirectories(dir.resolve("empty"));

        DriverRun run = run(input.toString(), output.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("'" + output + "'").contains("already exists");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    @DisplayName("into an output path that is a file: one line naming it, exit code 2, the file untouched")
    void refusesAnOutputThatIsAFile() throws Exception {
        Path input = write("in.txt", POEM);
        Path output = write("result.txt", List.of("keep me"));

        DriverRun run = run(input.toString(), output.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("'" + output + "'").contains("already exists");
        assertThat(output).hasContent("keep me");
    }

    @Test
    @DisplayName("with a missing input: one line naming it, exit code 2, no output created")
    void namesAMissingInput() throws Exception {
        Path input = write("in.txt", POEM);
        Path missing = dir.resolve("no-such-file.txt");

        DriverRun run = run(input.toString(), missing.toString(), dir.resolve("counts").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("'" + missing + "'").contains("does not exist");
        assertThat(dir.resolve("counts")).doesNotExist();
    }

    @Test
    @DisplayName("when a job fails (here on a corrupt gzip file): exit code 1, a message, no output kept")
    void keepsNoOutputOfAFailedJob() throws Exception {
        Path corrupt = dir.resolve("corrupt.txt.gz");
        Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

        DriverRun run = run(corrupt.toString(), dir.resolve("counts").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("job failed");
        assertThat(dir.resolve("counts")).doesNotExist();
    }

    @Test
    @DisplayName("with bad options: one line saying what is wrong, exit code 2")
    void rejectsBadOptions() throws Exception {
        for (String[] args : List.of(new String[] {"--top", "0", "in", "out"}, new String[] {"--top"},
                new String[] {"--frobnicate", "in", "out"}, new String[] {"--no-combiner", "--in-mapper-combining"})) {
            DriverRun run = run(args);

            assertThat(run.exit()).as("exit code of %s", List.of(args)).isEqualTo(2);
            assertThat(run.err().lines()).as("stderr of %s", List.of(args))
                    .singleElement().asString().startsWith("word-count: ");
        }
    }
}
