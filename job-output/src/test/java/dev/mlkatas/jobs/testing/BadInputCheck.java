package dev.mlkatas.jobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.JobRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contract of every job with bad input, checked in one place: the job exits with 2, prints exactly one line
 * on standard error, that line is the expected message (no class names, no stack trace), and nothing is
 * written where the results would go. The bad-input tests of the modules are tables whose rows call it.
 *
 * <p>Example: {@code BadInputCheck.refuses(ChurnJob::run, "--folds '1' is not a whole number from 2 to 20",
 * dir.resolve("out"), "--folds", "1")}; an expected message that ends with {@code ...} is a beginning.
 */
public final class BadInputCheck {

    /** The mark at the end of an expected message that is only its beginning. */
    public static final String BEGINNING = "...";

    private BadInputCheck() {
    }

    /**
     * Runs {@code job} with {@code args}, and with {@code --out out} when {@code out} is not null, and checks the
     * contract; returns the run for further checks.
     */
    public static JobRun refuses(JobRun.Job job, String expected, Path out, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (out != null) {
            all.addAll(List.of("--out", out.toString()));
        }
        JobRun run = JobRun.of(job, all.toArray(String[]::new));
        assertThat(run.exit()).as("exit status of %s; standard error: %s", all, run.err()).isEqualTo(2);
        assertThat(run.err().lines().toList()).as("standard error of %s", all).hasSize(1);
        if (expected.endsWith(BEGINNING)) {
            assertThat(run.error()).startsWith(expected.substring(0, expected.length() - BEGINNING.length()));
        } else {
            assertThat(run.error()).isEqualTo(expected);
        }
        assertThat(run.error()).doesNotContain("Exception").doesNotContain("org.apache").doesNotContain("picocli");
        if (out != null) {
            assertThat(out).as("the output folder of %s", all).doesNotExist();
        }
        return run;
    }
}
