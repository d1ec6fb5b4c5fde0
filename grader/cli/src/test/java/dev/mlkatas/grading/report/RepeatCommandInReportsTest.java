package dev.mlkatas.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.grading.Grade;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every report that prints how to repeat a grade prints the whole command, not the seed alone. */
class RepeatCommandInReportsTest {

    private static final Grade GRADE = new Grade(-6778,
            List.of("--katas", "two-sum", "--workspace", "/tmp/my submission", "--time-limit", "30", "--seed", "-6778"),
            Optional.empty(), "/tmp/my submission", List.of(), Instant.EPOCH, Duration.ZERO);

    private static final String COMMAND =
            "./kata grade --katas two-sum --workspace '/tmp/my submission' --time-limit 30 --seed -6778";

    @Test
    @DisplayName("the Markdown summary ends with the command that repeats the grade")
    void markdown() {
        assertThat(GradeFormat.MARKDOWN.render(GRADE)).endsWith("Seed -6778: `" + COMMAND + "` repeats this grade.\n");
    }

    @Test
    @DisplayName("Gradescope's output names the command that repeats the grade")
    void gradescope() throws Exception {
        String output = new ObjectMapper().readTree(GradeFormat.GRADESCOPE.render(GRADE)).get("output").asText();

        assertThat(output).isEqualTo("Test JVMs: not sandboxed. Seed -6778 (" + COMMAND + " repeats this grade).");
    }

    @Test
    @DisplayName("the text report names the command that repeats the grade under its first line")
    void text() {
        assertThat(GradeFormat.TEXT.render(GRADE)).startsWith(
                "Graded /tmp/my submission with seed -6778\nRepeat it with: " + COMMAND + "\n");
    }
}
