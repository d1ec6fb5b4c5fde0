package dev.mlkatas.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The command a grade prints to repeat it. */
class GradeTest {

    private static Grade repeatedBy(String... arguments) {
        return new Grade(-6778, List.of(arguments), Optional.empty(), "submission", List.of(), Instant.EPOCH,
                Duration.ZERO);
    }

    @Test
    @DisplayName("the repeat command carries every option it was given, the seed among them")
    void carriesEveryOption() {
        Grade grade = repeatedBy("--assignment", "assignments/round/assignment.yaml", "--workspace", "/tmp/sub",
                "--hidden", "mentor/hidden", "--time-limit", "30", "--seed", "-6778");

        assertThat(grade.repeatCommand()).isEqualTo("./kata grade --assignment assignments/round/assignment.yaml "
                + "--workspace /tmp/sub --hidden mentor/hidden --time-limit 30 --seed -6778");
    }

    @Test
    @DisplayName("the repeat command quotes a path with spaces or quotes so that a shell reads it back whole")
    void quotesPaths() {
        Grade grade = repeatedBy("--workspace", "/tmp/my submission", "--hidden", "/tmp/mentor's tests", "--seed", "1");

        assertThat(grade.repeatCommand()).isEqualTo(
                "./kata grade --workspace '/tmp/my submission' --hidden '/tmp/mentor'\\''s tests' --seed 1");
    }
}
