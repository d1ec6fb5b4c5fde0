package dev.mlkatas.crf.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.JobRun;
import dev.mlkatas.jobs.testing.HelpCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crf-tagging experiment's answers to a bad command line, before any training. Provided code; grades nobody. */
@DisplayName("The crf-tagging experiment's answers to bad options")
class CrfExperimentOptionsTest {

    @Test
    @DisplayName("bad input, exit 2: an --out whose parent is a file is refused before the table is printed")
    void outUnderAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "mine");
        Path out = file.resolve("sub");

        JobRun run = JobRun.of(CrfExperiment::run, "--train-size", "20", "--test-size", "10", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error()).isEqualTo("--out " + out + ": cannot be created (" + file + " is a file)");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    @DisplayName("bad input, exit 2: an unknown option alone is an unknown option, not one that needs a value")
    void unknownOptionAlone() {
        JobRun run = JobRun.of(CrfExperiment::run, "--bogus");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error()).startsWith("unknown option '--bogus'").contains("usage:");
    }

    @Test
    @DisplayName("--help explains every option, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption(CrfExperiment::run, new CrfExperiment());
    }
}
