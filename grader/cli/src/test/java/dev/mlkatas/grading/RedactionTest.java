package dev.mlkatas.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What reports show of failure messages and output. */
class RedactionTest {

    private final Redaction redaction = Redaction.of(Map.of("CI_TOKEN", "ghp_s3cr3tValue", "SHORT", "ab12",
            "HOME", "/home/grader"));

    @Test
    @DisplayName("replaces every environment value of 8 characters or more, and leaves short ones")
    void hidesEnvironmentValues() {
        String cleaned = redaction.clean("token ghp_s3cr3tValue in /home/grader/x, code ab12", List.of());

        assertThat(cleaned).isEqualTo("token [environment value] in [environment value]/x, code ab12");
    }

    @Test
    @DisplayName("replaces hidden names, the longest first")
    void hidesHiddenNames() {
        String cleaned = redaction.clean("at dev.demo.HiddenTest.check(HiddenTest.java:3)",
                List.of("dev.demo.HiddenTest", "HiddenTest"));

        assertThat(cleaned).isEqualTo("at [hidden].check([hidden].java:3)");
    }

    @Test
    @DisplayName("cuts a long text to 4 KiB and says so")
    void cutsLongText() {
        String cleaned = redaction.clean("x".repeat(100_000), List.of());

        assertThat(cleaned).hasSize(Redaction.MAX_TEXT + "… (cut at 4096 characters)".length())
                .endsWith("… (cut at 4096 characters)");
    }
}
