package dev.mlkatas.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KataProgressTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path root;

    @Test
    @DisplayName("a kata never tested is not started")
    void notStarted() {
        assertThat(new ProgressStore(root).get("two-sum").status()).isEqualTo("not started");
    }

    @Test
    @DisplayName("a kata with failing tests says how many of how many fail")
    void failing() {
        ProgressStore store = new ProgressStore(root);
        store.recordTest("two-sum", new KataProgress.LastTest("completed", 8, 3, NOON));

        assertThat(store.get("two-sum").status()).isEqualTo("failing 3 of 11");
        assertThat(store.get("two-sum").passing()).isFalse();
    }

    @Test
    @DisplayName("a kata whose tests all pass is passing")
    void passing() {
        ProgressStore store = new ProgressStore(root);
        store.recordTest("two-sum", new KataProgress.LastTest("completed", 11, 0, NOON));

        assertThat(store.get("two-sum").status()).isEqualTo("passing");
        assertThat(store.get("two-sum").passing()).isTrue();
    }

    @Test
    @DisplayName("a kata that did not compile says so")
    void compileError() {
        ProgressStore store = new ProgressStore(root);
        store.recordTest("two-sum", new KataProgress.LastTest("compile-error", 0, 0, NOON));

        assertThat(store.get("two-sum").status()).isEqualTo("does not compile");
    }

    @Test
    @DisplayName("keeps hints and test results of each kata apart, across instances")
    void persists() {
        new ProgressStore(root).recordHintsShown("two-sum", 2);
        new ProgressStore(root).recordTest("two-sum", new KataProgress.LastTest("completed", 1, 0, NOON));
        new ProgressStore(root).recordHintsShown("word-count", 1);

        KataProgress twoSum = new ProgressStore(root).get("two-sum");
        assertThat(twoSum.hintsShown()).isEqualTo(2);
        assertThat(twoSum.lastTest().at()).isEqualTo(NOON);
        assertThat(new ProgressStore(root).get("word-count").hintsShown()).isEqualTo(1);
    }

    @Test
    @DisplayName("names the progress file when it is damaged")
    void damagedFile() throws Exception {
        Files.createDirectories(root.resolve(".kata"));
        Files.writeString(root.resolve(".kata/progress.json"), "{not json");

        assertThatThrownBy(() -> new ProgressStore(root).get("two-sum"))
                .hasMessageContaining(".kata/progress.json is not valid progress JSON")
                .hasMessageContaining("delete it");
    }

    @Test
    @DisplayName("keeps the first passing time of each task of an interview, and the interviews apart")
    void interviewTimes() {
        Instant later = NOON.plusSeconds(86_400);
        ProgressStore store = new ProgressStore(root);
        store.recordInterviewStart("two-sum", NOON, 45);
        store.recordInterviewPass("two-sum", NOON, 45, 2, Duration.ofSeconds(754));
        store.recordInterviewPass("two-sum", NOON, 45, 1, Duration.ofSeconds(252));
        store.recordInterviewPass("two-sum", NOON, 45, 1, Duration.ofSeconds(900));
        store.recordInterviewStart("two-sum", NOON, 45);
        store.recordInterviewPass("two-sum", later, 30, 1, Duration.ofSeconds(60));

        KataProgress progress = new ProgressStore(root).get("two-sum");
        assertThat(progress.interviews()).containsExactly(
                new KataProgress.InterviewTimes(NOON, 45, List.of(new KataProgress.TaskTime(1, 252),
                        new KataProgress.TaskTime(2, 754))),
                new KataProgress.InterviewTimes(later, 30, List.of(new KataProgress.TaskTime(1, 60))));
        assertThat(progress.interview(NOON).orElseThrow().timeOf(3)).isEmpty();
    }

    @Test
    @DisplayName("reads progress written before interviews were kept")
    void progressWithoutInterviews() throws Exception {
        Files.createDirectories(root.resolve(".kata"));
        Files.writeString(root.resolve(".kata/progress.json"), """
                {"katas": {"two-sum": {"hintsShown": 1, "lastTest": {"outcome": "completed", "passed": 3,
                 "failed": 0, "at": "2026-11-23T12:00:00Z"}}}}
                """);

        KataProgress progress = new ProgressStore(root).get("two-sum");
        assertThat(progress.interviews()).isEmpty();
        assertThat(progress.status()).isEqualTo("passing");
    }
}
